package vn.viethoa.movement.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.AnnualReportDates;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.ManualStart;
import vn.viethoa.movement.validation.Violations;

/**
 * The rules of a reporting year: who reports, by when, what a valid submission, aggregation,
 * approval and submission to the city are, and where they are kept. No engine here.
 */
@Service
public class AnnualReportService {

  private final Organisation organisation;
  private final PlanCalendar calendar;
  private final PlanClock clock;
  private final ReportValidator validator;
  private final ReportRepository reports;
  private final WardReportRepository wardReports;
  private final ReportAggregator aggregator;
  private final SummaryFormatter formatter;
  private final PlausibleFigures plausible;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<SatisfactionSurveys> surveys;

  public AnnualReportService(Organisation organisation, PlanCalendar calendar, PlanClock clock, ReportValidator validator,
      ReportRepository reports, WardReportRepository wardReports, ReportAggregator aggregator, SummaryFormatter formatter,
      PlausibleFigures plausible, ApplicationEventPublisher events, ObjectProvider<SatisfactionSurveys> surveys) {
    this.organisation = organisation;
    this.calendar = calendar;
    this.clock = clock;
    this.validator = validator;
    this.reports = reports;
    this.wardReports = wardReports;
    this.aggregator = aggregator;
    this.formatter = formatter;
    this.plausible = plausible;
    this.events = events;
    this.surveys = surveys;
  }

  /** Units that report every year, then every residential group (section V). */
  public List<Unit> reportingGroups() {
    return Stream.concat(
        organisation.ofKind(UnitKind.UNIT).stream().filter(Unit::reportsAnnually),
        organisation.ofKind(UnitKind.RESIDENTIAL_GROUP).stream()).toList();
  }

  /**
   * How many reports the aggregation waits for: the units under the Committee and the residential
   * groups. The Front gets its task (a request for cooperation) but the 30/11 duty is not its own.
   */
  public int expectedCount() {
    return (int) reportingGroups().stream().filter(u -> !u.front()).count();
  }

  /** The multi-instance collection of the model. */
  public List<String> reportingGroupIds() {
    return reportingGroups().stream().map(Unit::id).toList();
  }

  /**
   * Checks the year of a new reporting cycle and returns its dates. A person may not open a year
   * that is still ahead, nor any year while the movement runs (it opens every year itself).
   */
  public AnnualReportDates openYear(Object yearValue, boolean alreadyHeld, ManualStart start) {
    Violations violations = new Violations();
    Integer year = yearValue instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : null;
    violations.check(year != null, "“Năm báo cáo” phải là một năm, ví dụ 2026.");
    if (start.movementRunning()) {
      violations.add("Phong trào đang được thực hiện trên hệ thống và tự mở kỳ báo cáo hằng năm; không khởi tạo thêm kỳ báo cáo.");
    }
    if (year != null) {
      violations.check(calendar.isPlanYear(year), "“Năm báo cáo” phải trong giai đoạn " + calendar.firstYear() + " - "
          + calendar.lastYear() + " của Kế hoạch.");
      violations.check(!alreadyHeld, "Quy trình báo cáo năm " + year + " đã được khởi tạo.");
      violations.check(!start.manual() || year <= clock.today().getYear(),
          "Chưa đến năm " + year + "; không mở kỳ báo cáo cho năm sau.");
    }
    violations.throwIfAny();
    return calendar.annualReport(year);
  }

  public void opened(int year, String processInstanceId) {
    wardReports.open(year, processInstanceId, now());
  }

  /**
   * The due date of a unit's report: residential groups report to the office earlier, unless the
   * cycle opens after that date (a late start), when they get the units' deadline instead of a
   * task that is overdue at birth.
   */
  public ZonedDateTime dueFor(Unit unit, AnnualReportDates dates) {
    if (unit.kind() != UnitKind.RESIDENTIAL_GROUP) {
      return dates.unitDue();
    }
    return dates.residentialDue().toInstant().isAfter(clock.now()) ? dates.residentialDue() : dates.unitDue();
  }

