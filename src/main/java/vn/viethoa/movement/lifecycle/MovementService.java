package vn.viethoa.movement.lifecycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.PlanCalendarProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportService;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.WardAggregate;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Violations;

/**
 * The plan's timeline as the movement model asks for it (bean "movementService" in expressions):
 * which years each phase still has, whether a review is still ahead, when periodic duties fall due,
 * who carries a duty. Every date comes from the plan calendar, so another ward or period only
 * changes configuration.
 */
@Service("movementService")
public class MovementService {

  /** Document numbers like 45/KH-UBND, 245/BC-UBND. */
  static final String DOCUMENT_NUMBER = "[0-9]+/[\\p{L}0-9./-]+";

  private final PlanCalendarProperties calendar;
  private final PlanClock clock;
  private final Organisation organisation;
  private final AnnualReportService reports;

  public MovementService(PlanCalendarProperties calendar, PlanClock clock, Organisation organisation,
      AnnualReportService reports) {
    this.calendar = calendar;
    this.clock = clock;
    this.organisation = organisation;
    this.reports = reports;
  }

  public int firstYear() {
    return calendar.firstYear();
  }

  public int lastYear() {
    return calendar.lastYear();
  }

  public int phaseOneLastYear() {
    return calendar.milestones().phaseOneLastYear();
  }

  /**
   * The first year of phase 1 the movement still has to run, decided once when it starts (a
   * movement recorded mid-plan skips past years). Stored, because a sequential multi-instance
   * re-reads its collection at every year and must get the same list each time.
   */
  public int phaseOneFrom() {
    return Math.max(calendar.firstYear(), clock.today().getYear());
  }

  public int phaseTwoFrom() {
    return Math.max(phaseOneLastYear() + 1, clock.today().getYear());
  }

  public List<Integer> phaseOneYears(int from) {
    return IntStream.rangeClosed(from, phaseOneLastYear()).boxed().toList();
  }

  public List<Integer> phaseTwoYears(int from) {
    return IntStream.rangeClosed(from, calendar.lastYear()).boxed().toList();
  }

  public ZonedDateTime interimReviewOpens() {
    return calendar.milestones().interimReviewOpens().atTime(LocalTime.of(8, 0)).atZone(clock.zone());
  }

  public ZonedDateTime finalReviewOpens() {
    return calendar.milestones().finalReviewOpens().atTime(LocalTime.of(8, 0)).atZone(clock.zone());
  }

  /**
   * Whether the movement still holds a review, decided once when it starts: only a movement recorded
   * after the review's due date leaves it out (the ward held it before the software). Never
   * re-evaluated later, so no pace of the yearly steps can skip a review.
   */
  public boolean interimReviewAhead() {
    return !clock.today().isAfter(calendar.milestones().interimReviewDue());
  }

  public boolean finalReviewAhead() {
    return !clock.today().isAfter(calendar.milestones().finalReviewDue());
  }

  public ZonedDateTime launchDue() {
    return clock.deadlineOn(calendar.milestones().launchDue());
  }

  public ZonedDateTime interimReviewDue() {
    return clock.deadlineOn(calendar.milestones().interimReviewDue());
  }

  public ZonedDateTime finalReviewDue() {
    return clock.deadlineOn(calendar.milestones().finalReviewDue());
  }

  /** Candidate groups of a duty, comma-separated as the model's candidateGroups want them. */
  public String dutyGroups(String duty) {
    return String.join(",", organisation.dutyGroups(duty));
  }

  public List<String> residentialGroupIds() {
    return organisation.ofKind(UnitKind.RESIDENTIAL_GROUP).stream().map(Unit::id).toList();
  }

  /** The unit residential groups report to (section V.7). */
  public String residentialReceiverGroup() {
    return organisation.all().stream().filter(Unit::receivesResidentialReports).map(Unit::id).findFirst()
        .orElseThrow(() -> new IllegalStateException("No unit receives residential reports"));
  }

  Period periodOf(String duty) {
    var p = calendar.periodic();
    return switch (duty) {
      case "residential" -> p.residentialReports();
      case "satisfaction-survey" -> p.satisfactionSurveys();
      case "supervision" -> p.supervisionReports();
      default -> throw new IllegalArgumentException("Unknown periodic duty " + duty);
    };
  }

