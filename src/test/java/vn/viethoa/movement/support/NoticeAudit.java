package vn.viethoa.movement.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.reminders.ReminderSchedule;
import vn.viethoa.movement.reminders.ReminderStep;
import vn.viethoa.movement.reminders.TaskRemindersProcess;

/**
 * The reminder guarantees, checked over a whole run (a scenario, or a five-year simulation with
 * restarts): every planned notice that was owed went out once, none about a closed task, at most
 * one digest per recipient and day, no digest listing a task closed before it was written.
 *
 * <p>Reads the notification log, the escalation table and the engine's history (and, if given, what
 * the SMTP server received). A run that executes every due job before it ends should return no
 * problem; each problem is one line saying which task, step or mail. Usage:
 * {@code assertThat(NoticeAudit.of(engine, jdbc, schedule).received(smtp).problems(now, tasks -> true)).isEmpty()}.
 */
public final class NoticeAudit {

  /**
   * A notice due this close to the task's end is not owed: the official may have finished the task
   * while the reminder job waited in the queue, or the reminder waited for the task's closing timer
   * ({@code movement.reminders.catch-up-delay}).
   */
  static final Duration GRACE = Duration.ofMinutes(5);

  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final ReminderSchedule schedule;
  private final Organisation organisation;
  private GreenMail smtp;

