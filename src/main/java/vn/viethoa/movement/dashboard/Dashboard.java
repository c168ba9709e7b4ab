package vn.viethoa.movement.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The page data of the movement's dashboard for one year, as GET /api/dashboard returns it. Times
 * are in the ward's zone, labels in Vietnamese; links are paths on this server (Tasklist for a task,
 * Cockpit for an instance or its incidents — Cockpit links only for administrators). {@code notices}:
 * warnings about the application's own configuration (e.g. a holiday calendar that ends too soon).
 */
public record Dashboard(
    int year,
    int currentYear,
    List<Integer> years,
    String zone,
    OffsetDateTime generatedAt,
    boolean administrator,
    ReportingYear reportingYear,
    Counts counts,
    List<UnitRow> units,
    List<WardTask> wardTasks,
    Figures figures,
    Notifications notifications,
    Commendations commendations,
    List<MilestoneRow> milestones,
    List<String> notices,
    Records records,
    Satisfaction satisfaction) {

  /** The year's reporting cycle: its instance, the ward report's state and the plan's dates. */
  public record ReportingYear(String processInstanceId, String instanceUrl, String status, String statusLabel,
      OffsetDateTime windowOpens, OffsetDateTime residentialDue, OffsetDateTime unitDue, OffsetDateTime cityDue) {}

  /** Reporting units and residential groups by where they stand. */
  public record Counts(long expected, long reported, long reportedOnTime, long reportedLate, long open, long overdue,
      long notAssigned, long notReported) {}

  public enum UnitState {
    REPORTED("Đã báo cáo"),
    REPORTED_LATE("Báo cáo muộn"),
    OPEN("Chưa báo cáo, còn hạn"),
    OVERDUE("Quá hạn, chưa báo cáo"),
    NOT_ASSIGNED("Chưa giao báo cáo"),
    NOT_REPORTED("Không báo cáo");

    private final String label;

    UnitState(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One reporting unit or residential group: its state, the latest version of its report (when, by
   * whom) or its open task (due, claimed by), and what it falls short of among the plan's targets.
   */
  public record UnitRow(String unitId, String unitName, String kind, String kindLabel, UnitState state, String stateLabel,
      OffsetDateTime due, OffsetDateTime submittedAt, String submittedBy, String submittedByName, int version,
      String assignee, String assigneeName, String taskId, String taskUrl, String instanceUrl, List<String> shortfalls) {}

  /** An open step of the ward's own report (aggregation, approval, submission to the city). */
  public record WardTask(String taskId, String name, OffsetDateTime due, boolean overdue, String assignee,
      String assigneeName, String taskUrl, String instanceUrl) {}

  /** Ward-wide figures of the year against the plan's targets, and the years so far. */
  public record Figures(List<Target> targets, List<TrendYear> trend) {}

  /**
   * A target of the plan: {@code value} and {@code target} as numbers (null when nothing was
   * reported), {@code met} null when it cannot be told yet; the texts as the page shows them.
   */
  public record Target(String key, String label, BigDecimal value, BigDecimal target, String valueText,
      String targetText, Boolean met, String detail) {}

  public record TrendYear(int year, long expected, long reported, BigDecimal householdsDigitalAddressRate,
      BigDecimal staffProficiencyRate, long initiatives, long unitsWithInitiative, long unitsReported,
      String wardReportStatusLabel) {}

  /** The notification log of the year (mails created in it): counts by kind and status, failures. */
  public record Notifications(OffsetDateTime from, OffsetDateTime to, List<KindRow> kinds, long sent, long failed,
      long pending, long total, List<Failure> failures, long openIncidents, long superseded) {}

  public record KindRow(String kind, String label, long sent, long failed, long pending, long total, long superseded) {}

  /**
   * A mail that could not be sent: to whom (login id and the person's name), what, how often it was
   * tried and why it failed, the task it was about, and the incident an administrator retries in
   * Cockpit once the cause is fixed.
   */
  public record Failure(long id, String kind, String kindLabel, String recipientUser, String recipientEmail,
      String subject, int attempts, String lastError, OffsetDateTime createdAt, String taskId, String taskUrl,
      String processInstanceId, String instanceUrl, String incidentId, String incidentUrl, String recipientName) {}

  public record Commendations(boolean available, String note, long total, List<CommendationSection.StateCount> byState,
      List<AwaitingCityRow> awaitingCity) {}

  public record AwaitingCityRow(String candidate, String form, String proposingUnit, LocalDate since,
      String dossierNumber, String instanceUrl) {}

  public record MilestoneRow(String key, String title, LocalDate date, String status, String statusLabel, boolean overdue,
      LocalDate doneOn, String detail, Integer year) {}

  /**
   * The movement's permanent records (table movement_record): how many of each kind in the year and
   * in all, and the latest of each kind; links to the year's records as CSV (and in the XLSX export).
   */
  public record Records(long total, long totalInYear, List<RecordKind> kinds, String csvUrl, String xlsxUrl) {}

  /** One kind of record: counts and the latest one filed (null when none). */
  public record RecordKind(String kind, String label, long count, long countInYear, RecordRow latest) {}

  public record RecordRow(long id, String periodLabel, String unitId, String unitName, String summary,
      OffsetDateTime submittedAt, String submittedBy, Long respondents, BigDecimal satisfiedRate,
      boolean adjustmentRequested, String adjustmentProcessId) {}

  /**
   * The service centre's satisfaction figure of the year (the plan's indicator for the centre):
   * {@code source} SURVEYS when the year has satisfaction surveys (respondent-weighted), REPORTS when
   * it comes from the units' annual reports, null when there is none.
   */
  public record Satisfaction(BigDecimal rate, String rateText, String source, String sourceLabel, int surveys,
      long respondents, BigDecimal reportedRate) {}
}
