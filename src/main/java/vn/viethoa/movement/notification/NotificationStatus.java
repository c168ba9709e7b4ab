package vn.viethoa.movement.notification;

/**
 * Life of a notification row: PENDING → SENDING → SENT, or FAILED (retried by its job); a PENDING
 * or FAILED row that no longer needs sending (replaced by a later reminder, its task closed) becomes
 * SUPERSEDED, so that FAILED means a failure an administrator has to chase.
 */
public enum NotificationStatus {
  PENDING,
  SENDING,
  SENT,
  FAILED,
  SUPERSEDED
}
