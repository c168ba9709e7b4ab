package vn.viethoa.movement.notification;

/** Life of a notification row: PENDING → SENDING → SENT, or FAILED (retried by its job). */
public enum NotificationStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED
}
