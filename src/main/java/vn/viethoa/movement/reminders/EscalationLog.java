package vn.viethoa.movement.reminders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The escalation table: tasks overdue long enough to be reported to leadership, each once, waiting
 * for the day's digest. Each method is one statement; callers choose the transaction.
 */
@Repository
public class EscalationLog {

  private static final String COLUMNS = "id, task_id, step_code, task_name, period_label, unit_name, business_key, "
      + "due_at, link, escalated_at, digest_run, digest_day, listed";

  /** One escalated task. {@code listed} is null until a digest took it, then whether the task was still open. */
  public record Entry(long id, String taskId, String stepCode, String taskName, String periodLabel, String unitName,
      String businessKey, OffsetDateTime dueAt, String link, OffsetDateTime escalatedAt, String digestRun,
      LocalDate digestDay, Boolean listed) {}

  private final JdbcTemplate jdbc;

  public EscalationLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an escalation unless this step of this task was recorded before; true when recorded now. */
  public boolean record(String taskId, String stepCode, String taskName, String periodLabel, String unitName,
      String businessKey, OffsetDateTime dueAt, String link, OffsetDateTime now) {
    Integer known = jdbc.queryForObject("select count(*) from escalation where task_id = ? and step_code = ?",
        Integer.class, taskId, stepCode);
    if (known != null && known > 0) {
      return false;
    }
    try {
      jdbc.update("insert into escalation (task_id, step_code, task_name, period_label, unit_name, business_key, due_at, "
              + "link, escalated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          taskId, stepCode, truncate(taskName, 500), truncate(periodLabel, 200), truncate(unitName, 300), businessKey,
          dueAt, truncate(link, 1000), now);
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  /** Whether another digest run already took escalations on this day (its mails went out under this day's keys). */
  public boolean takenByAnotherRun(LocalDate day, String run) {
    Integer n = jdbc.queryForObject("select count(*) from escalation where digest_day = ? and digest_run <> ?",
        Integer.class, day, run);
    return n != null && n > 0;
  }

  /** Gives the escalations recorded up to {@code until} and not yet in a digest to this run. */
  public int take(String run, LocalDate day, OffsetDateTime until) {
    return jdbc.update("update escalation set digest_run = ?, digest_day = ? where digest_run is null and escalated_at <= ?",
        run, day, until);
  }

  public List<Entry> takenBy(String run) {
    return jdbc.query("select " + COLUMNS + " from escalation where digest_run = ? order by id", EscalationLog::map, run);
  }

  public void markListed(Collection<Long> ids, boolean listed) {
    for (Long id : ids) {
      jdbc.update("update escalation set listed = ? where id = ?", listed, id);
    }
  }

  public List<Entry> all() {
    return jdbc.query("select " + COLUMNS + " from escalation order by id", EscalationLog::map);
  }

  private static Entry map(ResultSet rs, int row) throws SQLException {
    Object listed = rs.getObject("listed");
    return new Entry(rs.getLong("id"), rs.getString("task_id"), rs.getString("step_code"), rs.getString("task_name"),
        rs.getString("period_label"), rs.getString("unit_name"), rs.getString("business_key"),
        rs.getObject("due_at", OffsetDateTime.class), rs.getString("link"),
        rs.getObject("escalated_at", OffsetDateTime.class), rs.getString("digest_run"),
        rs.getObject("digest_day", LocalDate.class), listed == null ? null : rs.getBoolean("listed"));
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
