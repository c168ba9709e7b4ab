package vn.viethoa.movement.documents;

import static vn.viethoa.movement.reporting.SummaryFormatter.number;
import static vn.viethoa.movement.reporting.SummaryFormatter.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendarProperties;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportService;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.UnitStatus;
import vn.viethoa.movement.reporting.WardAggregate;
import vn.viethoa.movement.reporting.WardReport;
import vn.viethoa.movement.reporting.WardReportRepository;

/**
 * The interim (end of phase 1) and final review reports (template review-report.docx): the stored
 * figures of every year of the period side by side, against the plan's targets, with what the
 * ward reported as difficulties and proposals each year. Always computed from the stored reports.
 */
@Component
public class ReviewReportDocument {

  private final AnnualReportService service;
  private final WardReportRepository wardReports;
  private final DocumentRenderer renderer;
  private final PlanReference plan;
  private final PlanCalendarProperties calendar;

  public ReviewReportDocument(AnnualReportService service, WardReportRepository wardReports, DocumentRenderer renderer,
      PlanReference plan, PlanCalendarProperties calendar) {
    this.service = service;
    this.wardReports = wardReports;
    this.renderer = renderer;
    this.plan = plan;
    this.calendar = calendar;
  }

  public int firstYear() {
    return calendar.firstYear();
  }

  public int lastYear(ReviewKind kind) {
    return kind == ReviewKind.INTERIM ? calendar.milestones().phaseOneLastYear() : calendar.lastYear();
  }

  /** The review report; {@code assessment} is the lead unit's text when already written, else null. */
  public byte[] render(ReviewKind kind, String assessment) {
    return renderer.render(DocumentKind.REVIEW_REPORT, values(kind, assessment),
        new DocumentRenderer.Issue(null, null, lastYear(kind), true));
  }

  public String fileName(ReviewKind kind) {
    return "bao-cao-" + kind.fileStem() + "-" + firstYear() + "-" + lastYear(kind) + ".docx";
  }

