package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** What the submission check reads from the deployed forms, and what it refuses. No engine. */
class FormContractTest {

  static FormContract form(String id) throws IOException {
    try (var in = new FileInputStream("forms/" + id + ".form")) {
      return FormContract.parse(in, FormContract.Limits.DEFAULT);
    }
  }

  @Test
  void everyFormOfTheProjectIsUnderstood() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path f : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        try (var in = Files.newInputStream(f)) {
          FormContract contract = FormContract.parse(in, FormContract.Limits.DEFAULT);
          assertThat(contract.fieldKeys()).as(f.toString()).isNotEmpty();
          assertThat(contract.formId() + ".form").isEqualTo(f.getFileName().toString());
        }
      }
    }
  }

  @Test
  void aUnitReportCarriesItsFiguresAndNominationsAndNothingElse() throws IOException {
    FormContract unit = form("annual-report-unit");
    Map<String, Object> submission = new LinkedHashMap<>();
    submission.put("trainingsHeld", 3L);
    submission.put("tasksCompletedWell", true);
    submission.put("nominations", SpinValues.jsonValue("[{\"candidateType\":\"collective\",\"formSought\":\"giay_khen\"}]").create());
    assertThat(unit.check(submission)).isEmpty();
    assertThat(unit.check(Variables.fromMap(submission))).isEmpty();

    submission.put("unitId", "vhxh");
    submission.put("wardReportApproved", true);
    assertThat(unit.check(submission)).containsExactly(
        "Trường “unitId” không có trong biểu mẫu annual-report-unit, không được gửi kèm.",
        "Trường “wardReportApproved” không có trong biểu mẫu annual-report-unit, không được gửi kèm.");
  }

  @Test
  void typesSizesAndChoicesAreChecked() throws IOException {
    FormContract unit = form("annual-report-unit");
    assertThat(unit.check(Map.of("trainingsHeld", "ba"))).singleElement().asString().contains("(trainingsHeld) phải là một số");
    assertThat(unit.check(Map.of("tasksCompletedWell", "true"))).singleElement().asString().contains("phải là Có hoặc Không");
    assertThat(unit.check(Map.of("results", "x".repeat(4001)))).singleElement().asString().contains("dài quá");
    assertThat(unit.check(Map.of("results", "a\u0000b"))).singleElement().asString().contains("ký tự điều khiển");
    assertThat(unit.check(Map.of("nominations", List.of(Map.of("candidateType", "collective", "unitId", "vhxh")))))
        .singleElement().asString().contains("mục 1: trường “unitId” không có trong biểu mẫu");
    assertThat(unit.check(Map.of("nominations", List.of(Map.of("formSought", "huan_chuong")))))
        .singleElement().asString().contains("không có lựa chọn “huan_chuong”");
    assertThat(unit.check(Map.of("nominations", "{\"not\":\"a list\"}"))).singleElement().asString().contains("phải là một danh sách");
  }

  @Test
  void aJavaSerializedObjectIsNeverRead() throws IOException {
    FormContract start = form("plan-adjustment-request");
    var serialized = Variables.serializedObjectValue("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==")
        .serializationDataFormat("application/x-java-serialized-object").objectTypeName("java.util.HashMap").create();
    assertThat(start.check(Map.of("requestTitle", serialized))).singleElement().asString().contains("kiểu dữ liệu không được chấp nhận");
  }

  @Test
  void theFormShowsItsKeysAndWhatItsTextsRead() throws IOException {
    FormContract approval = form("annual-report-approval");
    assertThat(approval.shownVariables()).contains("year", "wardSummary", "decision", "assessment");
    assertThat(approval.readonlyKeys()).containsExactlyInAnyOrder("assessment", "wardDifficulties", "wardProposals");
    FormContract unit = form("annual-report-unit");
    assertThat(unit.shownVariables()).contains("unitName", "reportDueText", "residentialSummary", "foldsResidentialReports")
        .doesNotContain("wardSummary", "not", "this");
  }
}