  /** Boundaries of a duty's periods: 1 January of the first year, then every period, until the plan ends. */
  List<LocalDate> boundaries(String duty) {
    Period period = periodOf(duty);
    LocalDate end = LocalDate.of(calendar.lastYear(), 12, 31);
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate d = LocalDate.of(calendar.firstYear(), 1, 1); !d.isAfter(end); d = d.plus(period)) {
      all.add(d);
    }
    return all;
  }

  /**
   * The timer cycle of a periodic duty: from the next period boundary after now, every period, as
   * many times as the plan has left ("R4/2027-01-01T08:00:00+07:00/P3M"). Past occurrences never fire.
   */
  public String cycle(String duty) {
    LocalDate today = clock.today();
    List<LocalDate> ahead = boundaries(duty).stream().filter(d -> d.isAfter(today)).toList();
    LocalDate first = ahead.isEmpty() ? LocalDate.of(calendar.lastYear() + 1, 1, 1) : ahead.get(0);
    ZonedDateTime start = first.atTime(LocalTime.of(8, 0)).atZone(clock.zone());
    return "R" + Math.max(1, ahead.size()) + "/" + start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/" + periodOf(duty);
  }

  /** The period an occurrence reports on: the one that ended at the latest boundary. */
  public Occurrence occurrence(String duty) {
    LocalDate today = clock.today();
    LocalDate boundary = boundaries(duty).stream().filter(d -> !d.isAfter(today)).reduce((a, b) -> b)
        .orElse(LocalDate.of(calendar.firstYear(), 1, 1));
    LocalDate from = boundary.minus(periodOf(duty));
    String label = "kỳ từ " + VietnameseDates.date(from) + " đến " + VietnameseDates.date(boundary.minusDays(1));
    return new Occurrence(duty + ":" + boundary, label, from.getYear(), clock.deadlineInDays(calendar.periodic().daysToComplete()));
  }

  /** {@code year}: the year the period starts in, the year its record counts for. */
  public record Occurrence(String key, String label, int year, ZonedDateTime due) {}

  /** A movement recorded mid-plan: the plan's number and dates; launch already done when given. */
  public boolean readStart(FormInput in, boolean alreadyRunning) {
    String number = in.text("planNumber", "Số kế hoạch", false, 50);
    LocalDate issued = date(in, "planIssuedOn", "Ngày ban hành kế hoạch");
    LocalDate launched = date(in, "launchedOn", "Ngày phát động phong trào");
    Violations v = in.violations();
    v.check(!alreadyRunning, "Phong trào đã được khởi tạo; không khởi tạo lần thứ hai.");
    if (launched != null) {
      v.check(number != null, "Đã phát động thì phải ghi “Số kế hoạch”.");
      v.check(issued != null, "Đã phát động thì phải ghi “Ngày ban hành kế hoạch”.");
      v.check(issued == null || !issued.isAfter(launched), "“Ngày ban hành kế hoạch” không được sau “Ngày phát động phong trào”.");
    }
    v.check(number == null || number.matches(DOCUMENT_NUMBER), "“Số kế hoạch” phải có dạng số/ký hiệu, ví dụ 45/KH-UBND.");
    v.throwIfAny();
    return launched != null;
  }

  /** Checks the submission of a step of the movement, by element id. */
  public void readStep(String elementId, FormInput in) {
    switch (elementId) {
      case MovementProcess.Elements.TASK_DRAFT_PLAN -> in.text("draftSummary", "Nội dung chính của dự thảo", true, ReportField.TEXT_MAX);
      case MovementProcess.Elements.TASK_APPROVE_AND_LAUNCH -> {
        String number = in.text("planNumber", "Số kế hoạch", true, 50);
        in.violations().check(number == null || number.matches(DOCUMENT_NUMBER), "“Số kế hoạch” phải có dạng số/ký hiệu, ví dụ 45/KH-UBND.");
        required(date(in, "planIssuedOn", "Ngày ban hành kế hoạch"), in, "Ngày ban hành kế hoạch");
        required(date(in, "launchedOn", "Ngày phát động phong trào"), in, "Ngày phát động phong trào");
      }
      case MovementProcess.Elements.TASK_PUBLICIZE, MovementProcess.Elements.TASK_MOBILISE_BUSINESSES,
          MovementProcess.Elements.TASK_WRITE_NEWS, MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS -> {
        in.text("disseminationResult", "Kết quả triển khai", true, ReportField.TEXT_MAX);
        in.count("sessionsHeld", "Số buổi, số tin bài", false);
        in.count("peopleReached", "Số lượt người, hộ được tuyên truyền", false);
      }
      case MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT -> {
        in.text("periodResult", "Kết quả thực hiện trong kỳ", true, ReportField.TEXT_MAX);
        in.text("periodDifficulties", "Khó khăn, vướng mắc", false, ReportField.TEXT_MAX);
      }
      case MovementProcess.Elements.TASK_COMPILE_PERIODIC_REPORTS ->
          in.text("periodSummary", "Tổng hợp kết quả của các tổ dân phố", true, ReportField.TEXT_MAX);
      case MovementProcess.Elements.TASK_SATISFACTION_SURVEY -> {
        in.wholeNumber("respondents", "Số phiếu khảo sát", true, 1, Long.MAX_VALUE);
        in.percent("satisfiedRate", "Tỷ lệ hài lòng (%)", true);
        in.text("surveyNotes", "Nhận xét, kiến nghị của người dân", false, ReportField.TEXT_MAX);
      }
      case MovementProcess.Elements.TASK_SUPERVISION_REPORT -> {
        in.text("supervisionFindings", "Kết quả giám sát", true, ReportField.TEXT_MAX);
        in.text("supervisionDifficulties", "Khó khăn, vướng mắc phát hiện", false, ReportField.TEXT_MAX);
        in.bool("adjustmentNeeded", "Đề nghị UBND phường điều chỉnh, bổ sung kế hoạch", false);
      }
      case MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW, MovementProcess.Elements.TASK_PREPARE_FINAL_REVIEW ->
          in.text("reviewAssessment", "Đánh giá kết quả, bài học kinh nghiệm", true, ReportField.TEXT_MAX);
      case MovementProcess.Elements.TASK_HOLD_INTERIM_CONFERENCE, MovementProcess.Elements.TASK_HOLD_FINAL_CONFERENCE -> {
        required(date(in, "conferenceDate", "Ngày tổ chức hội nghị"), in, "Ngày tổ chức hội nghị");
        in.wholeNumber("participants", "Số đại biểu tham dự", true, 1, 100000);
      }
      case MovementProcess.Elements.TASK_SEND_INTERIM_RESULT, MovementProcess.Elements.TASK_SEND_FINAL_RESULT -> {
        String number = in.text("cityDocumentNumber", "Số, ký hiệu văn bản", true, 50);
        in.violations().check(number == null || number.matches(DOCUMENT_NUMBER), "“Số, ký hiệu văn bản” phải có dạng số/ký hiệu, ví dụ 12/BC-UBND.");
        required(date(in, "citySubmittedOn", "Ngày gửi"), in, "Ngày gửi");
      }
      default -> throw new IllegalStateException("No rules for element " + elementId);
    }
    in.violations().throwIfAny();
  }

  /** A date of the past or today (form-js sends "yyyy-MM-dd"); null when absent. */
  LocalDate date(FormInput in, String key, String label) {
    String text = in.text(key, label, false, 30);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      in.violations().check(!date.isAfter(clock.today()), "“" + label + "” không được sau ngày hôm nay (" + VietnameseDates.date(clock.today()) + ").");
      return date;
    } catch (DateTimeParseException e) {
      in.violations().add("“" + label + "” không phải là một ngày (định dạng năm-tháng-ngày).");
      return null;
    }
  }

  private static void required(Object value, FormInput in, String label) {
    if (value == null) {
      in.violations().add("“" + label + "” là bắt buộc.");
    }
  }

  /** The stored figures across the years of a review, as markdown, for the review report. */
  public String reviewSummary(int fromYear, int toYear) {
    StringBuilder md = new StringBuilder("#### Kết quả qua các năm " + fromYear + " - " + toYear + " (so với chỉ tiêu)\n\n");
    for (int year = fromYear; year <= toYear; year++) {
      WardAggregate a = reports.aggregate(year);
      md.append("- **Năm ").append(year).append("**: đã báo cáo ").append(a.reported()).append("/").append(a.expected())
          .append("; hộ có địa chỉ số ").append(percent(a.householdsDigitalAddressRate()))
          .append(" (chỉ tiêu ").append(percent(a.targets().householdsDigitalAddressRate())).append(")")
          .append("; cán bộ thành thạo nền tảng số ").append(percent(a.staffProficiencyRate()))
          .append(" (chỉ tiêu ").append(percent(a.targets().staffProficiencyRate())).append(")")
          .append("; ").append(a.total(ReportField.INITIATIVES)).append(" sáng kiến")
          .append("; ").append(a.total(ReportField.DIGITAL_SKILLS_CLASSES)).append(" lớp \"Bình dân học vụ số\"\n");
    }
    return md.toString();
  }

  private static String percent(java.math.BigDecimal rate) {
    return rate == null ? "chưa có số liệu" : rate.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }
}
