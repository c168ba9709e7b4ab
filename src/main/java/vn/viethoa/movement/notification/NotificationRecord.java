package vn.viethoa.movement.notification;

import java.time.OffsetDateTime;

/** A row of the notification log, as administrators and tests read it. */
public record NotificationRecord(
    long id,
    String dedupKey,
    NotificationKind kind,
    String recipientUser,
    String recipientEmail,
    String subject,
    String processInstanceId,
    String businessKey,
    String taskId,
    NotificationStatus status,
    int attempts,
    String lastError,
    OffsetDateTime createdAt,
    OffsetDateTime sentAt,
    /** Why a SUPERSEDED mail was not sent (null otherwise). */
    String supersededReason) {}
