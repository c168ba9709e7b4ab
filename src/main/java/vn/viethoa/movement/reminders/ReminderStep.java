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

  public static String beforeDue(int days) {
    return "before-" + days + "d";
  }
}
