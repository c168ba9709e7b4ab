package vn.viethoa.movement.documents;

import static vn.viethoa.movement.reporting.SummaryFormatter.number;
import static vn.viethoa.movement.reporting.SummaryFormatter.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendarProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.commendation.CommendationForm;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.commendation.ProposalRepository;
import vn.viethoa.movement.commendation.ProposalState;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportService;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.StoredReport;
import vn.viethoa.movement.reporting.UnitStatus;
import vn.viethoa.movement.reporting.WardAggregate;
import vn.viethoa.movement.reporting.WardReport;
import vn.viethoa.movement.reporting.WardReportRepository;

/**
 * The ward's annual report on the movement for a year (template annual-report.docx), always from
 * the figures stored now: the latest version of each unit's report, the lead unit's assessment,
 * and — once sent — the number and date it went to the city under.
 */
@Component
public class AnnualReportDocument {

  private final AnnualReportService service;
  private final ReportRepository reports;
  private final WardReportRepository wardReports;
  private final DocumentRenderer renderer;
  private final PlanReference plan;
  private final PlanClock clock;
  private final ProposalRepository commendations;
  private final PlanCalendarProperties calendar;

  public AnnualReportDocument(AnnualReportService service, ReportRepository reports, WardReportRepository wardReports,
      DocumentRenderer renderer, PlanReference plan, PlanClock clock, ProposalRepository commendations,
      PlanCalendarProperties calendar) {
    this.service = service;
    this.reports = reports;
    this.wardReports = wardReports;
    this.renderer = renderer;
    this.plan = plan;
    this.clock = clock;
    this.commendations = commendations;
    this.calendar = calendar;
  }

  /** The year of the interim review (end of phase one) or of the final review (the plan's last year). */
  int reviewYear(boolean interim) {
    return interim ? calendar.milestones().phaseOneLastYear() : calendar.lastYear();
  }

  /** The report as sent to the city: no submission times, resubmissions or lists of late units. */
  public byte[] render(int year) {
    return renderer.render(DocumentKind.ANNUAL_REPORT, values(year), issue(year));
  }

  /** The ward's own version: the same report with the units' reporting compliance and its appendix. */
  public byte[] renderInternal(int year) {
    return renderer.render(DocumentKind.ANNUAL_REPORT_INTERNAL, values(year), issue(year));
  }

  public String fileName(int year) {
    return DocumentKind.ANNUAL_REPORT.fileStem() + "-" + year + ".docx";
  }

  public String internalFileName(int year) {
    return DocumentKind.ANNUAL_REPORT_INTERNAL.fileStem() + "-" + year + ".docx";
  }

  DocumentRenderer.Issue issue(int year) {
    WardReport ward = wardReports.find(year).orElse(null);
    return new DocumentRenderer.Issue(ward == null ? null : ward.cityDocumentNumber(),
        ward == null ? null : ward.citySubmittedOn(), Math.max(year, clock.today().getYear()), true);
  }

  /** Everything the template asks for; visible to tests. */
  DocumentValues values(int year) {
    WardAggregate a = service.aggregate(year);
    List<StoredReport> latest = reports.latest(year);
    WardReport ward = wardReports.find(year).orElse(null);
    DocumentValues v = new DocumentValues();
    v.text("year", year);
    v.text("nextYear", year + 1);
    v.text("movementShort", VietnameseText.withoutPeriod(renderer.ward().movementName()));
    v.text("planCitation", plan.citation(renderer.ward().committee()));
    v.text("asOf", VietnameseDates.DATE_TIME.format(clock.nowInZone()));
    v.text("asOfDate", VietnameseDates.date(clock.today()));
    v.text("reported", a.reported());
    v.text("expected", a.expected());
    v.text("onTime", a.inState(UnitStatus.State.ON_TIME).size());
    v.text("lateCount", a.inState(UnitStatus.State.LATE).size());
    v.text("missingCount", a.inState(UnitStatus.State.MISSING).size());
    v.text("lateUnits", names(a.inState(UnitStatus.State.LATE)));
    v.text("missingUnits", names(a.inState(UnitStatus.State.MISSING)));
    v.list("areaResults", areaResults(a));
    v.rows("figures", figureRows(a, latest));
    v.rows("targets", targetRows(a));
    v.list("belowTarget", belowTarget(a));
    v.list("assessment", VietnameseText.paragraphs(ward == null ? null : ward.assessment(),
        "(Phòng Văn hoá - Xã hội bổ sung đánh giá chung khi tổng hợp báo cáo.)"));
    v.list("difficulties", narrative(ward == null ? null : ward.difficulties(), latest, ReportField.DIFFICULTIES,
        "Không có khó khăn, vướng mắc được báo cáo."));
    v.list("proposals", narrative(ward == null ? null : ward.proposals(), latest, ReportField.PROPOSALS,
        "Không có đề xuất, kiến nghị."));
    v.rows("units", unitRows(a));
    v.list("commendations", commendationLines(year));
    v.list("directions", directions(a, year));
    return v;
  }

