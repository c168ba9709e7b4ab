package vn.viethoa.movement.reporting;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.viethoa.movement.commendation.Nomination;
import vn.viethoa.movement.organisation.UnitKind;

/**
 * The {@code unit_report} table: every version of every report, never updated in place. Runs in the
 * caller's transaction, which for a submission is the engine's: the row and the task completion
 * commit or roll back together.
 */
@Repository
public class ReportRepository {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FIGURE_COLUMNS =
      Arrays.stream(ReportField.values()).map(ReportField::column).collect(Collectors.joining(", "));
  private static final String SELECT = "select id, report_year, unit_id, unit_name, unit_kind, version, submitted_by, "
      + "submitted_at, late, nominations, figures_note, " + FIGURE_COLUMNS + " from unit_report ";

  /** Of a row {@code r}: the latest version of its unit's report for its year. */
  private static final String LATEST = "version = (select max(version) from unit_report v "
      + "where v.report_year = r.report_year and v.unit_id = r.unit_id)";

  private final JdbcTemplate jdbc;

  public ReportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the report as the unit's next version for the year; returns the version. */
  public int insert(UnitReport report, String submittedBy, OffsetDateTime submittedAt, boolean late,
      String processInstanceId, String taskId) {
    return insert(report, submittedBy, submittedAt, late, processInstanceId, taskId, null);
  }

  /** As above, with the unit's explanation of figures that jumped against its earlier report. */
  public int insert(UnitReport report, String submittedBy, OffsetDateTime submittedAt, boolean late,
      String processInstanceId, String taskId, String figuresNote) {
    Integer last = jdbc.queryForObject("select max(version) from unit_report where report_year = ? and unit_id = ?",
        Integer.class, report.year(), report.unit().id());
    int version = last == null ? 1 : last + 1;
    List<Object> args = new ArrayList<>(List.of(report.year(), report.unit().id(), report.unit().name(),
        report.unit().kind().name(), version));
    args.add(submittedBy);
    args.add(submittedAt);
    args.add(late);
    args.add(processInstanceId);
    args.add(taskId);
    args.add(nominationsJson(report.nominations()));
    args.add(figuresNote);
    for (ReportField field : ReportField.values()) {
      args.add(report.values().get(field));
    }
    String placeholders = String.join(", ", java.util.Collections.nCopies(args.size(), "?"));
    jdbc.update("insert into unit_report (report_year, unit_id, unit_name, unit_kind, version, submitted_by, submitted_at, "
        + "late, process_instance_id, task_id, nominations, figures_note, " + FIGURE_COLUMNS + ") values (" + placeholders + ")",
        args.toArray());
    return version;
  }

  /** The latest version of each unit's report for the year, whichever units are in the table. */
  public List<StoredReport> latest(int year) {
    return jdbc.query(SELECT + "r where report_year = ? and " + LATEST + " order by unit_id", this::map, year);
  }

  /**
   * The latest version of the report of each of these units for the year, by unit: reads only their
   * rows (index on year and unit), however many other units' reports the table holds.
   */
  public List<StoredReport> latest(int year, Collection<String> unitIds) {
    return latest(year, year, unitIds);
  }

  /**
   * The latest version of the report of each of these units for every year of a range, in one
   * query, by year then unit.
   */
  public List<StoredReport> latest(int fromYear, int toYear, Collection<String> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>(List.of(fromYear, toYear));
    args.addAll(unitIds);
    return jdbc.query(SELECT + "r where report_year between ? and ? and unit_id in ("
        + String.join(", ", java.util.Collections.nCopies(unitIds.size(), "?")) + ") and " + LATEST
        + " order by report_year, unit_id", this::map, args.toArray());
  }

  /** Every version of one unit's report for the year, oldest first. */
  public List<StoredReport> history(int year, String unitId) {
    return jdbc.query(SELECT + "where report_year = ? and unit_id = ? order by version", this::map, year, unitId);
  }

  /** Years that have reports. */
  public List<Integer> years() {
    return jdbc.queryForList("select distinct report_year from unit_report order by report_year", Integer.class);
  }

  private StoredReport map(ResultSet rs, int row) throws SQLException {
    Map<ReportField, Object> values = new LinkedHashMap<>();
    for (ReportField field : ReportField.values()) {
      Object value = switch (field.kind()) {
        case COUNT -> {
          long v = rs.getLong(field.column());
          yield rs.wasNull() ? null : v;
        }
        case PERCENT -> {
          BigDecimal v = rs.getBigDecimal(field.column());
          yield v == null ? null : v.stripTrailingZeros();
        }
        case BOOLEAN -> {
          boolean v = rs.getBoolean(field.column());
          yield rs.wasNull() ? null : v;
        }
        case TEXT -> rs.getString(field.column());
      };
      if (value != null) {
        values.put(field, value);
      }
    }
    return new StoredReport(rs.getLong("id"), rs.getInt("report_year"), rs.getString("unit_id"),
        rs.getString("unit_name"), UnitKind.valueOf(rs.getString("unit_kind")), rs.getInt("version"),
        rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class), rs.getBoolean("late"),
        values, parseNominations(rs.getString("nominations")), rs.getString("figures_note"));
  }

  static String nominationsJson(List<Nomination> nominations) {
    try {
      return JSON.writeValueAsString(nominations);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Nomination> parseNominations(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Nomination>>() {});
    } catch (Exception e) {
      throw new IllegalStateException("Unreadable nominations: " + json, e);
    }
  }
}
