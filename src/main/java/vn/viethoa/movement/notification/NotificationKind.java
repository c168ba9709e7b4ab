package vn.viethoa.movement.notification;

/** Why a message was sent; part of the notification log. */
public enum NotificationKind {
  NEW_TASK,
  REMINDER,
  OVERDUE,
  ESCALATION,
  OUTCOME
}
