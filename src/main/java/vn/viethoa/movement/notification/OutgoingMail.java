package vn.viethoa.movement.notification;

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
    String taskId) {}
