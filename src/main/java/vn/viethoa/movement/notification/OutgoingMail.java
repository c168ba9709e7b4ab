package vn.viethoa.movement.notification;

import java.util.List;

/**
 * One message to one recipient. The dedup key names the event and the recipient (e.g.
 * "task:42:reminder-7d:canbo.vp"): a key is delivered at most once, however often it is asked for.
 */
public record OutgoingMail(
    String dedupKey,
    NotificationKind kind,
    Recipient recipient,
    String subject,
    String text,
    String html,
    String processInstanceId,
    String businessKey,
    String taskId,
    List<Attachment> attachments) {

  public OutgoingMail {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public OutgoingMail(String dedupKey, NotificationKind kind, Recipient recipient, String subject, String text,
      String html, String processInstanceId, String businessKey, String taskId) {
    this(dedupKey, kind, recipient, subject, text, html, processInstanceId, businessKey, taskId, List.of());
  }

  /** A file sent along, e.g. the deadline as an iCalendar event. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