  DocumentValues values(ReviewKind kind, String assessment) {
    int from = firstYear();
    int to = lastYear(kind);
    String period = from + " - " + to;
    List<WardAggregate> years = new ArrayList<>();
    List<WardReport> wards = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      years.add(service.aggregate(y));
      wardReports.find(y).ifPresent(wards::add);
    }
    DocumentValues v = new DocumentValues();
    v.text("period", period);
    if (kind == ReviewKind.INTERIM) {
      // the phase is named once: "Sơ kết giai đoạn 1 (2026 - 2027) thực hiện Phong trào thi đua “…”"
      v.text("reviewTitle", "Sơ kết giai đoạn 1 (" + period + ") thực hiện " + VietnameseText.withoutPeriod(renderer.ward().movementName()));
      v.text("reviewNoun", "sơ kết giai đoạn 1 (" + period + ")");
    } else {
      v.text("reviewTitle", "Tổng kết " + VietnameseText.count(to - from + 1) + " năm thực hiện "
          + renderer.ward().movementName());
      v.text("reviewNoun", "tổng kết giai đoạn " + period);
    }
    v.text("planCitation", plan.citation(renderer.ward().committee()));
    v.list("yearsReporting", years.stream().map(a -> reportingLine(a, wards)).toList());
    v.table("acrossYears", acrossYears(years));
    v.list("targetVerdicts", targetVerdicts(years));
    v.list("assessment", VietnameseText.paragraphs(assessment,
        "(Phòng Văn hoá - Xã hội bổ sung đánh giá kết quả, bài học kinh nghiệm khi xây dựng báo cáo.)"));
    v.list("difficulties", byYear(wards, WardReport::difficulties, "Không có khó khăn, vướng mắc được báo cáo."));
    v.list("proposals", byYear(wards, WardReport::proposals, "Không có đề xuất, kiến nghị."));
    return v;
  }

  static String reportingLine(WardAggregate a, List<WardReport> wards) {
    String line = "- Năm " + a.year() + ": " + a.reported() + "/" + a.expected() + " đơn vị, tổ dân phố đã báo cáo (muộn: "
        + a.inState(UnitStatus.State.LATE).size() + "); chưa báo cáo: " + AnnualReportDocument.names(a.inState(UnitStatus.State.MISSING));
    WardReport ward = wards.stream().filter(w -> w.year() == a.year()).findFirst().orElse(null);
    if (ward != null && ward.cityDocumentNumber() != null) {
      line += "; báo cáo năm của phường gửi UBND thành phố theo văn bản số " + ward.cityDocumentNumber()
          + (ward.citySubmittedOn() == null ? "" : " ngày " + VietnameseDates.date(ward.citySubmittedOn()));
    } else if (ward != null) {
      line += "; báo cáo năm của phường: " + ward.status().label().toLowerCase(java.util.Locale.forLanguageTag("vi"));
    }
    return line + ".";
  }

  private record Indicator(String label, Function<WardAggregate, String> value, boolean summed, String target) {}

  private static Indicator count(ReportField field) {
    return new Indicator(field.label(), a -> number(a.total(field)), true, "");
  }

  /** A rate; a year without data shows "–" (a table cell is not a sentence to repeat, issue 17). */
  private static Indicator rate(String label, Function<WardAggregate, BigDecimal> rate, String target) {
    return new Indicator(label, a -> rate.apply(a) == null ? NO_DATA : percent(rate.apply(a)), false, target);
  }

  static final String NO_DATA = "–";

  static List<Indicator> indicators(WardAggregate any) {
    var t = any.targets();
    return List.of(
        new Indicator("Đơn vị, tổ dân phố đã báo cáo", a -> a.reported() + "/" + a.expected(), false, ""),
        count(ReportField.TRAININGS_HELD), count(ReportField.TRAINING_PARTICIPANTS), count(ReportField.ARTICLES_PUBLISHED),
        count(ReportField.TREES_PLANTED), count(ReportField.INITIATIVES),
        new Indicator("Đơn vị có ít nhất " + VietnameseText.count(t.initiativesPerUnit()) + " sáng kiến", a -> {
          List<UnitStatus> units = a.units().stream().filter(u -> u.unit().underCommittee()).toList();
          return units.stream().filter(u -> Boolean.TRUE.equals(u.initiativeTargetMet())).count() + "/" + units.size();
        }, false, "Tất cả"),
        rate("Tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (%)", WardAggregate::staffProficiencyRate,
            percent(t.staffProficiencyRate())),
        rate("Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%)", WardAggregate::dossiersOnTimeRate, ""),
        rate("Tỷ lệ hồ sơ nộp trực tuyến (%)", WardAggregate::dossiersOnlineRate, ""),
        rate("Tỷ lệ người dân, tổ chức hài lòng (%)", WardAggregate::satisfactionRate, ""),
        count(ReportField.DIGITAL_SKILLS_CLASSES), count(ReportField.DIGITAL_SKILLS_LEARNERS),
        count(ReportField.BUSINESSES_SUPPORTED), count(ReportField.CLEANUP_CAMPAIGNS),
        count(ReportField.HOUSEHOLDS_TOTAL),
        rate("Tỷ lệ hộ có địa chỉ số (%)", WardAggregate::householdsDigitalAddressRate, percent(t.householdsDigitalAddressRate())),
        rate("Tỷ lệ hộ sử dụng dịch vụ công trực tuyến (%)", WardAggregate::householdsOnlineServicesRate, ""),
        rate("Tỷ lệ hộ thanh toán không dùng tiền mặt (%)", WardAggregate::householdsCashlessRate, ""),
        rate("Tỷ lệ hộ phân loại rác tại nguồn (%)", WardAggregate::householdsWasteSortingRate, ""),
        rate("Tỷ lệ hộ có người tham gia lớp kỹ năng số (%)", WardAggregate::householdsSkillsClassesRate, ""));
  }

  /** One row per indicator, one column per year, the period's total for counts, the plan's target. */
  static DocxTemplate.Table acrossYears(List<WardAggregate> years) {
    List<String> header = new ArrayList<>(List.of("Chỉ số"));
    years.forEach(a -> header.add("Năm " + a.year()));
    header.add("Cả giai đoạn");
    header.add("Chỉ tiêu");
    List<List<String>> rows = new ArrayList<>();
    for (Indicator indicator : indicators(years.get(0))) {
      List<String> values = years.stream().map(a -> indicator.value().apply(a)).toList();
      if (values.stream().allMatch(NO_DATA::equals)) {
        continue; // an indicator nobody reported in any year is left out
      }
      List<String> row = new ArrayList<>(List.of(indicator.label()));
      row.addAll(values);
      row.add(indicator.summed() ? number(years.stream().mapToLong(a -> parse(indicator.value().apply(a))).sum()) : "");
      row.add(indicator.target());
      rows.add(row);
    }
    List<Integer> widths = new ArrayList<>(List.of(years.size() > 3 ? 30 : 40));
    years.forEach(a -> widths.add(10));
    widths.add(11);
    widths.add(10);
    return new DocxTemplate.Table(header, rows, widths);
  }

  private static long parse(String formatted) {
    return Long.parseLong(formatted.replace(".", ""));
  }

  static List<String> targetVerdicts(List<WardAggregate> years) {
    WardAggregate last = years.get(years.size() - 1);
    var t = last.targets();
    List<String> lines = new ArrayList<>();
    lines.add("- Hộ gia đình có địa chỉ số (chỉ tiêu " + percent(t.householdsDigitalAddressRate()) + "): "
        + series(years, WardAggregate::householdsDigitalAddressRate) + " — năm " + last.year() + " "
        + AnnualReportDocument.verdict(last.householdsDigitalAddressRate(), t.householdsDigitalAddressRate()).toLowerCase() + ".");
    lines.add("- Cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (chỉ tiêu " + percent(t.staffProficiencyRate()) + "): "
        + series(years, WardAggregate::staffProficiencyRate) + " — năm " + last.year() + " "
        + AnnualReportDocument.verdict(last.staffProficiencyRate(), t.staffProficiencyRate()).toLowerCase() + ".");
    lines.add("- Mỗi đơn vị có ít nhất " + VietnameseText.count(t.initiativesPerUnit()) + " sáng kiến: " + years.stream()
        .map(a -> {
          List<UnitStatus> units = a.units().stream().filter(u -> u.unit().underCommittee()).toList();
          return "năm " + a.year() + " " + units.stream().filter(u -> Boolean.TRUE.equals(u.initiativeTargetMet())).count()
              + "/" + units.size() + " đơn vị";
        }).collect(Collectors.joining("; ")) + ".");
    return lines;
  }

  /** "năm 2026 95%; năm 2027 98%": years without data are left out, not spelled "chưa có số liệu". */
  private static String series(List<WardAggregate> years, Function<WardAggregate, BigDecimal> rate) {
    String known = years.stream().filter(a -> rate.apply(a) != null).map(a -> "năm " + a.year() + " " + percent(rate.apply(a)))
        .collect(Collectors.joining("; "));
    return known.isEmpty() ? "các năm chưa có đơn vị nào báo cáo" : known;
  }

  static List<String> byYear(List<WardReport> wards, Function<WardReport, String> text, String whenEmpty) {
    List<String> lines = wards.stream().filter(w -> text.apply(w) != null && !text.apply(w).isBlank())
        .map(w -> "- Năm " + w.year() + ": " + text.apply(w).strip().replaceAll("\\s*\\R\\s*", " ")).toList();
    return lines.isEmpty() ? List.of(whenEmpty) : lines;
  }
}
