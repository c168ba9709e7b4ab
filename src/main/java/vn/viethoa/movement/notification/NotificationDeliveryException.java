package vn.viethoa.movement.notification;

/** A mail could not be delivered; its message is what Cockpit shows on the incident. */
public class NotificationDeliveryException extends RuntimeException {
  public NotificationDeliveryException(String message) {
    super(message);
  }

  public NotificationDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
