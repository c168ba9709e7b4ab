package vn.viethoa.movement.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.viethoa.movement.calendar.WorkingCalendar;
import vn.viethoa.movement.notification.NotificationKind;

/**
 * When the messages about one task go out, computed from its due date: reminders N days before,
 * moved to the previous working day; the overdue notice and the escalation after the deadline,
 * moved to the next working day; all at the configured hour in the ward's zone. Plain Java.
 */
public class ReminderSchedule {

  private final ReminderProperties properties;
  private final WorkingCalendar calendar;
  private final ZoneId zone;

  public ReminderSchedule(ReminderProperties properties, WorkingCalendar calendar, ZoneId zone) {
    this.properties = properties;
    this.calendar = calendar;
    this.zone = zone;
  }

  public List<ReminderStep> plan(Instant due) {
    LocalDate dueDay = due.atZone(zone).toLocalDate();
    List<ReminderStep> steps = new ArrayList<>();
    for (int days : properties.beforeDueDays()) {
      Instant at = atHour(calendar.onOrBefore(dueDay.minusDays(days)));
      if (at.isBefore(due)) {
        steps.add(new ReminderStep(ReminderStep.beforeDue(days), NotificationKind.REMINDER, days, at));
      }
    }
    if (properties.overdueNoticeDays() > 0) {
      steps.add(new ReminderStep(ReminderStep.OVERDUE, NotificationKind.OVERDUE, properties.overdueNoticeDays(),
          atHour(calendar.onOrAfter(dueDay.plusDays(properties.overdueNoticeDays())))));
    }
    if (properties.escalationDays() > 0 && !properties.escalateTo().isEmpty()) {
      steps.add(new ReminderStep(ReminderStep.ESCALATION, NotificationKind.ESCALATION, properties.escalationDays(),
          atHour(calendar.onOrAfter(dueDay.plusDays(properties.escalationDays())))));
    }
    // two steps may land on the same working day (e.g. 7 and 1 days before a long holiday): keep the later one
    steps.sort(Comparator.comparing(ReminderStep::at).thenComparing(ReminderStep::days, Comparator.reverseOrder()));
    List<ReminderStep> distinct = new ArrayList<>();
    for (ReminderStep step : steps) {
      if (!distinct.isEmpty() && distinct.get(distinct.size() - 1).at().equals(step.at())
          && distinct.get(distinct.size() - 1).kind() == step.kind()) {
        distinct.remove(distinct.size() - 1);
      }
      distinct.add(step);
    }
    return distinct;
  }

  /** The first step strictly after {@code now}. */
  public Optional<ReminderStep> next(List<ReminderStep> steps, Instant now) {
    return steps.stream().filter(s -> s.at().isAfter(now)).findFirst();
  }

  /**
   * The one step that is still relevant at {@code now}: the latest one due. After downtime several
   * may be due; only the latest is sent, the older ones are stale.
   */
  public Optional<ReminderStep> mostRelevant(List<ReminderStep> steps, Instant now) {
    ReminderStep found = null;
    for (ReminderStep step : steps) {
      if (!step.at().isAfter(now)) {
        found = step;
      }
    }
    return Optional.ofNullable(found);
  }

  private Instant atHour(LocalDate day) {
    return day.atTime(properties.hour()).atZone(zone).toInstant();
  }
}
