package vn.viethoa.movement.lifecycle;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The movement's permanent records in the application's table {@code movement_record} (Flyway V40):
 * what residential groups, the office, the service centre, the Front and the lead unit filed for
 * the periodic duties and the reviews. Engine variables expire with the history; these stay.
 */
@Repository
public class MovementRecords {

  /** What a record is; the table's {@code kind}. */
  public enum Kind { residential_report, residential_compilation, satisfaction_survey, supervision_report, review_assessment }

  public record Entry(long id, Kind kind, String periodLabel, String unitId, String summary, String details,
      Long respondents, BigDecimal satisfiedRate, boolean adjustmentRequested, String adjustmentProcessId,
      String processInstanceId, String submittedBy, OffsetDateTime submittedAt) {}

  private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
      rs.getString("period_label"), rs.getString("unit_id"), rs.getString("summary"), rs.getString("details"),
      (Long) rs.getObject("respondents", Long.class), rs.getBigDecimal("satisfied_rate"), rs.getBoolean("adjustment_requested"),
      rs.getString("adjustment_process_id"), rs.getString("process_instance_id"), rs.getString("submitted_by"),
      rs.getObject("submitted_at", OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  public MovementRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Kind kind, String periodLabel, String unitId, String summary, String details, Long respondents,
      BigDecimal satisfiedRate, boolean adjustmentRequested, String processInstanceId, String submittedBy, OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into movement_record (kind, period_label, unit_id, summary, details, respondents, "
          + "satisfied_rate, adjustment_requested, process_instance_id, submitted_by, submitted_at) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, kind.name());
      ps.setString(2, periodLabel);
      ps.setString(3, unitId);
      ps.setString(4, summary);
      ps.setString(5, details);
      ps.setObject(6, respondents);
      ps.setBigDecimal(7, satisfiedRate);
      ps.setBoolean(8, adjustmentRequested);
      ps.setString(9, processInstanceId);
      ps.setString(10, submittedBy);
      ps.setTimestamp(11, Timestamp.from(at.toInstant()));
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  public void adjustmentStarted(long id, String adjustmentProcessId) {
    jdbc.update("update movement_record set adjustment_process_id = ? where id = ?", adjustmentProcessId, id);
  }

  public Optional<Entry> find(long id) {
    return jdbc.query("select * from movement_record where id = ?", ROW, id).stream().findFirst();
  }

  public List<Entry> ofKind(Kind kind) {
    return jdbc.query("select * from movement_record where kind = ? order by submitted_at, id", ROW, kind.name());
  }
}