  /** Section II: what the register holds for the year's rounds (Giấy khen decided, proposals to the city). */
  List<String> commendationLines(int year) {
    List<Proposal> all = commendations.query(year, null);
    List<String> lines = new ArrayList<>();
    Map<String, List<Proposal>> wardByDecision = all.stream()
        .filter(p -> p.state() == ProposalState.COMMENDED && p.form().level() == CommendationForm.Level.WARD)
        .collect(Collectors.groupingBy(p -> p.decisionNumber() == null ? "" : p.decisionNumber(), LinkedHashMap::new,
            Collectors.toList()));
    wardByDecision.forEach((number, list) -> lines.add("- Chủ tịch UBND phường tặng Giấy khen cho "
        + CommendationDocuments.counts(list.stream().map(IssuedDocuments::entry).toList())
        + (number.isEmpty() ? "" : " (Quyết định số " + number + (list.get(0).decisionDate() == null ? ""
            : " ngày " + VietnameseDates.date(list.get(0).decisionDate())) + ")") + "."));
    List<Proposal> toCity = all.stream().filter(p -> p.form().level() == CommendationForm.Level.CITY
        && (p.state() == ProposalState.APPROVED || p.state() == ProposalState.COMMENDED || p.state() == ProposalState.REFUSED)
        && p.dossierNumber() != null).toList();
    if (!toCity.isEmpty()) {
      long commended = toCity.stream().filter(p -> p.state() == ProposalState.COMMENDED).count();
      lines.add("- Đề nghị UBND thành phố khen thưởng " + CommendationDocuments.counts(toCity.stream()
          .map(IssuedDocuments::entry).toList()) + " (Tờ trình số " + toCity.get(0).dossierNumber() + "); đã được khen thưởng: "
          + commended + ".");
    }
    return lines.isEmpty() ? List.of("Trong năm " + year + ", chưa có quyết định khen thưởng trong Phong trào.") : lines;
  }

  /**
   * Section V: directions for next year, drafted from the plan for the lead unit to complete: keep up
   * the five content areas, work on the targets not met this year, prepare next year's review.
   */
  List<String> directions(WardAggregate a, int year) {
    List<String> lines = new ArrayList<>();
    lines.add("- Tiếp tục triển khai 05 nội dung thi đua của Kế hoạch; đẩy mạnh tuyên truyền, nhân rộng các mô hình, "
        + "cách làm hay.");
    List<String> unmet = new ArrayList<>();
    for (DocxTemplate.Row row : targetRows(a)) {
      if ("Chưa đạt".equals(row.values().get("verdict"))) {
        unmet.add(row.values().get("label").replaceFirst("\\s*\\(mục [^)]*\\)$", "").toLowerCase(java.util.Locale.forLanguageTag("vi"))
            + " (năm " + year + ": " + row.values().get("result") + ")");
      }
    }
    if (!unmet.isEmpty()) {
      lines.add("- Tập trung thực hiện các chỉ tiêu chưa đạt: " + String.join("; ", unmet) + ".");
    }
    int next = year + 1;
    if (next == reviewYear(true)) {
      lines.add("- Tổ chức sơ kết giai đoạn 1 của Phong trào vào cuối năm " + next + ".");
    } else if (next == reviewYear(false)) {
      lines.add("- Tổ chức tổng kết Phong trào giai đoạn vào năm " + next + ".");
    }
    lines.add("- Thực hiện khen thưởng kịp thời các tập thể, cá nhân, tổ dân phố, hộ gia đình tiêu biểu, xuất sắc.");
    return lines;
  }

