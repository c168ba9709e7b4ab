package vn.viethoa.movement.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code ward_report} table: one row per year, updated as the report moves on. */
@Repository
public class WardReportRepository {

  private final JdbcTemplate jdbc;

  public WardReportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void open(int year, String processInstanceId, OffsetDateTime now) {
    if (find(year).isEmpty()) {
      jdbc.update("insert into ward_report (report_year, status, process_instance_id, updated_at) values (?, ?, ?, ?)",
          year, WardReport.Status.COLLECTING.name(), processInstanceId, now);
    } else {
      jdbc.update("update ward_report set process_instance_id = ?, updated_at = ? where report_year = ?",
          processInstanceId, now, year);
    }
  }

  public void aggregated(int year, String assessment, String difficulties, String proposals, String by, OffsetDateTime now) {
    jdbc.update("update ward_report set status = ?, assessment = ?, difficulties = ?, proposals = ?, aggregated_by = ?, "
            + "aggregated_at = ?, updated_at = ? where report_year = ?",
        WardReport.Status.AGGREGATED.name(), assessment, difficulties, proposals, by, now, now, year);
  }

  public void returned(int year, String comment, OffsetDateTime now) {
    jdbc.update("update ward_report set status = ?, return_comment = ?, updated_at = ? where report_year = ?",
        WardReport.Status.RETURNED.name(), comment, now, year);
  }

  public void approved(int year, String by, OffsetDateTime now) {
    jdbc.update("update ward_report set status = ?, approved_by = ?, approved_at = ?, updated_at = ? where report_year = ?",
        WardReport.Status.APPROVED.name(), by, now, now, year);
  }

  public void submitted(int year, String documentNumber, LocalDate submittedOn, String by, OffsetDateTime now) {
    jdbc.update("update ward_report set status = ?, city_document_number = ?, city_submitted_on = ?, city_submitted_by = ?, "
            + "updated_at = ? where report_year = ?",
        WardReport.Status.SUBMITTED.name(), documentNumber, submittedOn, by, now, year);
  }

  public Optional<WardReport> find(int year) {
    return jdbc.query("select * from ward_report where report_year = ?", WardReportRepository::map, year).stream().findFirst();
  }

  /** The ward's reports of a range of years, oldest first. */
  public List<WardReport> between(int fromYear, int toYear) {
    return jdbc.query("select * from ward_report where report_year between ? and ? order by report_year",
        WardReportRepository::map, fromYear, toYear);
  }

  private static WardReport map(ResultSet rs, int row) throws SQLException {
    return new WardReport(
        rs.getInt("report_year"), WardReport.Status.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
        rs.getString("assessment"), rs.getString("difficulties"), rs.getString("proposals"),
        rs.getString("aggregated_by"), rs.getObject("aggregated_at", OffsetDateTime.class),
        rs.getString("return_comment"), rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class),
        rs.getString("city_document_number"), rs.getObject("city_submitted_on", LocalDate.class),
        rs.getString("city_submitted_by"));
  }
}
