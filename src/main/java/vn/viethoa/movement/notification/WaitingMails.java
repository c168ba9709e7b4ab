package vn.viethoa.movement.notification;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails that wait for the SMTP server are sent as soon as it answers again. A job whose mail the
 * server refused waits for its next retry (up to 30 minutes) or, its retries used up, for an
 * administrator; while such jobs exist, the server is probed on a short cycle, and once it answers
 * every waiting job is due at once (one retry given back to those that had none left).
 */
@Component
public class WaitingMails {

  private static final Logger LOG = LoggerFactory.getLogger(WaitingMails.class);

  private final ManagementService managementService;
  private final SmtpConnections smtp;
  private final MailHealth health;
  private final MailProperties properties;

  public WaitingMails(ManagementService managementService, SmtpConnections smtp, MailHealth health,
      MailProperties properties) {
    this.managementService = managementService;
    this.smtp = smtp;
    this.health = health;
    this.properties = properties;
  }

  /** What an administrator sees: the server's state and how many jobs wait for it. */
  public record Report(MailHealth.Status server, int waitingJobs, int released) {}

  /** Jobs that failed because the SMTP server refused a mail, waiting for a retry or with an incident. */
  public List<Job> jobs() {
    List<Job> waiting = new ArrayList<>();
    for (Job job : managementService.createJobQuery().withException().list()) {
      String message = job.getExceptionMessage();
      if (message != null && message.startsWith(NotificationDeliveryException.NOT_SENT)) {
        waiting.add(job);
      }
    }
    return waiting;
  }

  /** The short cycle: probes only while mails wait (or the last attempt failed); off with movement.mail.health.probe=false. */
  @Scheduled(fixedDelayString = "${movement.mail.health.probe-interval:PT30S}",
      initialDelayString = "${movement.mail.health.probe-interval:PT30S}")
  public void probeWhileMailsWait() {
    if (properties.health().probe()) {
      try {
        sendNowIfServerAnswers();
      } catch (RuntimeException e) {
        // e.g. the database is briefly unreachable: the next cycle tries again
        LOG.warn("Probe of the mail server failed: {}", e.getMessage());
        LOG.debug("Probe of the mail server failed", e);
      }
    }
  }

  /**
   * Probes the server if mails wait for it, and if it answers makes every waiting job due now. Also
   * the administrator's action ("send waiting mails now").
   */
  public Report sendNowIfServerAnswers() {
    List<Job> waiting = jobs();
    if (waiting.isEmpty() && health.up()) {
      return new Report(health.status(), 0, 0);
    }
    var refused = smtp.probe();
    if (refused.isPresent()) {
      health.failed(refused.get());
      return new Report(health.status(), waiting.size(), 0);
    }
    health.succeeded();
    Date now = ClockUtil.getCurrentTime();
    // one call per retry count: jobs keep the retries they had left, those without any get one back
    Map<Integer, List<String>> byRetries = waiting.stream()
        .collect(Collectors.groupingBy(j -> Math.max(1, j.getRetries()), Collectors.mapping(Job::getId, Collectors.toList())));
    byRetries.forEach((retries, ids) -> managementService.setJobRetries(retries).jobIds(ids).dueDate(now).execute());
    if (!waiting.isEmpty()) {
      LOG.info("Mail server answers: {} waiting mail jobs are due now", waiting.size());
    }
    return new Report(health.status(), waiting.size(), waiting.size());
  }
}
