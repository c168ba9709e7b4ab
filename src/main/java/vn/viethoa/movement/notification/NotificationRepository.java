package vn.viethoa.movement.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The notification table. Each method is one statement; callers choose the transaction. */
@Repository
public class NotificationRepository {

  private static final String COLUMNS = "id, dedup_key, kind, recipient_user, recipient_email, subject, "
      + "process_instance_id, business_key, task_id, status, attempts, last_error, created_at, sent_at, superseded_reason";

  private final JdbcTemplate jdbc;

  public NotificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the row unless its key exists; true when inserted. */
  public boolean insertIfAbsent(OutgoingMail mail, OffsetDateTime now) {
    if (find(mail.dedupKey()).isPresent()) {
      return false;
    }
    try {
      jdbc.update("insert into notification (dedup_key, kind, recipient_user, recipient_email, subject, body_text, "
              + "body_html, process_instance_id, business_key, task_id, status, attempts, created_at) "
              + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
          mail.dedupKey(), mail.kind().name(), mail.recipient().userId(), mail.recipient().email(),
          mail.subject(), mail.text(), mail.html(), mail.processInstanceId(), mail.businessKey(),
          mail.taskId(), NotificationStatus.PENDING.name(), now);
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  /**
   * Takes the row for sending: only one caller can move it to SENDING. A SENDING row older than
   * {@code staleBefore} belonged to a node that died mid-send and may be taken again.
   */
  public boolean claim(String dedupKey, OffsetDateTime now, OffsetDateTime staleBefore) {
    return jdbc.update("update notification set status = ?, claimed_at = ?, attempts = attempts + 1 "
            + "where dedup_key = ? and (status in (?, ?) or (status = ? and claimed_at < ?))",
        NotificationStatus.SENDING.name(), now, dedupKey,
        NotificationStatus.PENDING.name(), NotificationStatus.FAILED.name(),
        NotificationStatus.SENDING.name(), staleBefore) == 1;
  }

  public void markSent(String dedupKey, OffsetDateTime now) {
    jdbc.update("update notification set status = ?, sent_at = ?, last_error = null where dedup_key = ?",
        NotificationStatus.SENT.name(), now, dedupKey);
  }

  public void markFailed(String dedupKey, String error) {
    jdbc.update("update notification set status = ?, last_error = ? where dedup_key = ?",
        NotificationStatus.FAILED.name(), truncate(error, 2000), dedupKey);
  }

  /**
   * Marks the mails whose key starts with {@code keyPrefix} that are still waiting (PENDING) or
   * failed as SUPERSEDED; SENT and SENDING rows are left alone. Returns how many.
   */
  public int markSuperseded(String keyPrefix, String reason) {
    return jdbc.update("update notification set status = ?, superseded_reason = ? "
            + "where dedup_key like ? and status in (?, ?)",
        NotificationStatus.SUPERSEDED.name(), truncate(reason, 500), escapeLike(keyPrefix) + "%",
        NotificationStatus.PENDING.name(), NotificationStatus.FAILED.name());
  }

  /** Marks every waiting or failed mail about a task as SUPERSEDED (the task was closed). */
  public int markSupersededForTask(String taskId, String reason) {
    return jdbc.update("update notification set status = ?, superseded_reason = ? where task_id = ? and status in (?, ?)",
        NotificationStatus.SUPERSEDED.name(), truncate(reason, 500), taskId,
        NotificationStatus.PENDING.name(), NotificationStatus.FAILED.name());
  }

  /** Keys never hold LIKE wildcards today; escaping keeps a future key with "_" from matching others. */
  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  public Optional<NotificationRecord> find(String dedupKey) {
    return jdbc.query("select " + COLUMNS + " from notification where dedup_key = ?", NotificationRepository::map, dedupKey)
        .stream().findFirst();
  }

  public List<NotificationRecord> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from notification where process_instance_id = ? order by id",
        NotificationRepository::map, processInstanceId);
  }

  public List<NotificationRecord> findRecent(int limit) {
    return jdbc.query("select " + COLUMNS + " from notification order by id desc fetch first " + limit + " rows only",
        NotificationRepository::map);
  }

  /** How many notifications of each kind are in each status, created in [from, to). */
  public List<KindStatusCount> countByKindAndStatus(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query("select kind, status, count(*) as n from notification where created_at >= ? and created_at < ? "
            + "group by kind, status",
        (rs, i) -> new KindStatusCount(NotificationKind.valueOf(rs.getString("kind")),
            NotificationStatus.valueOf(rs.getString("status")), rs.getLong("n")), from, to);
  }

  /** A count of the notification log, by kind and status. */
  public record KindStatusCount(NotificationKind kind, NotificationStatus status, long count) {}

  /** The latest notifications in a status, created in [from, to), newest first. */
  public List<NotificationRecord> findInStatus(NotificationStatus status, OffsetDateTime from, OffsetDateTime to, int limit) {
    return jdbc.query("select " + COLUMNS + " from notification where status = ? and created_at >= ? and created_at < ? "
            + "order by id desc fetch first " + Math.max(1, limit) + " rows only",
        NotificationRepository::map, status.name(), from, to);
  }

  private static NotificationRecord map(ResultSet rs, int row) throws SQLException {
    return new NotificationRecord(rs.getLong("id"), rs.getString("dedup_key"),
        NotificationKind.valueOf(rs.getString("kind")), rs.getString("recipient_user"),
        rs.getString("recipient_email"), rs.getString("subject"), rs.getString("process_instance_id"),
        rs.getString("business_key"), rs.getString("task_id"),
        NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
        rs.getString("superseded_reason"));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