  /**
   * Validates and stores a unit's report as its next version, in the caller's transaction. Lateness
   * is decided by the first version against the unit's due date.
   */
  public int submit(FormInput in, Unit unit, int year, ZonedDateTime due, String submittedBy, String processInstanceId,
      String taskId) {
    UnitReport report = validator.collect(in, unit, year);
    String note = in.text(PlausibleFigures.NOTE, PlausibleFigures.NOTE_LABEL, false, PlausibleFigures.NOTE_MAX);
    OffsetDateTime now = now();
    List<StoredReport> history = reports.history(year, unit.id());
    // a jump against the unit's previous version, or for a first version its previous year, needs a note
    StoredReport earlier = history.isEmpty()
        ? reports.latest(year - 1, List.of(unit.id())).stream().findFirst().orElse(null)
        : history.get(history.size() - 1);
    List<String> jumps = plausible.jumps(report.values(), earlier);
    if (!jumps.isEmpty() && note == null) {
      in.violations().add("Số liệu thay đổi bất thường so với " + (history.isEmpty() ? "báo cáo năm " + (year - 1)
          : "lần gửi trước") + ": " + String.join("; ", jumps) + ". Đề nghị kiểm tra lại; nếu số liệu đúng, ghi lý do vào ô “"
          + PlausibleFigures.NOTE_LABEL + "” rồi hoàn thành lại.");
    }
    // every problem of the submission in one answer, not one per attempt
    in.violations().throwIfAny();
    boolean late = history.isEmpty() ? now.toInstant().isAfter(due.toInstant()) : history.get(0).late();
    return reports.insert(report, submittedBy, now, late, processInstanceId, taskId, jumps.isEmpty() ? null : note);
  }

  /** The ward's aggregate of the year: reads the latest reports of the units that report, and only theirs. */
  public WardAggregate aggregate(int year) {
    List<Unit> expected = reportingGroups();
    return aggregator.aggregate(year, expected, reports.latest(year, ids(expected)), surveys(year, year).get(year));
  }

  /** The aggregate of every year of a range, from one query over the stored reports; years without reports included. */
  public Map<Integer, WardAggregate> aggregates(int fromYear, int toYear) {
    List<Unit> expected = reportingGroups();
    Map<Integer, List<StoredReport>> byYear = reports.latest(fromYear, toYear, ids(expected)).stream()
        .collect(Collectors.groupingBy(StoredReport::year));
    Map<Integer, SurveyFigure> figures = surveys(fromYear, toYear);
    Map<Integer, WardAggregate> result = new TreeMap<>();
    for (int year = fromYear; year <= toYear; year++) {
      result.put(year, aggregator.aggregate(year, expected, byYear.getOrDefault(year, List.of()), figures.get(year)));
    }
    return result;
  }

  private Map<Integer, SurveyFigure> surveys(int fromYear, int toYear) {
    return surveys.getIfAvailable(() -> SatisfactionSurveys.NONE).byYear(fromYear, toYear);
  }

  private static List<String> ids(List<Unit> units) {
    return units.stream().map(Unit::id).toList();
  }

  public String wardSummary(WardAggregate aggregate) {
    // kept in a string variable: a ward of 400 residential groups is cut, the stored reports have them all
    return vn.viethoa.movement.validation.VariableText.fit(formatter.ward(aggregate, clock.nowInZone()),
        "*(Danh sách dài: xem đầy đủ trong báo cáo tổng hợp của phường, tệp .docx.)*");
  }

  /**
   * One row per reporting unit for the table of the aggregation and approval forms (form-js "table",
   * plain text cells): who sent which figures, when, and the unit's explanation of a jump. Units that
   * have not reported are listed too, so the lead unit and the Chairman see the whole ward.
   */
  public List<Map<String, String>> unitFigureRows(WardAggregate aggregate) {
    Map<String, StoredReport> latest = reports.latest(aggregate.year(), ids(aggregate.units().stream().map(UnitStatus::unit).toList()))
        .stream().collect(Collectors.toMap(StoredReport::unitId, r -> r, (a, b) -> a));
    List<Map<String, String>> rows = new java.util.ArrayList<>();
    for (UnitStatus status : aggregate.units()) {
      StoredReport report = latest.get(status.unit().id());
      Map<String, String> row = new java.util.LinkedHashMap<>();
      row.put("unit", status.unit().name());
      row.put("state", report == null ? status.state().label() : status.state().label() + " (lần " + report.version() + ", "
          + VietnameseDates.DATE_TIME.format(report.submittedAt().atZoneSameInstant(clock.zone())) + ", " + report.submittedBy() + ")");
      row.put("figures", report == null ? "" : figuresText(report));
      row.put("note", report == null || report.figuresNote() == null ? "" : report.figuresNote());
      rows.add(row);
    }
    return rows;
  }

