package vn.viethoa.movement.reminders;

import java.time.Instant;
import vn.viethoa.movement.notification.NotificationKind;

/**
 * One planned message about a task: a reminder some days before its due date, the overdue notice to
 * the unit, or the escalation to the lead unit and leadership. {@code code} is part of the dedup key.
 */
public record ReminderStep(String code, NotificationKind kind, int days, Instant at) {

  public static final String OVERDUE = "overdue";
  public static final String ESCALATION = "escalation";

  /**
   * Who a step speaks to. Within one audience a later step replaces an earlier one that was missed
   * (after downtime only the most relevant goes out); steps of different audiences never replace
   * each other, even on the same day.
   */
  public enum Audience {
    /** the unit (or person) the task is routed to: reminders and the overdue notice */
    UNIT,
    /** the lead unit and leadership: the escalation, through the day's overdue digest */
    LEADERSHIP
  }

  public static String beforeDue(int days) {
    return "before-" + days + "d";
  }

  public Audience audience() {
    return kind == NotificationKind.ESCALATION ? Audience.LEADERSHIP : Audience.UNIT;
  }

  /** The same step at another time (a notice for a task born overdue goes out at once). */
  public ReminderStep movedTo(Instant when) {
    return new ReminderStep(code, kind, days, when);
  }
}
