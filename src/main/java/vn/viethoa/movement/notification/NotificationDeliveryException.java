package vn.viethoa.movement.notification;

/** A mail could not be delivered; its message is what Cockpit shows on the incident. */
public class NotificationDeliveryException extends RuntimeException {

  /** How the message of a mail the SMTP server refused begins (jobs waiting for the server are found by it). */
  public static final String NOT_SENT = "Không gửi được thư";

  public NotificationDeliveryException(String message) {
    super(message);
  }

  public NotificationDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
