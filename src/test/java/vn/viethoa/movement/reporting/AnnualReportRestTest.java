package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** The REST API bypasses forms: every rule holds there too, and nothing invalid is stored. */
@MovementTest
class AnnualReportRestTest extends ReportingScenario {

  @LocalServerPort int port;
  @Autowired ReportRepository reports;
  @Autowired ReportValidator reportValidator;
  @Autowired vn.viethoa.movement.organisation.Organisation organisation;
  Http http;
  ProcessInstance year;

  @BeforeEach
  void openTheYear() {
    http = new Http(port);
    clockAt("2026-11-26T09:00:00+07:00");
    year = openYear(2026);
  }

  /** Camunda REST variables: {"name": {"value": ..., "type": ...}}. */
  static Map<String, Object> restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> v = new HashMap<>();
      if (value instanceof List<?>) {
        v.put("value", Http.json(value));
        v.put("type", "Json");
      } else {
        v.put("value", value);
        v.put("type", value instanceof Long ? "Long" : value instanceof Integer ? "Integer"
            : value instanceof Double ? "Double" : value instanceof Boolean ? "Boolean" : "String");
      }
      variables.put(name, v);
    });
    return Map.of("variables", variables);
  }

  Http.Response submitViaRest(String unitId, Map<String, Object> values) {
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, unitId).getId();
    String official = officialOf(unitId);
    http.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + official + "\"}", official, "demo");
    return http.post("/engine-rest/task/" + taskId + "/submit-form", Http.json(restVariables(values)), official, "demo");
  }

  static Map<String, Object> unitWith(String key, Object value) {
    Map<String, Object> v = unitReport(10, 1);
    if (value == null) {
      v.remove(key);
    } else {
      v.put(key, value);
    }
    return v;
  }

  static Stream<Arguments> invalidUnitReports() {
    return Stream.of(
        Arguments.of("a negative count", unitWith("trainingsHeld", -1L),
            "“Số buổi tập huấn, hội thảo, toạ đàm về chuyển đổi số” không được là số âm."),
        Arguments.of("a rate above 100", unitWith("satisfactionRate", 120.5),
            "“Tỷ lệ người dân, tổ chức hài lòng (%)” phải nằm trong khoảng từ 0 đến 100 (%)."),
        Arguments.of("a rate below 0", unitWith("dossiersOnTimeRate", -3.0),
            "“Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%)” phải nằm trong khoảng từ 0 đến 100 (%)."),
        Arguments.of("more proficient staff than staff", unitWith("staffProficient", 12L),
            "“Số cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số” không được lớn hơn “Tổng số cán bộ, công chức, viên chức của đơn vị”."),
        Arguments.of("a missing required narrative", unitWith("results", null), "“Kết quả nổi bật” là bắt buộc."),
        Arguments.of("a missing required count", unitWith("initiatives", null),
            "“Số sáng kiến, giải pháp cải tiến được áp dụng” là bắt buộc."),
        Arguments.of("text where a number belongs", unitWith("initiatives", "hai"),
            "“Số sáng kiến, giải pháp cải tiến được áp dụng” phải là một số."),
        Arguments.of("a fraction of a tree", unitWith("treesPlanted", 2.5), "“Số cây xanh trồng mới” phải là số nguyên."),
        Arguments.of("an emulation flag for an individual", unitWith("nominations",
                List.of(nomination("individual", "Trần Văn Minh", "Chuyên viên", "co_thi_dua"))),
            "Cờ thi đua của UBND thành phố không áp dụng cho đối tượng “Cá nhân (cán bộ, công chức, viên chức, người lao động)”."),
        Arguments.of("an individual without a position", unitWith("nominations",
                List.of(nomination("individual", "Trần Văn Minh", null, "giay_khen"))),
            "đề nghị khen thưởng cá nhân cần ghi chức vụ, đơn vị công tác."));
  }

  @ParameterizedTest(name = "a unit report with {0} is refused")
  @MethodSource("invalidUnitReports")
  void anInvalidUnitReportIsRefusedWithAVietnameseMessageAndNothingIsStored(String what, Map<String, Object> values,
      String message) {
    Http.Response response = submitViaRest("kthtdt", values);

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains(message);
    assertThat(taskOf(year, TASK_SUBMIT_REPORT, "kthtdt")).isNotNull();
    assertThat(reports.history(2026, "kthtdt")).isEmpty();
  }

  @Test
  void aResidentialGroupCannotCountMoreHouseholdsWithADigitalAddressThanItHas() {
    Http.Response response = submitViaRest("tdp-03", residentialReport(50, 51));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .contains("“Số hộ có địa chỉ số” không được lớn hơn “Tổng số hộ gia đình trong tổ”.");
    assertThat(reports.history(2026, "tdp-03")).isEmpty();
  }

  @Test
  void aFigureNoUnitCouldReachIsRefusedWithItsCeilingAndTheReason() {
    Http.Response response = submitViaRest("kthtdt", unitWith("treesPlanted", 99_999_999_999L));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .contains("“Số cây xanh trồng mới” = 99.999.999.999 vượt mức hợp lý của một đơn vị trong một năm (tối đa 20.000: "
            + "diện tích đất công, đường phố của một phường)");
    assertThat(reports.history(2026, "kthtdt")).isEmpty();
  }

  @Test
  void aFigureThatJumpsAgainstTheUnitsPreviousYearIsAcceptedOnlyWithAnExplanation() {
    Map<String, Object> lastYear = unitReport(10, 1);
    lastYear.put("treesPlanted", 150L);
    reports.insert(reportValidator.read(vn.viethoa.movement.validation.FormInput.of(lastYear), organisation.get("kthtdt"), 2025),
        "canbo.kthtdt", java.time.OffsetDateTime.parse("2025-11-20T10:00:00+07:00"), false, null, null);

    Map<String, Object> thisYear = unitWith("treesPlanted", 9_000L);
    Http.Response unexplained = submitViaRest("kthtdt", thisYear);
    assertThat(unexplained.status()).isEqualTo(400);
    assertThat(unexplained.json().get("message").asText())
        .contains("Số liệu thay đổi bất thường so với báo cáo năm 2025: “Số cây xanh trồng mới” 150 → 9.000.")
        .contains("ghi lý do vào ô “Giải trình số liệu”");
    assertThat(reports.history(2026, "kthtdt")).isEmpty();

    thisYear.put("figuresNote", "Năm 2026 phường phát động trồng cây trên toàn tuyến đê.");
    Http.Response explained = submitViaRest("kthtdt", thisYear);
    assertThat(explained.status()).as(explained.body()).isEqualTo(204);
    assertThat(reports.history(2026, "kthtdt")).singleElement()
        .satisfies(r -> assertThat(r.count(ReportField.TREES_PLANTED)).isEqualTo(9_000));
    assertThat(jdbc.queryForObject("select figures_note from unit_report where report_year = 2026 and unit_id = 'kthtdt'",
        String.class)).isEqualTo("Năm 2026 phường phát động trồng cây trên toàn tuyến đê.");

    // the lead unit's table of every unit's figures shows who sent the figure and why
    var year2026 = http.get("/api/reports/2026", "canbo.vhxh", "demo").json();
    var kthtdt = java.util.stream.StreamSupport.stream(year2026.get("reports").spliterator(), false)
        .filter(r -> r.get("unitId").asText().equals("kthtdt")).findFirst().orElseThrow();
    assertThat(kthtdt.get("figures").get("treesPlanted").asLong()).isEqualTo(9_000);
    assertThat(kthtdt.get("figuresNote").asText()).startsWith("Năm 2026 phường phát động");
    assertThat(year2026.get("fields").get(0).get("label").asText()).isEqualTo(ReportField.values()[0].label());
  }

  @Test
  void everyProblemOfASubmissionIsListedInOneAnswerJumpIncluded() {
    Map<String, Object> lastYear = unitReport(10, 1);
    lastYear.put("treesPlanted", 150L);
    reports.insert(reportValidator.read(vn.viethoa.movement.validation.FormInput.of(lastYear), organisation.get("kthtdt"), 2025),
        "canbo.kthtdt", java.time.OffsetDateTime.parse("2025-11-20T10:00:00+07:00"), false, null, null);

    // a jump, more proficient staff than staff and a figure past its ceiling: one answer names all three
    Map<String, Object> thisYear = unitWith("treesPlanted", 9_000L);
    thisYear.put("staffProficient", 11L);
    thisYear.put("initiatives", 99_999_999L);
    Http.Response response = submitViaRest("kthtdt", thisYear);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .contains("không được lớn hơn “" + ReportField.STAFF_TOTAL.label() + "”")
        .contains("“" + ReportField.INITIATIVES.label() + "” = 99.999.999 vượt mức hợp lý")
        .contains("Số liệu thay đổi bất thường so với báo cáo năm 2025: “Số cây xanh trồng mới” 150 → 9.000;");
    assertThat(reports.history(2026, "kthtdt")).isEmpty();
  }

  @Test
  void aValidReportThroughRestIsStoredWithItsNominations() {
    Map<String, Object> values = unitReport(10, 2);
    values.put("nominations", List.of(nomination("collective", "Phòng Kinh tế, Hạ tầng và Đô thị", null, "bang_khen")));
    Http.Response response = submitViaRest("kthtdt", values);
    assertThat(response.status()).as(response.body()).isEqualTo(204);
    executeDueJobs(year.getId());
    assertThat(reports.history(2026, "kthtdt")).singleElement().satisfies(r -> {
      assertThat(r.submittedBy()).isEqualTo("canbo.kthtdt");
      assertThat(r.count(ReportField.INITIATIVES)).isEqualTo(2);
      assertThat(r.nominations()).singleElement().satisfies(n -> assertThat(n.form().name()).isEqualTo("bang_khen"));
    });
  }

  /**
   * What Tasklist does with the form's list of nominations: it reads the task's form variables and
   * submits the list as JSON with the declared variable's type. A list declared as null (type Null)
   * made every submission with a nomination fail in Tasklist.
   */
  @Test
  void tasklistSubmitsNominationsWithTheDeclaredTypeJson() {
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, "kthtdt").getId();
    Http.Response variables = http.get("/engine-rest/task/" + taskId + "/form-variables", "canbo.kthtdt", "demo");
    assertThat(variables.status()).as(variables.body()).isEqualTo(200);
    assertThat(variables.json().path("nominations").path("type").asText()).isEqualTo("Json");

    Map<String, Object> values = unitReport(10, 2);
    values.put("nominations", List.of(nomination("individual", "Trần Văn Minh", "Chuyên viên", "giay_khen")));
    Http.Response response = submitViaRest("kthtdt", values);
    assertThat(response.status()).as(response.body()).isEqualTo(204);
  }

  @Test
  void aUnitReadsItsOwnReportsTheLeadUnitAndLeadershipReadAll() {
    report(year, "kthtdt", unitReport(10, 1));
    report(year, "tdp-01", residentialReport(40, 40));

    Http.Response own = http.get("/api/reports/2026", "canbo.kthtdt", "demo");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("reports")).hasSize(1);
    assertThat(own.json().get("reports").get(0).get("unitId").asText()).isEqualTo("kthtdt");
    assertThat(own.json().has("aggregate")).isFalse();

    for (String privileged : List.of("canbo.vhxh", "chutich")) {
      Http.Response all = http.get("/api/reports/2026", privileged, "demo");
      assertThat(all.json().get("reports")).hasSize(2);
      assertThat(all.json().get("aggregate").get("reported").asLong()).isEqualTo(2);
      assertThat(all.json().get("aggregate").get("expected").asLong()).isEqualTo(25); // the Front is asked to cooperate, not owed a report
      assertThat(all.json().get("aggregate").get("rates").get("householdsDigitalAddressRate").asDouble()).isEqualTo(100.0);
    }
    assertThat(http.get("/api/reports/2026", "admin", "test-admin").json().get("reports")).hasSize(2);
    assertThat(http.get("/api/reports/2026", null, null).status()).isEqualTo(401);
    assertThat(http.get("/api/reports/2026/units/tdp-01/versions", "canbo.kthtdt", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/reports/2026/units/tdp-01/versions", "totruong.01", "demo").json()).hasSize(1);
  }
}
