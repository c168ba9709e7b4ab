package vn.viethoa.movement.reminders;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.notification.MailTemplates;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.NotificationService;
import vn.viethoa.movement.notification.OutgoingMail;
import vn.viethoa.movement.notification.Recipient;
import vn.viethoa.movement.organisation.Directory;

/**
 * Leadership's daily overdue digest: one mail per recipient and day listing the tasks escalated
 * since the last digest (instead of one mail per task), each task in exactly one digest, and only
 * tasks still open when the digest is written. Nothing is sent on a day without escalations.
 */
@Service("overdueDigest")
public class OverdueDigest {

  private final ReminderProperties properties;
  private final EscalationLog escalations;
  private final TaskService taskService;
  private final Directory directory;
  private final NotificationService notifications;
  private final MailTemplates templates;
  private final PlanClock clock;
  private final MovementProperties movement;

  public OverdueDigest(ReminderProperties properties, EscalationLog escalations, TaskService taskService,
      Directory directory, NotificationService notifications, MailTemplates templates, PlanClock clock,
      MovementProperties movement) {
    this.properties = properties;
    this.escalations = escalations;
    this.taskService = taskService;
    this.directory = directory;
    this.notifications = notifications;
    this.templates = templates;
    this.clock = clock;
    this.movement = movement;
  }

  /**
   * The timer cycle of the digest's start event: every day at the digest hour in the ward's zone
   * (the offset is written out, so the host's zone does not move it).
   */
  public String cycle() {
    return "R/" + clock.today().atTime(properties.digestHour()).atZone(clock.zone()).toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
  }

  /**
   * Sends the digest of one run (a process instance; its retries send the same digest). A second run
   * on a day whose digest already went out leaves new escalations to the next day's digest, so that
   * nobody gets two digests a day.
   */
  public int send(String run) {
    LocalDate today = clock.today();
    if (!escalations.takenByAnotherRun(today, run)) {
      escalations.take(run, today, clock.now().atOffset(ZoneOffset.UTC));
    }
    List<EscalationLog.Entry> taken = escalations.takenBy(run);
    if (taken.isEmpty()) {
      return 0;
    }
    LocalDate day = taken.get(0).digestDay();
    Set<String> open = taskService.createTaskQuery()
        .taskIdIn(taken.stream().map(EscalationLog.Entry::taskId).toArray(String[]::new)).list().stream()
        .map(Task::getId).collect(Collectors.toSet());
    List<EscalationLog.Entry> listed = taken.stream().filter(e -> open.contains(e.taskId())).toList();
    escalations.markListed(listed.stream().map(EscalationLog.Entry::id).toList(), true);
    escalations.markListed(taken.stream().filter(e -> !open.contains(e.taskId())).map(EscalationLog.Entry::id).toList(), false);
    if (listed.isEmpty()) {
      return 0;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EscalationLog.Entry e : listed) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("taskName", ReminderService.titled(e.taskName(), e.periodLabel()));
      row.put("unitName", e.unitName());
      row.put("due", e.dueAt() == null ? "" : VietnameseDates.deadline(e.dueAt().atZoneSameInstant(clock.zone())));
      row.put("businessKey", e.businessKey());
      row.put("link", e.link());
      rows.add(row);
    }
    String dayText = VietnameseDates.date(day);
    List<OutgoingMail> mails = new ArrayList<>();
    for (Recipient recipient : directory.membersOf(properties.escalateTo().toArray(String[]::new))) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("recipientName", recipient.displayName());
      model.put("day", dayText);
      model.put("count", listed.size());
      model.put("rows", rows);
      model.put("committee", movement.ward().committee());
      mails.add(new OutgoingMail(digestKey(day, recipient.userId()), NotificationKind.ESCALATION, recipient,
          subject(day, listed.size()), templates.text("overdue-digest", model), templates.html("overdue-digest", model),
          null, "QUAHAN-" + day, null));
    }
    notifications.deliver(mails);
    return listed.size();
  }

  /** One key per recipient and day: at most one digest a day, whatever runs. */
  public static String digestKey(LocalDate day, String userId) {
    return "digest:" + day + ":" + userId;
  }

  static String subject(LocalDate day, int count) {
    return "[Báo cáo lãnh đạo] " + count + " công việc quá hạn – ngày " + VietnameseDates.date(day);
  }
}