  static String names(List<UnitStatus> units) {
    return units.isEmpty() ? "không có" : units.stream().map(u -> u.unit().name()).collect(Collectors.joining(", "));
  }

  /** One sentence per content area; a rate without data is left out rather than "chưa có số liệu". */
  static List<String> areaResults(WardAggregate a) {
    return List.of(
        "a) " + ContentAreas.title(1) + ": tổ chức " + number(a.total(ReportField.TRAININGS_HELD))
            + " buổi tập huấn, hội thảo, toạ đàm với " + number(a.total(ReportField.TRAINING_PARTICIPANTS))
            + " lượt người tham dự; " + number(a.total(ReportField.ARTICLES_PUBLISHED)) + " tin, bài tuyên truyền; "
            + number(a.total(ReportField.DISSEMINATION_SESSIONS)) + " buổi phổ biến tại các tổ dân phố.",
        "b) " + ContentAreas.title(2) + ": " + joined(
            rated("tỷ lệ hộ sử dụng dịch vụ công trực tuyến ", a.householdsOnlineServicesRate()),
            rated("thanh toán không dùng tiền mặt ", a.householdsCashlessRate()),
            "trồng mới " + number(a.total(ReportField.TREES_PLANTED)) + " cây xanh") + ".",
        "c) " + ContentAreas.title(3) + ": " + joined(
            number(a.total(ReportField.INITIATIVES)) + " sáng kiến, giải pháp được áp dụng",
            rated("tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số ", a.staffProficiencyRate()),
            rated("hồ sơ giải quyết đúng hạn và trước hạn ", a.dossiersOnTimeRate()),
            rated("hồ sơ nộp trực tuyến ", a.dossiersOnlineRate()),
            rated("mức độ hài lòng ", a.satisfactionRate())) + ".",
        "d) " + ContentAreas.title(4) + ": " + joined(
            number(a.total(ReportField.DIGITAL_SKILLS_CLASSES)) + " lớp \"Bình dân học vụ số\", hướng dẫn kỹ năng số cho "
                + number(a.total(ReportField.DIGITAL_SKILLS_LEARNERS)) + " lượt người dân",
            rated("tỷ lệ hộ có địa chỉ số ", a.householdsDigitalAddressRate()),
            rated("hộ có người học kỹ năng số ", a.householdsSkillsClassesRate()),
            number(a.total(ReportField.BUSINESSES_SUPPORTED)) + " hộ kinh doanh, doanh nghiệp được hỗ trợ chuyển đổi số, "
                + "thương mại điện tử") + ".",
        "đ) " + ContentAreas.title(5) + ": " + joined(
            rated("tỷ lệ hộ phân loại rác tại nguồn ", a.householdsWasteSortingRate()),
            number(a.total(ReportField.CLEANUP_CAMPAIGNS)) + " đợt ra quân vệ sinh môi trường") + ".");
  }

  private static String rated(String label, BigDecimal rate) {
    return rate == null ? null : label + percent(rate);
  }

  private static String joined(String... parts) {
    return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
  }

