package vn.viethoa.movement.operations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;

/**
 * Health component "smtp". A mail server that cannot be reached is {@link #DEGRADED}, not DOWN: mails
 * wait in the notification log and their jobs retry, so restarting the application or taking it out
 * of the load balancer would help nobody. The server is asked at most once per
 * {@code movement.operations.smtp-check-interval}, so that frequent health checks do not hammer it.
 * Spring Boot's own "mail" indicator (DOWN on an outage) is switched off in application.yaml.
 */
@Component("smtpHealthIndicator")
public class SmtpHealthIndicator implements HealthIndicator {

  /** Works, with reduced service: answered with HTTP 200 (management.endpoint.health.status.*). */
  public static final Status DEGRADED = new Status("DEGRADED",
      "Không kết nối được máy chủ thư: thư chờ gửi lại, các công việc khác vẫn chạy");

  private final JavaMailSender mailSender;
  private final JdbcTemplate jdbc;
  private final OperationsProperties properties;
  private final PlanClock clock;
  private Health last;
  private Instant checkedAt;

  public SmtpHealthIndicator(JavaMailSender mailSender, JdbcTemplate jdbc, OperationsProperties properties, PlanClock clock) {
    this.mailSender = mailSender;
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    // wall-clock here: scenario tests move the engine clock, the check interval is real time
    Instant now = Instant.now();
    if (last == null || checkedAt == null || !now.isBefore(checkedAt.plus(properties.smtpCheckInterval()))) {
      last = check(now);
      checkedAt = now;
    }
    return last;
  }

  /** Asks the server now, ignoring the interval. */
  public synchronized Health checkNow() {
    last = null;
    return health();
  }

  private Health check(Instant now) {
    Map<String, Object> details = new LinkedHashMap<>();
    Health.Builder builder;
    if (mailSender instanceof JavaMailSenderImpl sender) {
      details.put("server", sender.getHost() + ":" + sender.getPort());
      try {
        sender.testConnection();
        builder = Health.up();
      } catch (Exception e) {
        builder = Health.status(DEGRADED);
        details.put("error", e.getMessage());
      }
    } else {
      builder = Health.unknown();
    }
    details.put("checkedAt", now.atZone(clock.zone()).toOffsetDateTime().toString());
    try {
      details.put("failedMails", count("FAILED"));
      details.put("waitingMails", count("PENDING") + count("SENDING"));
    } catch (RuntimeException e) {
      // the database has its own component ("db"); the mail server's status stands without these counts
      details.put("mailCounts", "unavailable");
    }
    return builder.withDetails(details).build();
  }

  private long count(String status) {
    Long n = jdbc.queryForObject("select count(*) from notification where status = ?", Long.class, status);
    return n == null ? 0 : n;
  }
}
