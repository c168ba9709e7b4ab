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

  private static final Comparator<ReminderStep> ORDER =
      Comparator.comparing(ReminderStep::at, Comparator.<Instant>naturalOrder())
          .thenComparing(ReminderStep::days, Comparator.<Integer>reverseOrder());

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
    steps.sort(ORDER);
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

  /**
   * The plan of a task created at {@code created}: reminders whose time had passed when the task was
   * created are dropped (its new-task notice told the unit); a task born overdue gets its overdue
   * notice at once, and an escalation whose day had passed goes to that day's digest.
   */
  public List<ReminderStep> plan(Instant due, Instant created) {
    List<ReminderStep> base = plan(due);
    if (created == null) {
      return base;
    }
    boolean bornOverdue = !created.isBefore(due);
    boolean overdueNotice = false;
    List<ReminderStep> steps = new ArrayList<>();
    for (ReminderStep step : base) {
      switch (step.kind()) {
        case REMINDER -> {
          if (!step.at().isBefore(created)) {
            steps.add(step);
          }
        }
        case OVERDUE -> {
          overdueNotice = true;
          steps.add(bornOverdue ? step.movedTo(created) : step);
        }
        default -> steps.add(step.at().isBefore(created) ? step.movedTo(created) : step);
      }
    }
    if (bornOverdue && !overdueNotice) {
      steps.add(new ReminderStep(ReminderStep.OVERDUE, NotificationKind.OVERDUE, 0, created));
    }
    steps.sort(ORDER);
    return steps;
  }

  /**
   * The steps to send when the timer fires at {@code now}, the steps up to {@code handledUntil}
   * having been dealt with: for each audience the latest one due. The unit's overdue notice and
   * leadership's escalation falling on the same working day (a Friday deadline, a deadline before
   * Tết) are both sent; after downtime an older missed reminder of the same audience is not.
   */
  public List<ReminderStep> due(List<ReminderStep> steps, Instant handledUntil, Instant now) {
    java.util.Map<ReminderStep.Audience, ReminderStep> latest = new java.util.EnumMap<>(ReminderStep.Audience.class);
    for (ReminderStep step : steps) {
      if ((handledUntil == null || step.at().isAfter(handledUntil)) && !step.at().isAfter(now)) {
        latest.put(step.audience(), step);
      }
    }
    return List.copyOf(latest.values());
  }

  /** The steps of the same audience planned before {@code step}: replaced by it if they were never sent. */
  public List<ReminderStep> replacedBy(List<ReminderStep> steps, ReminderStep step) {
    return steps.stream().filter(s -> s.audience() == step.audience() && s.at().isBefore(step.at())).toList();
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