  /** The value of a figure for the ward: a sum, an average of the units' rates, or a count of units. */
  static String wardValue(ReportField field, WardAggregate a, List<StoredReport> units) {
    return switch (field.kind()) {
      case COUNT -> number(a.total(field));
      case PERCENT -> percent(switch (field) {
        case DOSSIERS_ON_TIME_RATE -> a.dossiersOnTimeRate();
        case DOSSIERS_ONLINE_RATE -> a.dossiersOnlineRate();
        case SATISFACTION_RATE -> a.satisfactionRate();
        default -> null;
      });
      case BOOLEAN -> units.stream().filter(r -> Boolean.TRUE.equals(r.values().get(field))).count() + "/"
          + units.size() + " đơn vị";
      case TEXT -> "";
    };
  }

  /** Rates of the ward that belong to a content area, after its own figures. */
  static Map<Integer, List<Map.Entry<String, BigDecimal>>> areaRates(WardAggregate a) {
    Map<Integer, List<Map.Entry<String, BigDecimal>>> rates = new LinkedHashMap<>();
    rates.put(2, List.of(Map.entry("Tỷ lệ hộ sử dụng dịch vụ công trực tuyến", rate(a.householdsOnlineServicesRate())),
        Map.entry("Tỷ lệ hộ thanh toán không dùng tiền mặt", rate(a.householdsCashlessRate()))));
    rates.put(3, List.of(Map.entry("Tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số", rate(a.staffProficiencyRate()))));
    rates.put(4, List.of(Map.entry("Tỷ lệ hộ có địa chỉ số", rate(a.householdsDigitalAddressRate())),
        Map.entry("Tỷ lệ hộ có người tham gia lớp kỹ năng số", rate(a.householdsSkillsClassesRate()))));
    rates.put(5, List.of(Map.entry("Tỷ lệ hộ phân loại rác tại nguồn", rate(a.householdsWasteSortingRate()))));
    return rates;
  }

  private static BigDecimal rate(BigDecimal r) {
    return r == null ? BigDecimal.valueOf(-1) : r;
  }

  static List<DocxTemplate.Row> figureRows(WardAggregate a, List<StoredReport> latest) {
    // the units under the Committee: an older report of the Front on the Committee's form does not count
    java.util.Set<String> front = a.front().stream().map(u -> u.unit().id()).collect(java.util.stream.Collectors.toSet());
    List<StoredReport> units = latest.stream().filter(r -> r.unitKind() == UnitKind.UNIT && !front.contains(r.unitId())).toList();
    Map<Integer, List<Map.Entry<String, BigDecimal>>> rates = areaRates(a);
    List<DocxTemplate.Row> rows = new ArrayList<>();
    for (int area : List.of(1, 2, 3, 4, 5, 0)) {
      String areaNo = area == 0 ? "6" : String.valueOf(area);
      rows.add(DocxTemplate.Row.heading(Map.of("no", areaNo, "label", ContentAreas.title(area), "value", "")));
      int n = 0;
      for (ReportField field : ReportField.values()) {
        if (field.contentArea() == area && field.kind() != ReportField.Kind.TEXT) {
          String value = wardValue(field, a, units);
          if (field.kind() == ReportField.Kind.PERCENT && value.equals(percent(null))) {
            continue; // a rate nobody reported: left out rather than "chưa có số liệu"
          }
          rows.add(DocxTemplate.Row.of(Map.of("no", areaNo + "." + ++n, "label", field.label(), "value", value)));
        }
      }
      for (Map.Entry<String, BigDecimal> r : rates.getOrDefault(area, List.of())) {
        if (r.getValue().signum() < 0) {
          continue; // no data: the row is left out rather than saying "chưa có số liệu"
        }
        rows.add(DocxTemplate.Row.of(Map.of("no", areaNo + "." + ++n, "label", r.getKey() + " (%)",
            "value", percent(r.getValue().signum() < 0 ? null : r.getValue()))));
      }
    }
    return rows;
  }

