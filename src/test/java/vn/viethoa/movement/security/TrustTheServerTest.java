package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.support.ReportingFixtures.officialOf;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/**
 * The attacks of a curious or hostile insider with a demo login and curl, one story each: a
 * submission carries only its form's fields, the unit, the member and the requester come from the
 * login and the engine's records, and a start at the wrong time is refused before anything exists.
 */
@MovementTest
class TrustTheServerTest extends CommendationScenario {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    clockAt("2026-11-26T09:00:00+07:00");
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
  }

  ProcessInstance reportingYear() {
    ProcessInstance year = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
    executeDueJobs(year.getId());
    return year;
  }

  Http.Response submitReport(ProcessInstance year, String unitId, Map<String, Object> extra) {
    Task task = taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unitId);
    String official = officialOf(unitId);
    http.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + official + "\"}", official, "demo");
    Map<String, Object> variables = new LinkedHashMap<>();
    unitReport(10, 1).forEach((k, v) -> variables.put(k, Map.of("value", v)));
    variables.putAll(extra);
    return http.post("/engine-rest/task/" + task.getId() + "/submit-form", Http.json(Map.of("variables", variables)), official, "demo");
  }

  @Test
  void aUnitCannotFileItsReportInAnotherUnitsName() {
    ProcessInstance year = reportingYear();
    Http.Response forged = submitReport(year, "kthtdt", Map.of("unitId", Map.of("value", "vhxh"), "unitName",
        Map.of("value", "Phòng Văn hoá - Xã hội")));
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(forged.json().get("message").asText()).contains("“unitId” không có trong biểu mẫu").contains("“unitName”");
    assertThat(reports.history(2026, "vhxh")).isEmpty();
    assertThat(reports.history(2026, "kthtdt")).isEmpty();

    // its own report, without tricks, is filed for its own unit and by its own official
    assertThat(submitReport(year, "kthtdt", Map.of()).status()).isEqualTo(204);
    assertThat(reports.history(2026, "kthtdt")).singleElement().satisfies(r -> assertThat(r.submittedBy()).isEqualTo("canbo.kthtdt"));
    assertThat(reports.history(2026, "vhxh")).isEmpty();
  }

  @Test
  void noOfficialOrGroupLeaderCanCloseTheWardsReporting() {
    ProcessInstance year = reportingYear();
    int open = tasks(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT).size();
    Http.Response closing = submitReport(year, "kthtdt", Map.of("wardReportApproved", Map.of("value", true, "type", "Boolean")));
    assertThat(closing.status()).as(closing.body()).isEqualTo(400);
    assertThat(closing.json().get("message").asText()).contains("“wardReportApproved” không có trong biểu mẫu");
    executeDueJobs(year.getId());
    assertThat(tasks(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT)).hasSize(open);
    assertThat(engine.getRuntimeService().getVariable(year.getId(), "wardReportApproved")).isEqualTo(false);
  }

  @Test
  void aReportSubmittedLateIsStoredAsLateWhateverTheSubmissionSays() {
    ProcessInstance year = reportingYear();
    clockAt("2026-12-02T10:00:00+07:00");
    Http.Response forged = submitReport(year, "kthtdt", Map.of("reportDue",
        Map.of("value", "2026-12-31T17:00:00.000+0700", "type", "Date")));
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(submitReport(year, "kthtdt", Map.of()).status()).isEqualTo(204);
    assertThat(reports.history(2026, "kthtdt")).singleElement().satisfies(r -> assertThat(r.late()).isTrue());
  }

  @Test
  void aCouncilMemberVotesOnlyTheirOwnBallot() {
    reportOf(2026, "ttpvhcc", unitReport(10, 2));
    reportApproved(2026);
    ProcessInstance round = startRound(2026, RoundKind.annual);
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "giay_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    Task ballotOf02 = tasks(round, CommendationRoundProcess.Elements.TASK_VOTE).stream()
        .filter(t -> "hoidong.02".equals(t.getAssignee())).findFirst().orElseThrow();
    Task ballotOf01 = tasks(round, CommendationRoundProcess.Elements.TASK_VOTE).stream()
        .filter(t -> "hoidong.01".equals(t.getAssignee())).findFirst().orElseThrow();

    // another member's ballot is not theirs to read or cast
    Http.Response other = http.post("/engine-rest/task/" + ballotOf02.getId() + "/complete", "{\"variables\":{}}", "hoidong.01", "demo");
    assertThat(other.status()).isIn(403, 404);
    // nor can a member cast their own ballot under another name
    Http.Response forged = http.post("/engine-rest/task/" + ballotOf01.getId() + "/complete",
        Http.json(Map.of("variables", Map.of("councilMember", Map.of("value", "hoidong.02")))), "hoidong.01", "demo");
    assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from commendation_vote", Long.class)).isZero();
    assertThat(tasks(round, CommendationRoundProcess.Elements.TASK_VOTE)).hasSize(3);
  }

  @Test
  void aGroupLeaderCannotRewriteThePlanReferencePrintedOnEveryDocument() {
    ProcessInstance movement = engine.getRuntimeService().createProcessInstanceByKey(MovementProcess.KEY)
        .setVariables(Map.of("planNumber", "45/KH-UBND", "groupId", "tdp-04"))
        .startBeforeActivity(MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS).execute(true, true);
    Task inform = engine.getTaskService().createTaskQuery().processInstanceId(movement.getId())
        .taskDefinitionKey(MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS).singleResult();
    Http.Response rewrite = http.post("/engine-rest/task/" + inform.getId() + "/complete", Http.json(Map.of("variables", Map.of(
        "disseminationResult", Map.of("value", "Đã phổ biến."), "planNumber", Map.of("value", "99/KH-GIA")))), "totruong.04", "demo");
    assertThat(rewrite.status()).as(rewrite.body()).isEqualTo(400);
    assertThat(engine.getRuntimeService().getVariable(movement.getId(), "planNumber")).isEqualTo("45/KH-UBND");
    engine.getRuntimeService().deleteProcessInstance(movement.getId(), "test", true, true);
  }

  @Test
  void aRequestIsFiledInTheNameOfWhoeverIsLoggedIn() {
    Http.Response filed = http.post("/engine-rest/process-definition/key/plan-adjustment/submit-form", Http.json(Map.of(
        "variables", Map.of("requestKind", Map.of("value", "supplement"), "planSection", Map.of("value", "V"),
            "requestTitle", Map.of("value", "Bổ sung nhiệm vụ"), "requestDetails", Map.of("value", "Cần bổ sung nhiệm vụ tuyên truyền."),
            "proposedChange", Map.of("value", "Thêm nhiệm vụ."), "requester", Map.of("value", "canbo.vhxh")))), "canbo.vp", "demo");
    assertThat(filed.status()).as(filed.body()).isEqualTo(400);
    assertThat(filed.json().get("message").asText()).contains("“requester” không có trong biểu mẫu");

    Map<String, Object> fair = new HashMap<>(Map.of("requestKind", Map.of("value", "supplement"), "planSection", Map.of("value", "V"),
        "requestTitle", Map.of("value", "Bổ sung nhiệm vụ"), "requestDetails", Map.of("value", "Cần bổ sung nhiệm vụ tuyên truyền."),
        "proposedChange", Map.of("value", "Thêm nhiệm vụ.")));
    Http.Response ok = http.post("/engine-rest/process-definition/key/plan-adjustment/submit-form",
        Http.json(Map.of("variables", fair)), "canbo.vp", "demo");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    String id = ok.json().get("id").asText();
    assertThat(engine.getRuntimeService().getVariable(id, "requester")).isEqualTo("canbo.vp");
    assertThat(engine.getRuntimeService().getVariable(id, "requesterUnit")).isEqualTo("vp");
    engine.getRuntimeService().deleteProcessInstance(id, "test", true, true);
  }

  @Test
  void whatAUnitReadsOfItsTaskIsWhatItsFormShows() {
    ProcessInstance year = reportingYear();
    engine.getRuntimeService().setVariable(year.getId(), "wardSummary", "#### Số liệu của cả phường");
    Task task = taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "kthtdt");
    for (String path : List.of("/variables", "/form-variables")) {
      Http.Response r = http.get("/engine-rest/task/" + task.getId() + path, "canbo.kthtdt", "demo");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.json().has("wardSummary")).as(path).isFalse();
      assertThat(r.json().has("expectedCount")).as(path).isFalse();
      assertThat(r.json().has("unitName")).as(path).isTrue();
    }
    assertThat(http.get("/engine-rest/task/" + task.getId() + "/variables/wardSummary", "canbo.kthtdt", "demo").status()).isEqualTo(404);
    // the lead unit's aggregation shows the ward's figures: it reads them
    Task aggregate = engine.getTaskService().createTaskQuery().processInstanceId(year.getId()).list().stream()
        .filter(t -> t.getTaskDefinitionKey().equals(AnnualReportingProcess.Elements.TASK_AGGREGATE)).findFirst().orElse(null);
    if (aggregate != null) {
      assertThat(http.get("/engine-rest/task/" + aggregate.getId() + "/form-variables", "canbo.vhxh", "demo").json().has("wardSummary"))
          .isTrue();
    }
  }

  @Test
  void aCandidateNameCannotPlantLinksOrMarkupInTheRoundsSummary() {
    reportOf(2026, "ttpvhcc", unitReport(10, 2));
    reportApproved(2026);
    ProcessInstance round = startRound(2026, RoundKind.annual);
    propose(round, "ttpvhcc", List.of(individual("ttpvhcc", "[Bấm vào đây](http://ke-gian.example) <img src=x>", "Chuyên viên",
        "giay_khen")));
    proposalWindowCloses(round);
    String summary = (String) engine.getRuntimeService().getVariable(round.getId(), "roundSummary");
    assertThat(summary).contains("\\[Bấm vào đây\\]\\(http://ke\\-gian\\.example\\) &lt;img src\\=x&gt;")
        .doesNotContain("](http").doesNotContain("<img");
  }

  @Test
  void aRoundForAFutureYearOrAReviewBeforeItsTimeIsRefusedBeforeAnythingIsCreated() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CommendationRoundProcess.KEY).count();
    Http.Response future = startRoundAs("canbo.vhxh", 2027, "interim_review");
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(future.json().get("message").asText()).contains("Chưa đến năm 2027");

    clockAt("2027-06-01T09:00:00+07:00");
    Http.Response early = startRoundAs("canbo.vhxh", 2027, "interim_review");
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.json().get("message").asText()).contains("Chưa đến thời gian sơ kết giai đoạn 1");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CommendationRoundProcess.KEY).count())
        .isEqualTo(before);

    Http.Response year = http.post("/engine-rest/process-definition/key/annual-reporting/submit-form",
        Http.json(Map.of("variables", Map.of("year", Map.of("value", 2028, "type", "Integer")))), "canbo.vhxh", "demo");
    assertThat(year.status()).as(year.body()).isEqualTo(400);
    assertThat(year.json().get("message").asText()).contains("Chưa đến năm 2028");
  }

  @Test
  void whileTheMovementRunsNobodyOpensAYearOrARoundByHand() {
    reportApproved(2026);
    ProcessInstance movement = engine.getRuntimeService().createProcessInstanceByKey(MovementProcess.KEY)
        .startBeforeActivity(MovementProcess.Elements.TASK_DRAFT_PLAN).execute(true, true);
    try {
      Http.Response round = startRoundAs("canbo.vhxh", 2026, "annual");
      assertThat(round.status()).as(round.body()).isEqualTo(400);
      assertThat(round.json().get("message").asText()).contains("Phong trào đang được thực hiện trên hệ thống");
      Http.Response year = http.post("/engine-rest/process-definition/key/annual-reporting/submit-form",
          Http.json(Map.of("variables", Map.of("year", Map.of("value", 2026, "type", "Integer")))), "canbo.vhxh", "demo");
      assertThat(year.status()).as(year.body()).isEqualTo(400);
      assertThat(year.json().get("message").asText()).contains("tự mở kỳ báo cáo hằng năm");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY).count()).isZero();
    } finally {
      engine.getRuntimeService().deleteProcessInstance(movement.getId(), "test", true, true);
    }
  }

  Http.Response startRoundAs(String user, int year, String kind) {
    return http.post("/engine-rest/process-definition/key/commendation-round/submit-form", Http.json(Map.of("variables", Map.of(
        "year", Map.of("value", year, "type", "Integer"), "roundKind", Map.of("value", kind)))), user, "demo");
  }
}
