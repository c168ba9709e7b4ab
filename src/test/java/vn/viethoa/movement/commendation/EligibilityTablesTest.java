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
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
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
 * for each row an input that reaches it first, and its boundary where it has a threshold. Every rule
 * of every table must be reached by some case here, so a new row cannot go untested.
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

  static Map<String, Object> with(Object[] base, Object[] overrides) {
    Map<String, Object> v = new HashMap<>();
    for (Object[] pairs : new Object[][] {base, overrides}) {
      for (int i = 0; i < pairs.length; i += 2) {
        v.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return v;
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // III.1.1 tập thể
        Arguments.of("eligibility-collective", collective(), "Rule_CollectiveEligible", true, "Đạt các tiêu chí thi đua đối với tập thể"),
        Arguments.of("eligibility-collective", collective("hasReport", false, "initiatives", 0L), "Rule_CollectiveNoReport", false,
            "chưa có báo cáo kết quả năm"),
        Arguments.of("eligibility-collective", collective("tasksCompletedWell", false), "Rule_CollectiveTasksNotWell", false,
            "hoàn thành tốt các nhiệm vụ chuyên môn"),
        Arguments.of("eligibility-collective", collective("initiatives", 0L), "Rule_CollectiveNoInitiative", false,
            "ít nhất 01 sáng kiến"),
        Arguments.of("eligibility-collective", collective("staffProficiencyRate", 99.9), "Rule_CollectiveStaffNotProficient", false,
            "100% cán bộ, công chức, viên chức"),
        Arguments.of("eligibility-collective", collective("citizenSupport", false), "Rule_CollectiveNoCitizenSupport", false,
            "hỗ trợ người dân tiếp cận dịch vụ công trực tuyến"),
        Arguments.of("eligibility-collective", collective("initiatives", 0L, "staffProficiencyRate", 50.0), "Rule_CollectiveNoInitiative",
            false, "ít nhất 01 sáng kiến"),
        // III.1.2 cá nhân
        Arguments.of("eligibility-individual", individual(), "Rule_IndividualEligible", true, "Đạt các tiêu chí thi đua đối với cá nhân"),
        Arguments.of("eligibility-individual", individual("excellentCompletion", false), "Rule_IndividualNotExcellent", false,
            "hoàn thành xuất sắc"),
        Arguments.of("eligibility-individual", individual("activeDigitalUse", false), "Rule_IndividualNoDigitalUse", false,
            "ứng dụng công nghệ số"),
        Arguments.of("eligibility-individual", individual("appliedInitiatives", 0), "Rule_IndividualNoInitiative", false,
            "áp dụng thực tiễn"),
        Arguments.of("eligibility-individual", individual("initiativeEffectDescribed", false), "Rule_IndividualNoEffect", false,
            "hiệu quả thiết thực"),
        // III.1.3 tổ dân phố
        Arguments.of("eligibility-residential-group", residentialGroup(), "Rule_ResidentialEligible", true,
            "Đạt các tiêu chí thi đua đối với tổ dân phố"),
        Arguments.of("eligibility-residential-group", residentialGroup("hasReport", false, "onlineServicesRate", 0.0),
            "Rule_ResidentialNoReport", false, "chưa có báo cáo"),
        Arguments.of("eligibility-residential-group", residentialGroup("onlineServicesRate", 49.9), "Rule_ResidentialFewOnline", false,
            "dịch vụ công trực tuyến"),
        Arguments.of("eligibility-residential-group", residentialGroup("cashlessRate", 49.9), "Rule_ResidentialFewCashless", false,
            "thanh toán điện tử"),
        Arguments.of("eligibility-residential-group", residentialGroup("wasteSortingRate", 49.9), "Rule_ResidentialFewWasteSorting",
            false, "phân loại rác"),
        // III.1.3 hộ gia đình
        Arguments.of("eligibility-household", household(), "Rule_HouseholdEligible", true, "Đạt các tiêu chí thi đua đối với hộ gia đình"),
        Arguments.of("eligibility-household", household("skillsClassesAttended", 0), "Rule_HouseholdNoSkillsClass", false,
            "lớp học kỹ năng số"),
        Arguments.of("eligibility-household", household("greenLiving", false), "Rule_HouseholdNotGreen", false, "lối sống xanh"),
        Arguments.of("eligibility-household", household("energySaving", false), "Rule_HouseholdNoEnergySaving", false,
            "tiết kiệm năng lượng"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("rows")
  void eachRowAnswersWithItsReason(String key, Map<String, Object> inputs, String rule, boolean eligible, String reason) {
    DmnDecisionRuleResult result = dmn.evaluateDecisionTable(decision(key), inputs).getSingleResult();
    assertThat(matched).as("first matching rule").containsExactly(rule);
    reached.add(rule);
    assertThat((Boolean) result.getEntry("eligible")).isEqualTo(eligible);
    assertThat((String) result.getEntry("reason")).contains(reason);
  }

  @Test
  void theOneDecisionOfEachCandidateTypeIsNamedByItsFileAndAnswersFirstMatch() {
    for (CandidateType type : CandidateType.values()) {
      DmnDecision decision = decision(EligibilityService.decisionKey(type));
      assertThat(decision.getKey()).isEqualTo(EligibilityService.decisionKey(type));
      DmnDecisionTableImpl table = (DmnDecisionTableImpl) decision.getDecisionLogic();
      assertThat(table.getHitPolicyHandler().getHitPolicyEntry().getHitPolicy().name()).isEqualTo("FIRST");
      // the last row is the catch-all "eligible", every other row a reason to refuse
      List<DmnDecisionTableRuleImpl> rules = table.getRules();
      assertThat(rules.get(rules.size() - 1).getId()).endsWith("Eligible");
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