  static List<DocxTemplate.Row> targetRows(WardAggregate a) {
    List<UnitStatus> units = a.units().stream().filter(u -> u.unit().underCommittee()).toList();
    long withInitiative = units.stream().filter(u -> Boolean.TRUE.equals(u.initiativeTargetMet())).count();
    return List.of(
        DocxTemplate.Row.of(Map.of("no", "1", "label", "Hộ gia đình có địa chỉ số (mục II.4)",
            "target", percent(a.targets().householdsDigitalAddressRate()), "result", percent(a.householdsDigitalAddressRate()),
            "verdict", verdict(a.householdsDigitalAddressRate(), a.targets().householdsDigitalAddressRate()))),
        DocxTemplate.Row.of(Map.of("no", "2", "label", "Cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (mục III.1.1)",
            "target", percent(a.targets().staffProficiencyRate()), "result", percent(a.staffProficiencyRate()),
            "verdict", verdict(a.staffProficiencyRate(), a.targets().staffProficiencyRate()))),
        DocxTemplate.Row.of(Map.of("no", "3", "label", "Đơn vị có ít nhất " + VietnameseText.count(a.targets().initiativesPerUnit())
                + " sáng kiến, giải pháp (mục III.1.1)",
            "target", units.size() + "/" + units.size() + " đơn vị", "result", withInitiative + "/" + units.size() + " đơn vị",
            "verdict", units.isEmpty() ? "Chưa có số liệu" : withInitiative == units.size() ? "Đạt" : "Chưa đạt")));
  }

  static String verdict(BigDecimal rate, BigDecimal target) {
    if (rate == null) {
      return "Chưa có số liệu";
    }
    return rate.compareTo(target) >= 0 ? "Đạt" : "Chưa đạt";
  }

  static List<String> belowTarget(WardAggregate a) {
    List<String> lines = a.units().stream().filter(u -> u.state() != UnitStatus.State.MISSING)
        .filter(u -> Boolean.FALSE.equals(u.staffTargetMet()) || Boolean.FALSE.equals(u.initiativeTargetMet())
            || Boolean.FALSE.equals(u.digitalAddressTargetMet()))
        .map(u -> u.unit().name() + ": " + reasons(u)).toList();
    return lines.isEmpty() ? List.of("- Chưa đạt chỉ tiêu: không có.") : VietnameseText.dashed(lines.stream()
        .map(l -> "Chưa đạt chỉ tiêu — " + l).toList());
  }

  static String reasons(UnitStatus u) {
    List<String> r = new ArrayList<>();
    if (Boolean.FALSE.equals(u.staffTargetMet())) {
      r.add("chưa 100% cán bộ sử dụng thành thạo nền tảng số");
    }
    if (Boolean.FALSE.equals(u.initiativeTargetMet())) {
      r.add("chưa có sáng kiến");
    }
    if (Boolean.FALSE.equals(u.digitalAddressTargetMet())) {
      r.add("chưa 100% hộ có địa chỉ số");
    }
    return String.join("; ", r);
  }

  /** The lead unit's text; without it, what the units wrote, one paragraph each. */
  static List<String> narrative(String wardText, List<StoredReport> latest, ReportField field, String whenEmpty) {
    if (wardText != null && !wardText.isBlank()) {
      return VietnameseText.paragraphs(wardText, whenEmpty);
    }
    List<String> fromUnits = latest.stream().filter(r -> r.values().get(field) != null)
        .map(r -> "- " + r.unitName() + ": " + r.values().get(field).toString().strip().replaceAll("\\s*\\R\\s*", " ")).toList();
    return fromUnits.isEmpty() ? List.of(whenEmpty) : fromUnits;
  }

  List<DocxTemplate.Row> unitRows(WardAggregate a) {
    List<DocxTemplate.Row> rows = new ArrayList<>();
    int n = 0;
    // the reports owed by 30/11: the Front's cooperation is not a duty under the Committee
    for (UnitStatus u : a.reporting()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("no", String.valueOf(++n));
      row.put("name", u.unit().name());
      row.put("state", u.state().label());
      row.put("submittedAt", u.submittedAt() == null ? "" : VietnameseDates.DATE_TIME.format(
          u.submittedAt().atZoneSameInstant(clock.zone())));
      row.put("version", u.version() == 0 ? "" : String.valueOf(u.version()));
      rows.add(DocxTemplate.Row.of(row));
    }
    return rows;
  }
}