  private NoticeAudit(ProcessEngine engine, JdbcTemplate jdbc, ReminderSchedule schedule, Organisation organisation) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.schedule = schedule;
    this.organisation = organisation;
  }

  public static NoticeAudit of(ProcessEngine engine, JdbcTemplate jdbc, ReminderSchedule schedule, Organisation organisation) {
    return new NoticeAudit(engine, jdbc, schedule, organisation);
  }

  /**
   * A task offered only to the Fatherland Front is asked of it, not assigned: its overdue notice goes to
   * the Front and nothing is owed to the Committee's leadership (docs/reminders.md).
   */
  private boolean offeredToTheFrontOnly(String taskId) {
    List<String> groups = engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId)
        .type(org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricIdentityLinkLog::getGroupId).filter(java.util.Objects::nonNull).toList();
    return !groups.isEmpty() && groups.stream().allMatch(organisation::isFront);
  }

  /** Also checks what the SMTP server received (a server that was restarted forgets its mails: pass the last one). */
  public NoticeAudit received(GreenMail smtp) {
    this.smtp = smtp;
    return this;
  }

  /** Every problem found at {@code now}, for the tasks the filter accepts (e.g. those of one movement). */
  public List<String> problems(Instant now, Predicate<HistoricTaskInstance> tasks) {
    Map<String, HistoricTaskInstance> accompanied = accompaniedTasks(tasks);
    List<String> problems = new ArrayList<>();
    problems.addAll(owedNoticesMissing(accompanied, now));
    problems.addAll(mailsAfterTheTaskClosed(accompanied));
    problems.addAll(digestsListingClosedTasks(accompanied));
    problems.addAll(moreThanOneDigestADay());
    if (smtp != null) {
      problems.addAll(deliveredTwice());
    }
    return problems;
  }

  /** The tasks that had a reminder process, by id. */
  private Map<String, HistoricTaskInstance> accompaniedTasks(Predicate<HistoricTaskInstance> filter) {
    Set<String> ids = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName(TaskRemindersProcess.TASK_ID.getName()).list().stream()
        .map(HistoricVariableInstance::getValue).filter(v -> v instanceof String).map(v -> (String) v)
        .collect(Collectors.toSet());
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    for (HistoricTaskInstance task : engine.getHistoryService().createHistoricTaskInstanceQuery().list()) {
      if (ids.contains(task.getId()) && filter.test(task)) {
        tasks.put(task.getId(), task);
      }
    }
    return tasks;
  }

  /**
   * For each task still open or completed by an official (not closed by its process: a window that
   * closed, a period replaced), the latest step of each audience due before the task ended must have
   * gone out: the unit's as a SENT mail (when the unit has anyone to mail at all), leadership's as an
   * escalation.
   */
  List<String> owedNoticesMissing(Map<String, HistoricTaskInstance> tasks, Instant now) {
    List<String> problems = new ArrayList<>();
    Map<String, List<String[]>> mailsByTask = new HashMap<>();
    jdbc.query("select task_id, dedup_key, status from notification where task_id is not null",
        rs -> {
          mailsByTask.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
        });
    Set<String> escalated = new java.util.HashSet<>(jdbc.queryForList(
        "select task_id || ':' || step_code from escalation", String.class));
    for (HistoricTaskInstance task : tasks.values()) {
      boolean closedByOfficial = task.getEndTime() == null || "completed".equals(task.getDeleteReason());
      if (!closedByOfficial || task.getDueDate() == null) {
        continue;
      }
      Instant end = task.getEndTime() == null ? now : min(now, task.getEndTime().toInstant());
      Instant cutoff = end.minus(GRACE);
      List<ReminderStep> steps = schedule.plan(task.getDueDate().toInstant(), task.getStartTime().toInstant());
      for (ReminderStep owed : schedule.due(steps, null, cutoff)) {
        if (owed.audience() == ReminderStep.Audience.LEADERSHIP) {
          if (!escalated.contains(task.getId() + ":" + owed.code()) && !offeredToTheFrontOnly(task.getId())) {
            problems.add("task " + task.getId() + " (" + task.getName() + "): escalation due " + owed.at() + " never recorded");
          }
        } else {
          List<String[]> mails = mailsByTask.getOrDefault(task.getId(), List.of());
          String prefix = "task:" + task.getId() + ":" + owed.code() + ":";
          if (!mails.isEmpty() && mails.stream().noneMatch(m -> m[0].startsWith(prefix) && "SENT".equals(m[1]))) {
            problems.add("task " + task.getId() + " (" + task.getName() + "): " + owed.code() + " due " + owed.at() + " never sent");
          }
        }
      }
    }
    return problems;
  }

  /** No mail about a task was sent after the task ended. */
  List<String> mailsAfterTheTaskClosed(Map<String, HistoricTaskInstance> tasks) {
    List<String> problems = new ArrayList<>();
    jdbc.query("select task_id, dedup_key, sent_at from notification where status = 'SENT' and task_id is not null", rs -> {
      HistoricTaskInstance task = tasks.get(rs.getString(1));
      OffsetDateTime sent = rs.getObject(3, OffsetDateTime.class);
      if (task != null && task.getEndTime() != null && sent != null && sent.toInstant().isAfter(task.getEndTime().toInstant())) {
        problems.add("mail " + rs.getString(2) + " sent " + sent + " after its task ended " + task.getEndTime().toInstant());
      }
    });
    return problems;
  }

  /** A digest lists only tasks still open when it was written. */
  List<String> digestsListingClosedTasks(Map<String, HistoricTaskInstance> tasks) {
    Map<String, Instant> firstDigestOfDay = new HashMap<>();
    jdbc.query("select dedup_key, sent_at from notification where dedup_key like 'digest:%' and sent_at is not null", rs -> {
      String day = rs.getString(1).split(":")[1];
      Instant sent = rs.getObject(2, OffsetDateTime.class).toInstant();
      firstDigestOfDay.merge(day, sent, NoticeAudit::min);
    });
    List<String> problems = new ArrayList<>();
    jdbc.query("select task_id, digest_day from escalation where listed = true", rs -> {
      HistoricTaskInstance task = tasks.get(rs.getString(1));
      Instant digest = firstDigestOfDay.get(String.valueOf(rs.getObject(2, java.time.LocalDate.class)));
      if (task != null && task.getEndTime() != null && digest != null && task.getEndTime().toInstant().isBefore(digest)) {
        problems.add("digest of " + rs.getObject(2) + " listed task " + task.getId() + " closed at " + task.getEndTime().toInstant());
      }
    });
    return problems;
  }

  /** At most one digest per recipient and day, in the log and (if given) at the SMTP server. */
  List<String> moreThanOneDigestADay() {
    List<String> problems = new ArrayList<>();
    jdbc.query("select recipient_user, substring(dedup_key, 8, 10) as d, count(*) as n from notification "
        + "where dedup_key like 'digest:%' and status = 'SENT' group by recipient_user, substring(dedup_key, 8, 10) "
        + "having count(*) > 1", rs -> {
          problems.add(rs.getString(1) + " got " + rs.getLong(3) + " digests on " + rs.getString(2));
        });
    if (smtp != null) {
      Map<String, Integer> perRecipientAndSubjectDay = new HashMap<>();
      for (MimeMessage m : smtp.getReceivedMessages()) {
        try {
          String subject = m.getSubject();
          if (subject != null && subject.startsWith("[Báo cáo lãnh đạo]") && subject.contains("– ngày ")) {
            String key = m.getAllRecipients()[0] + " " + subject.substring(subject.indexOf("– ngày ") + 7);
            perRecipientAndSubjectDay.merge(key, 1, Integer::sum);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      perRecipientAndSubjectDay.forEach((k, n) -> {
        if (n > 1) {
          problems.add("SMTP server received " + n + " digests for " + k);
        }
      });
    }
    return problems;
  }

  /** Each mail (its dedup key travels as a header) reached the SMTP server at most once. */
  List<String> deliveredTwice() {
    Map<String, Integer> byKey = new HashMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        String[] key = m.getHeader("X-Movement-Notification");
        if (key != null && key.length > 0) {
          byKey.merge(key[0], 1, Integer::sum);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    List<String> problems = new ArrayList<>();
    byKey.forEach((k, n) -> {
      if (n > 1) {
        problems.add("mail " + k + " delivered " + n + " times");
      }
    });
    return problems;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
