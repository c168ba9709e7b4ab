package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eligibility tables of bpmn/, row by row, with the standalone DMN engine (the engine's FEEL):
 * for each case the refusal rows it meets (every one, the tables collect) and the boundary of a
 * threshold. Every rule of every table must be reached by some case here, so a new row cannot go
 * untested.
 */
class EligibilityTablesTest {

  static DmnEngine dmn;
  static final List<String> matched = new ArrayList<>();
  static final Set<String> reached = new HashSet<>();

  @BeforeAll
  static void engine() {
    DefaultDmnEngineConfiguration config = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    config.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) -> {
      matched.clear();
      event.getMatchingRules().forEach(r -> matched.add(r.getId()));
    }));
    dmn = config.buildEngine();
  }

  static DmnDecision decision(String key) {
    try (InputStream in = new FileInputStream(Path.of("bpmn", key + ".dmn").toFile())) {
      return dmn.parseDecision(key, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What every table reads besides the candidate's facts: the form sought, "tiêu biểu, xuất sắc", the round. */
  static final Object[] WARD_FORM = {"form", "giay_khen", "exemplary", false, "roundKind", "annual"};

  static Map<String, Object> collective(Object... overrides) {
    return with(new Object[] {"hasReport", true, "tasksCompletedWell", true, "initiatives", 1L, "staffProficiencyRate", 100.0,
        "citizenSupport", true}, overrides);
  }

  static Map<String, Object> individual(Object... overrides) {
    return with(new Object[] {"excellentCompletion", true, "activeDigitalUse", true, "appliedInitiatives", 1,
        "initiativeEffectDescribed", true}, overrides);
  }

  static Map<String, Object> residentialGroup(Object... overrides) {
    return with(new Object[] {"hasReport", true, "onlineServicesRate", 50.0, "cashlessRate", 50.0, "wasteSortingRate", 50.0},
        overrides);
  }

  static Map<String, Object> household(Object... overrides) {
    return with(new Object[] {"skillsClassesAttended", 1, "greenLiving", true, "energySaving", true}, overrides);
  }

  static Map<String, Object> resident(Object... overrides) {
    return with(new Object[] {"activeDigitalUse", true, "skillsClassesAttended", 1, "greenLiving", true}, overrides);
  }

  static Map<String, Object> with(Object[] base, Object[] overrides) {
    Map<String, Object> v = new HashMap<>();
    for (Object[] pairs : new Object[][] {WARD_FORM, base, overrides}) {
      for (int i = 0; i < pairs.length; i += 2) {
        v.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return v;
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // III.1.1 tập thể
        Arguments.of("eligibility-collective", collective(), List.of(), "Đạt các tiêu chí thi đua đối với tập thể"),
        Arguments.of("eligibility-collective", collective("hasReport", false, "tasksCompletedWell", false, "initiatives", 0L,
                "staffProficiencyRate", 0.0, "citizenSupport", false),
            List.of("Rule_CollectiveNoReport", "Rule_CollectiveTasksNotWell", "Rule_CollectiveNoInitiative",
                "Rule_CollectiveStaffNotProficient", "Rule_CollectiveNoCitizenSupport"), "chưa có báo cáo kết quả năm"),
        Arguments.of("eligibility-collective", collective("tasksCompletedWell", false), List.of("Rule_CollectiveTasksNotWell"),
            "hoàn thành tốt các nhiệm vụ chuyên môn"),
        Arguments.of("eligibility-collective", collective("initiatives", 0L), List.of("Rule_CollectiveNoInitiative"),
            "ít nhất 01 sáng kiến"),
        Arguments.of("eligibility-collective", collective("staffProficiencyRate", 99.9), List.of("Rule_CollectiveStaffNotProficient"),
            "100% cán bộ, công chức, viên chức"),
        Arguments.of("eligibility-collective", collective("citizenSupport", false), List.of("Rule_CollectiveNoCitizenSupport"),
            "hỗ trợ người dân tiếp cận dịch vụ công trực tuyến"),
        // every unmet criterion is shown, not only the first
        Arguments.of("eligibility-collective", collective("initiatives", 0L, "staffProficiencyRate", 50.0),
            List.of("Rule_CollectiveNoInitiative", "Rule_CollectiveStaffNotProficient"), "ít nhất 01 sáng kiến"),
        // the city's forms: "tiêu biểu, xuất sắc"; the flag only at the final review (Law 2022, Art. 27)
        Arguments.of("eligibility-collective", collective("form", "bang_khen"), List.of("Rule_CollectiveCityFormNotExemplary"),
            "tiêu biểu, xuất sắc"),
        Arguments.of("eligibility-collective", collective("form", "bang_khen", "exemplary", true, "roundKind", "interim_review"),
            List.of(), "Đạt"),
        Arguments.of("eligibility-collective", collective("form", "co_thi_dua", "exemplary", true, "roundKind", "interim_review"),
            List.of("Rule_CollectiveFlagOutsideFinalReview"), "Điều 27"),
        Arguments.of("eligibility-collective", collective("form", "co_thi_dua", "exemplary", true, "roundKind", "final_review"),
            List.of(), "Đạt"),
        // III.1.2 cá nhân
        Arguments.of("eligibility-individual", individual(), List.of(), "Đạt các tiêu chí thi đua đối với cá nhân"),
        Arguments.of("eligibility-individual", individual("excellentCompletion", false), List.of("Rule_IndividualNotExcellent"),
            "hoàn thành xuất sắc"),
        Arguments.of("eligibility-individual", individual("activeDigitalUse", false), List.of("Rule_IndividualNoDigitalUse"),
            "ứng dụng công nghệ số"),
        Arguments.of("eligibility-individual", individual("appliedInitiatives", 0), List.of("Rule_IndividualNoInitiative"),
            "áp dụng thực tiễn"),
        Arguments.of("eligibility-individual", individual("initiativeEffectDescribed", false), List.of("Rule_IndividualNoEffect"),
            "hiệu quả thiết thực"),
        Arguments.of("eligibility-individual", individual("form", "bang_khen", "appliedInitiatives", 0),
            List.of("Rule_IndividualNoInitiative", "Rule_IndividualCityFormNotExemplary"), "áp dụng thực tiễn"),
        // III.1.3 tổ dân phố
        Arguments.of("eligibility-residential-group", residentialGroup(), List.of(), "Đạt các tiêu chí thi đua đối với tổ dân phố"),
        Arguments.of("eligibility-residential-group", residentialGroup("hasReport", false, "onlineServicesRate", 0.0),
            List.of("Rule_ResidentialNoReport", "Rule_ResidentialFewOnline"), "chưa có báo cáo"),
        Arguments.of("eligibility-residential-group", residentialGroup("onlineServicesRate", 49.9), List.of("Rule_ResidentialFewOnline"),
            "dịch vụ công trực tuyến"),
        Arguments.of("eligibility-residential-group", residentialGroup("cashlessRate", 49.9), List.of("Rule_ResidentialFewCashless"),
            "thanh toán điện tử"),
        Arguments.of("eligibility-residential-group", residentialGroup("wasteSortingRate", 49.9),
            List.of("Rule_ResidentialFewWasteSorting"), "phân loại rác"),
        Arguments.of("eligibility-residential-group", residentialGroup("form", "co_thi_dua"),
            List.of("Rule_ResidentialCityFormNotExemplary", "Rule_ResidentialFlagOutsideFinalReview"), "tiêu biểu, xuất sắc"),
        Arguments.of("eligibility-residential-group", residentialGroup("form", "co_thi_dua", "exemplary", true,
            "roundKind", "final_review"), List.of(), "Đạt"),
        // III.1.3 hộ gia đình
        Arguments.of("eligibility-household", household(), List.of(), "Đạt các tiêu chí thi đua đối với hộ gia đình"),
        Arguments.of("eligibility-household", household("skillsClassesAttended", 0), List.of("Rule_HouseholdNoSkillsClass"),
            "lớp học kỹ năng số"),
        Arguments.of("eligibility-household", household("greenLiving", false), List.of("Rule_HouseholdNotGreen"), "lối sống xanh"),
        Arguments.of("eligibility-household", household("energySaving", false), List.of("Rule_HouseholdNoEnergySaving"),
            "tiết kiệm năng lượng"),
        Arguments.of("eligibility-household", household("form", "bang_khen"), List.of("Rule_HouseholdCityFormNotExemplary"),
            "tiêu biểu, xuất sắc"),
        // III.1.3 applied to a resident a residential group proposes: not the officials' "nhiệm vụ được giao"
        Arguments.of("eligibility-resident", resident(), List.of(), "Đạt các tiêu chí thi đua đối với người dân"),
        Arguments.of("eligibility-resident", resident("activeDigitalUse", false), List.of("Rule_ResidentNoDigitalUse"),
            "dịch vụ công trực tuyến"),
        Arguments.of("eligibility-resident", resident("skillsClassesAttended", 0), List.of("Rule_ResidentNoSkillsClass"),
            "lớp học kỹ năng số"),
        Arguments.of("eligibility-resident", resident("greenLiving", false), List.of("Rule_ResidentNotGreen"), "lối sống xanh"),
        Arguments.of("eligibility-resident", resident("form", "bang_khen"), List.of("Rule_ResidentCityFormNotExemplary"),
            "tiêu biểu, xuất sắc"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rows")
  void eachUnmetCriterionIsAReasonAndNoneMeansEligible(String key, Map<String, Object> inputs, List<String> unmet,
      String reason) {
    List<Map<String, Object>> results = dmn.evaluateDecisionTable(decision(key), inputs).getResultList();
    List<String> refusals = matched.stream().filter(id -> !id.endsWith("Eligible")).toList();
    assertThat(refusals).as("matching refusal rows").containsExactlyElementsOf(unmet);
    reached.addAll(matched);
    List<String> reasons = results.stream().filter(r -> Boolean.FALSE.equals(r.get("eligible"))).map(r -> (String) r.get("reason"))
        .toList();
    assertThat(reasons).hasSize(unmet.size());
    if (unmet.isEmpty()) {
      assertThat(results).anySatisfy(r -> assertThat((String) r.get("reason")).contains(reason));
    } else {
      assertThat(reasons.get(0)).contains(reason);
    }
  }

  @Test
  void theOneDecisionOfEachCandidateTypeIsNamedByItsFileAndCollectsEveryUnmetCriterion() {
    for (CandidateType type : CandidateType.values()) {
      DmnDecision decision = decision(EligibilityService.decisionKey(type));
      assertThat(decision.getKey()).isEqualTo(EligibilityService.decisionKey(type));
      DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
      assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy().name()).isEqualTo("COLLECT");
      // the last row always matches with "eligible", every other row is a reason to refuse
      List<DmnDecisionTableRuleImpl> rules = table.getRules();
      assertThat(rules.get(rules.size() - 1).getId()).endsWith("Eligible");
      assertThat(table.getInputs()).extracting(i -> i.getExpression().getExpression()).contains("form", "exemplary", "roundKind");
    }
  }

  @AfterAll
  static void everyRuleOfEveryTableIsReached() {
    Set<String> all = new HashSet<>();
    for (CandidateType type : CandidateType.values()) {
      ((DmnDecisionTableImpl) decision(EligibilityService.decisionKey(type)).getDecisionLogic()).getRules()
          .forEach(r -> all.add(r.getId()));
    }
    assertThat(reached).as("rules reached by the row tests").containsExactlyInAnyOrderElementsOf(all);
  }
}