  static String figuresText(StoredReport report) {
    return report.values().entrySet().stream()
        .filter(e -> e.getValue() instanceof Number)
        // percentages keep their decimals with a Vietnamese comma (the label says "(%)"), counts group thousands
        .map(e -> e.getKey().label() + ": " + (e.getKey().kind() == ReportField.Kind.PERCENT
            ? String.valueOf(e.getValue()).replace('.', ',') : PlausibleFigures.grouped(((Number) e.getValue()).longValue())))
        .collect(Collectors.joining("; "));
  }

  public String residentialSummary(WardAggregate aggregate) {
    return vn.viethoa.movement.validation.VariableText.fit(formatter.residential(aggregate),
        "*(Danh sách dài: xem đầy đủ trong báo cáo tổng hợp của phường, tệp .docx.)*");
  }

  /** The whole summary of the year, every list in full (the page the forms' summaries link to). */
  public String wardSummaryInFull(int year) {
    return formatter.wardInFull(aggregate(year), clock.nowInZone());
  }

  /** The residential groups' part in full, for the unit they report to. */
  public String residentialSummaryInFull(int year) {
    return formatter.residentialInFull(aggregate(year));
  }

  /** The lead unit's aggregation: its assessment is required, difficulties and proposals are not. */
  public void recordAggregation(FormInput in, int year, String by) {
    String assessment = in.text(AnnualReportingProcess.ASSESSMENT, "Đánh giá chung", true, ReportField.TEXT_MAX);
    String difficulties = in.text(AnnualReportingProcess.WARD_DIFFICULTIES, "Khó khăn, vướng mắc", false, ReportField.TEXT_MAX);
    String proposals = in.text(AnnualReportingProcess.WARD_PROPOSALS, "Đề xuất, kiến nghị", false, ReportField.TEXT_MAX);
    in.violations().throwIfAny();
    wardReports.aggregated(year, assessment, difficulties, proposals, by, now());
  }

  /** Leadership approves, or returns with a comment; returns true when approved. */
  public boolean recordDecision(FormInput in, int year, String by) {
    String decision = in.choice(AnnualReportingProcess.DECISION, "Ý kiến của lãnh đạo",
        Set.of(AnnualReportingProcess.DECISION_APPROVED, AnnualReportingProcess.DECISION_RETURNED));
    boolean returned = AnnualReportingProcess.DECISION_RETURNED.equals(decision);
    String comment = in.text(AnnualReportingProcess.DECISION_COMMENT, "Nội dung cần chỉnh sửa, bổ sung", returned, ReportField.TEXT_MAX);
    in.violations().throwIfAny();
    if (returned) {
      wardReports.returned(year, comment, now());
      return false;
    }
    wardReports.approved(year, by, now());
    return true;
  }

  /** The report went to the city: the document number and a date between approval and today. */
  public void recordCitySubmission(FormInput in, int year, String by) {
    String number = in.documentNumber(AnnualReportingProcess.CITY_DOCUMENT_NUMBER, "Số, ký hiệu văn bản", true, "245/BC-UBND");
    LocalDate date = in.date(AnnualReportingProcess.CITY_SUBMITTED_ON, "Ngày gửi", true);
    if (date != null) {
      LocalDate today = clock.today();
      in.violations().check(!date.isAfter(today), "“Ngày gửi” không được sau ngày hôm nay (" + VietnameseDates.date(today) + ").");
      LocalDate approvedOn = wardReports.find(year).map(WardReport::approvedAt)
          .map(t -> t.atZoneSameInstant(clock.zone()).toLocalDate()).orElse(null);
      in.violations().check(approvedOn == null || !date.isBefore(approvedOn),
          "“Ngày gửi” không được trước ngày lãnh đạo duyệt báo cáo (" + VietnameseDates.date(approvedOn) + ").");
    }
    in.violations().throwIfAny();
    wardReports.submitted(year, number, date, by, now());
    // the report as sent under this number is kept from now on
    events.publishEvent(new WardReportSubmitted(year, number, date, by));
  }

  private OffsetDateTime now() {
    return clock.nowOffset();
  }
}
