package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.reporting.SummaryFormatter.percent;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.reporting.ReportAggregator;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.StoredReport;

/**
 * Checks a proposal against the criteria of section III.1 with the decision table of its candidate
 * type ({@code bpmn/eligibility-<type>.dmn}), for the form sought. The thresholds are rows of the tables; this class only
 * gathers the inputs — from the candidate's stored annual report where the report has them (a unit,
 * a residential group), from the proposal otherwise (an individual, a household) — and reads the
 * answer. Evaluated through the engine's DecisionService so that every evaluation is kept in the
 * decision history (Cockpit) with its inputs.
 */
@Service
public class EligibilityService {

  private final DecisionService decisions;
  private final ReportRepository reports;

  public EligibilityService(DecisionService decisions, ReportRepository reports) {
    this.decisions = decisions;
    this.reports = reports;
  }

  /** The decision of a candidate type, e.g. "eligibility-residential-group". */
  public static String decisionKey(CandidateType type) {
    return "eligibility-" + type.name().replace('_', '-');
  }

  public static List<String> decisionKeys() {
    return java.util.Arrays.stream(CandidateType.values()).map(EligibilityService::decisionKey).toList();
  }

  /**
   * Every unmet criterion of the candidate's table for the form sought (the tables collect: each
   * row that matches is a reason), or the table's "met" answer when no such row matches.
   */
  public Eligibility evaluate(Proposal proposal) {
    Inputs inputs = inputs(proposal, reportOf(proposal));
    String key = decisionKey(proposal.candidateType());
    List<Map<String, Object>> rows = decisions.evaluateDecisionTableByKey(key).variables(inputs.variables()).evaluate()
        .getResultList();
    List<String> unmet = rows.stream().filter(r -> Boolean.FALSE.equals(r.get("eligible"))).map(r -> (String) r.get("reason"))
        .toList();
    if (!unmet.isEmpty()) {
      return new Eligibility(false, String.join(" ", unmet), inputs.figures());
    }
    String met = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("eligible"))).map(r -> (String) r.get("reason"))
        .findFirst().orElseThrow(() -> new IllegalStateException("Decision " + key + " gave no answer"));
    return new Eligibility(true, met, inputs.figures());
  }

  /** The latest version of the candidate's annual report for the round's year, if it is a reporting group. */
  Optional<StoredReport> reportOf(Proposal proposal) {
    if (proposal.candidateUnitId() == null || !usesReport(proposal.candidateType())) {
      return Optional.empty();
    }
    return reports.latest(proposal.year(), List.of(proposal.candidateUnitId())).stream().findFirst();
  }

  static boolean usesReport(CandidateType type) {
    return type == CandidateType.collective || type == CandidateType.residential_group;
  }

  /** The table's input variables and the same figures in words. Missing facts count as "no" / 0. */
  record Inputs(Map<String, Object> variables, String figures) {}

  static Inputs inputs(Proposal proposal, Optional<StoredReport> report) {
    Inputs own = candidateInputs(proposal, report);
    // every table also reads the form sought, the "tiêu biểu, xuất sắc" declaration and the round
    Map<String, Object> v = new LinkedHashMap<>(own.variables());
    boolean exemplary = Boolean.TRUE.equals(proposal.facts().exemplary());
    v.put("form", proposal.form().name());
    v.put("exemplary", exemplary);
    v.put("roundKind", proposal.roundKind().name());
    String figures = own.figures();
    if (proposal.form().level() == CommendationForm.Level.CITY) {
      figures += " Đề nghị " + proposal.form().label() + "; tiêu biểu, xuất sắc: " + yesNo(exemplary) + ".";
    }
    return new Inputs(v, figures);
  }

  private static Inputs candidateInputs(Proposal proposal, Optional<StoredReport> report) {
    Map<String, Object> v = new LinkedHashMap<>();
    CandidateFacts facts = proposal.facts();
    switch (proposal.candidateType()) {
      case collective -> {
        v.put("hasReport", report.isPresent());
        long initiatives = report.map(r -> r.count(ReportField.INITIATIVES)).orElse(0L);
        long staff = report.map(r -> r.count(ReportField.STAFF_TOTAL)).orElse(0L);
        long proficient = report.map(r -> r.count(ReportField.STAFF_PROFICIENT)).orElse(0L);
        BigDecimal rate = ReportAggregator.rate(proficient, staff);
        boolean tasksWell = report.map(r -> Boolean.TRUE.equals(r.values().get(ReportField.TASKS_COMPLETED_WELL))).orElse(false);
        boolean citizenSupport = report.map(r -> Boolean.TRUE.equals(r.values().get(ReportField.CITIZEN_SUPPORT))).orElse(false);
        v.put("tasksCompletedWell", tasksWell);
        v.put("initiatives", initiatives);
        v.put("staffProficiencyRate", rate == null ? 0.0 : rate.doubleValue());
        v.put("citizenSupport", citizenSupport);
        String figures = report.map(r -> "Báo cáo năm " + r.year() + " của " + r.unitName() + ": hoàn thành tốt nhiệm vụ: "
            + yesNo(tasksWell) + "; sáng kiến, giải pháp: " + initiatives + "; cán bộ thành thạo nền tảng số: " + proficient
            + "/" + staff + " (" + percent(rate) + "); tích cực hỗ trợ người dân tiếp cận dịch vụ công trực tuyến: "
            + yesNo(citizenSupport) + ".").orElse("Chưa có báo cáo năm " + proposal.year() + " của đơn vị.");
        return new Inputs(v, figures);
      }
      case residential_group -> {
        v.put("hasReport", report.isPresent());
        long households = report.map(r -> r.count(ReportField.HOUSEHOLDS_TOTAL)).orElse(0L);
        BigDecimal online = share(report, ReportField.HOUSEHOLDS_ONLINE_SERVICES, households);
        BigDecimal cashless = share(report, ReportField.HOUSEHOLDS_CASHLESS, households);
        BigDecimal waste = share(report, ReportField.HOUSEHOLDS_WASTE_SORTING, households);
        v.put("onlineServicesRate", online == null ? 0.0 : online.doubleValue());
        v.put("cashlessRate", cashless == null ? 0.0 : cashless.doubleValue());
        v.put("wasteSortingRate", waste == null ? 0.0 : waste.doubleValue());
        String figures = report.map(r -> "Báo cáo năm " + r.year() + " của " + r.unitName() + ": " + households
            + " hộ; sử dụng dịch vụ công trực tuyến " + percent(online) + "; thanh toán không dùng tiền mặt "
            + percent(cashless) + "; phân loại rác tại nguồn " + percent(waste) + ".")
            .orElse("Chưa có báo cáo năm " + proposal.year() + " của tổ dân phố.");
        return new Inputs(v, figures);
      }
      case individual -> {
        boolean excellent = Boolean.TRUE.equals(facts.excellentCompletion());
        boolean digital = Boolean.TRUE.equals(facts.activeDigitalUse());
        int applied = facts.appliedInitiatives() == null ? 0 : facts.appliedInitiatives();
        boolean effect = proposal.initiativeEffect() != null && !proposal.initiativeEffect().isBlank();
        v.put("excellentCompletion", excellent);
        v.put("activeDigitalUse", digital);
        v.put("appliedInitiatives", applied);
        v.put("initiativeEffectDescribed", effect);
        return new Inputs(v, "Đơn vị kê khai: hoàn thành xuất sắc nhiệm vụ: " + yesNo(excellent)
            + "; tích cực ứng dụng công nghệ số: " + yesNo(digital) + "; sáng kiến được áp dụng: " + applied
            + "; hiệu quả của sáng kiến: " + (effect ? "có nêu" : "chưa nêu") + ".");
      }
      case household -> {
        int classes = facts.skillsClasses() == null ? 0 : facts.skillsClasses();
        boolean green = Boolean.TRUE.equals(facts.greenLiving());
        boolean energy = Boolean.TRUE.equals(facts.energySaving());
        v.put("skillsClassesAttended", classes);
        v.put("greenLiving", green);
        v.put("energySaving", energy);
        return new Inputs(v, "Đơn vị kê khai: số lớp kỹ năng số đã tham gia: " + classes + "; lối sống xanh: "
            + yesNo(green) + "; tiết kiệm năng lượng: " + yesNo(energy) + ".");
      }
      case resident -> {
        int classes = facts.skillsClasses() == null ? 0 : facts.skillsClasses();
        boolean digital = Boolean.TRUE.equals(facts.activeDigitalUse());
        boolean green = Boolean.TRUE.equals(facts.greenLiving());
        v.put("activeDigitalUse", digital);
        v.put("skillsClassesAttended", classes);
        v.put("greenLiving", green);
        return new Inputs(v, "Tổ dân phố kê khai: tích cực sử dụng, hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thanh "
            + "toán điện tử: " + yesNo(digital) + "; số lớp kỹ năng số đã tham gia hoặc hỗ trợ: " + classes
            + "; lối sống xanh, phân loại rác: " + yesNo(green) + ".");
      }
      default -> throw new IllegalArgumentException("Unknown candidate type " + proposal.candidateType());
    }
  }

  private static BigDecimal share(Optional<StoredReport> report, ReportField field, long households) {
    return report.map(r -> ReportAggregator.rate(r.count(field), households)).orElse(null);
  }

  private static String yesNo(boolean value) {
    return value ? "có" : "không";
  }
}
