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

  /** What a record is; the table's {@code kind}, with its name as officials read it. */
  public enum Kind {
    residential_report("Báo cáo định kỳ của tổ dân phố"),
    residential_compilation("Tổng hợp báo cáo định kỳ của các tổ dân phố"),
    satisfaction_survey("Khảo sát sự hài lòng của người dân, tổ chức"),
    supervision_report("Báo cáo giám sát của Mặt trận Tổ quốc"),
    review_assessment("Đánh giá sơ kết, tổng kết phong trào");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** {@code periodYear}: the year the period reported on starts in; null for the reviews' assessments. */
  public record Entry(long id, Kind kind, String periodLabel, Integer periodYear, String unitId, String summary, String details,
      Long respondents, BigDecimal satisfiedRate, boolean adjustmentRequested, String adjustmentProcessId,
      String processInstanceId, String submittedBy, OffsetDateTime submittedAt) {}

  private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
      rs.getString("period_label"), (Integer) rs.getObject("period_year", Integer.class), rs.getString("unit_id"), rs.getString("summary"), rs.getString("details"),
      (Long) rs.getObject("respondents", Long.class), rs.getBigDecimal("satisfied_rate"), rs.getBoolean("adjustment_requested"),
      rs.getString("adjustment_process_id"), rs.getString("process_instance_id"), rs.getString("submitted_by"),
      rs.getObject("submitted_at", OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  public MovementRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(Kind kind, String periodLabel, Integer periodYear, String unitId, String summary, String details,
      Long respondents, BigDecimal satisfiedRate, boolean adjustmentRequested, String processInstanceId, String submittedBy,
      OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into movement_record (kind, period_label, unit_id, summary, details, respondents, "
          + "satisfied_rate, adjustment_requested, process_instance_id, submitted_by, submitted_at, period_year) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
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
      ps.setObject(12, periodYear, java.sql.Types.INTEGER);
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

  /** Every record submitted in {@code [from, to)}, by kind (in enum order) then time. */
  public List<Entry> between(OffsetDateTime from, OffsetDateTime to) {
    List<Entry> rows = jdbc.query("select * from movement_record where submitted_at >= ? and submitted_at < ? order by submitted_at, id",
        ROW, Timestamp.from(from.toInstant()), Timestamp.from(to.toInstant()));
    return rows.stream().sorted(java.util.Comparator.comparing(Entry::kind)).toList();
  }

  /** How many records of each kind the table holds, in one query. */
  public java.util.Map<Kind, Long> countByKind() {
    java.util.Map<Kind, Long> counts = new java.util.EnumMap<>(Kind.class);
    jdbc.query("select kind, count(*) n from movement_record group by kind",
        rs -> { counts.put(Kind.valueOf(rs.getString("kind")), rs.getLong("n")); });
    return counts;
  }

  /** How many records of each kind were submitted in {@code [from, to)}, in one query. */
  public java.util.Map<Kind, Long> countByKind(OffsetDateTime from, OffsetDateTime to) {
    java.util.Map<Kind, Long> counts = new java.util.EnumMap<>(Kind.class);
    jdbc.query("select kind, count(*) n from movement_record where submitted_at >= ? and submitted_at < ? group by kind",
        rs -> { counts.put(Kind.valueOf(rs.getString("kind")), rs.getLong("n")); },
        Timestamp.from(from.toInstant()), Timestamp.from(to.toInstant()));
    return counts;
  }

  /** The latest record of each kind (by submission), in one query. */
  public java.util.Map<Kind, Entry> latestByKind() {
    java.util.Map<Kind, Entry> latest = new java.util.EnumMap<>(Kind.class);
    jdbc.query("select * from movement_record r where r.id = (select max(m.id) from movement_record m where m.kind = r.kind "
        + "and m.submitted_at = (select max(x.submitted_at) from movement_record x where x.kind = r.kind))", ROW)
        .forEach(e -> latest.put(e.kind(), e));
    return latest;
  }

  /**
   * The satisfaction surveys about periods of the years {@code fromYear..toYear}, oldest first; a
   * record without a period year is taken by its submission in {@code [from, to)}.
   */
  public List<Entry> surveysOfYears(int fromYear, int toYear, OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query("select * from movement_record where kind = ? and (period_year between ? and ? "
        + "or (period_year is null and submitted_at >= ? and submitted_at < ?)) order by submitted_at, id", ROW,
        Kind.satisfaction_survey.name(), fromYear, toYear, Timestamp.from(from.toInstant()), Timestamp.from(to.toInstant()));
  }

  public List<Entry> ofKind(Kind kind) {
    return jdbc.query("select * from movement_record where kind = ? order by submitted_at, id", ROW, kind.name());
  }
}
