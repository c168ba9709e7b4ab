package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.adjustment.PlanAdjustmentProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/**
 * The engine's own door: process-changing operations are for administrators whatever the path's
 * spelling, officials claim only for themselves and hand back their own tasks, and the hardening
 * users of this engine expect (serialization, password policy, login delay, headers, errors).
 */
@MovementTest
class EngineDoorTest extends ScenarioSupport {

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl configuration;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    clockAt("2026-11-26T09:00:00+07:00");
  }

  /** A plan adjustment the office asked for, waiting for leadership's decision. */
  String adjustmentRequestedByTheOffice() {
    Http.Response r = http.post("/engine-rest/process-definition/key/plan-adjustment/submit-form", Http.json(Map.of("variables", Map.of(
        "requestKind", Map.of("value", "supplement"), "planSection", Map.of("value", "V"),
        "requestTitle", Map.of("value", "Bổ sung nhiệm vụ"), "requestDetails", Map.of("value", "Cần bổ sung nhiệm vụ tuyên truyền."),
        "proposedChange", Map.of("value", "Thêm nhiệm vụ.")))), "canbo.vp", "demo");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("id").asText();
  }

  @Test
  void noOfficialStartsAPlanAdjustmentAtItsLastStepWhateverThePathsSpelling() throws Exception {
    long before = count(PlanAdjustmentProcess.KEY);
    String atTheEnd = Http.json(Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", PlanAdjustmentProcess.Elements.TASK_NOTIFY_REQUESTER)), "variables", Map.of(
        "decision", Map.of("value", "approved"))));
    for (String path : List.of("/engine-rest/process-definition/key/plan-adjustment/start",
        "/engine-rest/process-definition/key/plan-adjustment/start/", "/engine-rest/process-definition/key/plan-adjustment/start;x=1",
        "/engine-rest//process-definition/key/plan-adjustment/start", "/engine-rest/process-definition/key/plan-adjustment/%73tart",
        "/engine-rest/process-definition/key/plan-adjustment%2Fstart")) {
      Http.Binary r = http.exchange("POST", path, atTheEnd, "canbo.vp", "demo");
      assertThat(r.status()).as(path + " " + r.text()).isNotIn(200, 204);
      if (r.status() == 403) {
        assertThat(r.text()).as(path).contains("không được thực hiện thao tác này");
      }
    }
    assertThat(count(PlanAdjustmentProcess.KEY)).isEqualTo(before);
    assertThat(mailsTo("canbo.vp@viethoa.example")).isEmpty();
  }

  @Test
  void processChangingOperationsAreForAdministratorsOnly() {
    String instanceId = adjustmentRequestedByTheOffice();
    String definitionId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getProcessDefinitionId();
    Job job = engine.getManagementService().createJobQuery().list().stream().findFirst().orElseThrow();
    String toTheEnd = Http.json(Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", PlanAdjustmentProcess.Elements.TASK_NOTIFY_REQUESTER))));
    Map<String, String> attempts = new java.util.LinkedHashMap<>();
    attempts.put("POST /engine-rest/process-instance/" + instanceId + "/modification", toTheEnd);
    attempts.put("POST /engine-rest/process-instance/" + instanceId + "/modification-async", toTheEnd);
    attempts.put("POST /engine-rest/modification/execute", Http.json(Map.of("processDefinitionId", definitionId,
        "processInstanceIds", List.of(instanceId), "instructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", PlanAdjustmentProcess.Elements.TASK_NOTIFY_REQUESTER)))));
    attempts.put("POST /engine-rest/modification/executeAsync", Http.json(Map.of("processDefinitionId", definitionId,
        "processInstanceIds", List.of(instanceId), "instructions", List.of(Map.of("type", "cancel",
            "activityId", PlanAdjustmentProcess.Elements.TASK_DECIDE)))));
    attempts.put("POST /engine-rest/process-definition/" + definitionId + "/restart", Http.json(Map.of(
        "processInstanceIds", List.of(instanceId), "instructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", PlanAdjustmentProcess.Elements.TASK_NOTIFY_REQUESTER)))));
    attempts.put("POST /engine-rest/migration/execute", Http.json(Map.of("processInstanceIds", List.of(instanceId),
        "migrationPlan", Map.of("sourceProcessDefinitionId", definitionId, "targetProcessDefinitionId", definitionId,
            "instructions", List.of()))));
    attempts.put("DELETE /engine-rest/process-instance/" + instanceId + "?skipCustomListeners=true", null);
    attempts.put("PUT /engine-rest/process-instance/" + instanceId + "/suspended", Http.json(Map.of("suspended", true)));
    attempts.put("PUT /engine-rest/process-instance/" + instanceId + "/variables/decision", Http.json(Map.of("value", "approved")));
    attempts.put("POST /engine-rest/process-instance/" + instanceId + "/variables",
        Http.json(Map.of("modifications", Map.of("decision", Map.of("value", "approved")))));
    attempts.put("POST /engine-rest/job/" + job.getId() + "/execute", null);
    attempts.put("PUT /engine-rest/job/" + job.getId() + "/retries", Http.json(Map.of("retries", 0)));
    attempts.put("DELETE /engine-rest/job/" + job.getId(), null);
    attempts.put("POST /engine-rest/history/cleanup", null);
    attempts.put("POST /engine-rest/message", Http.json(Map.of("messageName", "commendation-city-answer", "businessKey", "X")));
    attempts.put("POST /engine-rest/signal", Http.json(Map.of("name", "anything")));
    attempts.put("POST /engine-rest/task/create", Http.json(Map.of("name", "Việc riêng", "assignee", "canbo.vp")));
    for (var attempt : attempts.entrySet()) {
      String[] request = attempt.getKey().split(" ", 2);
      for (String official : List.of("canbo.vp", "totruong.03")) {
        Http.Binary r = http.exchange(request[0], request[1], attempt.getValue(), official, "demo");
        assertThat(r.status()).as(official + " " + attempt.getKey() + " " + r.text()).isIn(403, 404, 400);
        assertThat(r.text()).as(attempt.getKey()).doesNotContain("###").doesNotContain("SQL");
      }
    }
    // the instance is still where leadership decides, untouched, and its job still there
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getTaskDefinitionKey())
        .isEqualTo(PlanAdjustmentProcess.Elements.TASK_DECIDE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult().isSuspended()).isFalse();
    assertThat(engine.getRuntimeService().getVariable(instanceId, "decision")).isNull();
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult()).isNotNull();

    // an administrator may, through the same door
    Http.Binary admin = http.exchange("PUT", "/engine-rest/process-instance/" + instanceId + "/suspended",
        Http.json(Map.of("suspended", true)), "admin", "test-admin");
    assertThat(admin.status()).isEqualTo(204);
    engine.getRuntimeService().deleteProcessInstance(instanceId, "test", true, true);
  }

  @Test
  void anOfficialClaimsOnlyForThemselvesHandsBackTheirOwnTaskAndAColleagueTakesOver() {
    ensureColleague("canbo2.vp", "vp");
    ProcessInstance year = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
    executeDueJobs(year.getId());
    Task task = taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "vp");
    String id = task.getId();
    try {
      assertThat(post("/task/" + id + "/claim", Map.of("userId", "canbo2.vp"), "canbo.vp").status()).isEqualTo(403);
      assertThat(post("/task/" + id + "/claim", Map.of("userId", "canbo.vp"), "canbo.vp").status()).isEqualTo(204);
      assertThat(post("/task/" + id + "/unclaim", Map.of(), "canbo2.vp").status()).as("not theirs to hand back").isEqualTo(403);
      Http.Response toOther = post("/task/" + id + "/assignee", Map.of("userId", "canbo2.vp"), "canbo.vp");
      assertThat(toOther.status()).isEqualTo(403);
      assertThat(toOther.json().get("message").asText()).contains("tự nhận công việc cho mình");
      assertThat(post("/task/" + id + "/assignee", Map.of("userId", "khong.ton.tai"), "canbo.vp").status()).isEqualTo(403);
      assertThat(post("/task/" + id + "/identity-links", Map.of("groupId", "kthtdt", "type", "candidate"), "canbo.vp").status())
          .isEqualTo(403);
      Http.Binary due = http.exchange("PUT", "/engine-rest/task/" + id, Http.json(Map.of("name", task.getName(),
          "due", "2027-12-31T17:00:00.000+0700", "followUp", "2027-12-01T08:00:00.000+0700", "assignee", "canbo.vp")), "canbo.vp", "demo");
      assertThat(due.status()).isEqualTo(403);
      assertThat(due.text()).contains("Hạn, ngày theo dõi");
      assertThat(engine.getTaskService().createTaskQuery().taskId(id).singleResult().getDueDate()).isEqualTo(task.getDueDate());

      // handing back one's own task works, and a colleague of the same unit takes it over
      assertThat(post("/task/" + id + "/unclaim", Map.of(), "canbo.vp").status()).isEqualTo(204);
      assertThat(engine.getTaskService().createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
      assertThat(post("/task/" + id + "/claim", Map.of("userId", "canbo2.vp"), "canbo2.vp").status()).isEqualTo(204);
      assertThat(engine.getTaskService().createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("canbo2.vp");
    } finally {
      engine.getRuntimeService().deleteProcessInstance(year.getId(), "test", true, true);
    }
  }

  @Test
  void javaSerializedObjectsAreRefusedAndOnlyPlainTypesAreEverDeserialized() {
    String instanceId = adjustmentRequestedByTheOffice();
    Map<String, Object> serialized = Map.of("type", "Object", "value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        "valueInfo", Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/x-java-serialized-object"));
    Http.Binary asAdmin = http.exchange("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/payload",
        Http.json(serialized), "admin", "test-admin");
    assertThat(asAdmin.status()).as(asAdmin.text()).isEqualTo(400);
    assertThat(asAdmin.text()).contains("Không nhận dữ liệu là đối tượng Java");
    assertThat(engine.getRuntimeService().getVariable(instanceId, "payload")).isNull();

    // a JSON object of a type the application never uses is stored as text but never turned into that type
    Http.Binary json = http.exchange("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/payload",
        Http.json(Map.of("type", "Object", "value", "{\"command\":[\"sh\"]}", "valueInfo", Map.of(
            "objectTypeName", "java.lang.ProcessBuilder", "serializationDataFormat", "application/json"))), "admin", "test-admin");
    assertThat(json.status()).isEqualTo(204);
    assertThatThrownBy(() -> engine.getRuntimeService().getVariableTyped(instanceId, "payload", true))
        .hasMessageContaining("java.lang.ProcessBuilder");
    engine.getRuntimeService().deleteProcessInstance(instanceId, "test", true, true);
  }

  @Test
  void officialsChooseStrongPasswordsAndWrongGuessesOnlyDelayTheNextTry() {
    ensureColleague("canbo3.vp", "vp");
    Http.Binary weak = http.exchange("PUT", "/engine-rest/user/canbo3.vp/credentials", Http.json(Map.of(
        "password", "demo1", "authenticatedUserPassword", "demo")), "canbo3.vp", "demo");
    assertThat(weak.status()).as(weak.text()).isEqualTo(400);
    assertThat(engine.getIdentityService().checkPassword("canbo3.vp", "demo")).isTrue();

    Http.Binary created = http.exchange("POST", "/engine-rest/user/create", Http.json(Map.of(
        "profile", Map.of("id", "yeu.matkhau", "firstName", "Yếu", "lastName", "Mật khẩu"), "credentials", Map.of("password", "123"))),
        "admin", "test-admin");
    assertThat(created.status()).as(created.text()).isEqualTo(400);

    // guesses delay the account; a while later the right password opens it again: no one is locked out for good
    for (int i = 0; i < 12; i++) {
      engine.getIdentityService().checkPassword("canbo3.vp", "doan-sai-" + i);
    }
    assertThat(engine.getIdentityService().checkPassword("canbo3.vp", "demo")).as("during the delay").isFalse();
    clockAt("2026-11-26T09:06:00+07:00");
    assertThat(engine.getIdentityService().checkPassword("canbo3.vp", "demo")).as("after the longest delay").isTrue();
    assertThat(engine.getIdentityService().createUserQuery().userId("canbo3.vp").singleResult()).isNotNull();
  }

  @Test
  void theApplicationsOwnPagesAndAnswersCarrySecurityHeaders() {
    for (String path : List.of("/mailbox.html", "/evidence.html", "/api/dashboard", "/engine-rest/task")) {
      Http.Binary r = http.exchange("GET", path, null, "canbo.vp", "demo");
      assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(r.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
      if (path.startsWith("/api") || path.startsWith("/engine-rest")) {
        assertThat(r.header("Cache-Control")).as(path).isEqualTo("no-store");
      }
    }
  }

  @Test
  void aTaskThatIsGoneIsAnsweredInVietnamese() {
    // Tasklist keeps the last opened task's id: once a colleague completed it, the engine answers
    // "No matching task with id …", which an official must read in Vietnamese
    Http.Binary gone = http.exchange("GET", "/engine-rest/task/no-such-task", null, "canbo.kthtdt", "demo");
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("message").asText()).isEqualTo("Không tìm thấy công việc; có thể công việc đã được hoàn thành hoặc chuyển đi.");
    assertThat(gone.text()).doesNotContain("No matching");
  }

  @Test
  void aServerErrorNeverShowsSqlOrAStackTrace() {
    // a text over the engine's 4,000 characters: refused by the submission limits (400); should a
    // database ever see it, its error (500) must not leak either
    String instanceId = adjustmentRequestedByTheOffice();
    Http.Binary tooLong = http.exchange("PUT", "/engine-rest/process-instance/" + instanceId + "/variables/note",
        Http.json(Map.of("value", "x".repeat(5000), "type", "String")), "admin", "test-admin");
    assertThat(tooLong.status()).isIn(400, 500);
    assertThat(tooLong.json().get("message").asText()).startsWith("Giá trị gửi lên quá dài");
    assertThat(tooLong.text()).doesNotContain("###").doesNotContain("SQL").doesNotContain("ACT_RU").doesNotContain("at org.");
    Http.Binary ownEndpoint = http.exchange("GET", "/api/reports/not-a-year", null, "canbo.vp", "demo");
    assertThat(ownEndpoint.text()).doesNotContain("Exception").doesNotContain("at vn.");
    engine.getRuntimeService().deleteProcessInstance(instanceId, "test", true, true);
  }

  @Test
  void aControlCharacterInAnUploadNameIsAnsweredInVietnamese() {
    byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (String name : List.of("bao-cao\u0000.pdf", "bao\u0007cao.pdf", "bao\u202Ecao.pdf")) {
      Http.Binary r = http.upload("/api/evidence", name, "application/pdf", pdf, Map.of("unit", "vp", "year", "2026"),
          "canbo.vp", "demo");
      assertThat(r.status()).as(name + " " + r.text()).isEqualTo(400);
      assertThat(r.text()).contains("Tên tệp");
    }
  }

  @Test
  void anAdministratorsMessageCarriesOnlyTheFieldsOfTheTaskItEnds() {
    Http.Response r = http.post("/engine-rest/message", Http.json(Map.of("messageName", "commendation-city-answer",
        "businessKey", "KHENTHUONG-2027-interim_review", "processVariables", Map.of(
            "cityAnswers", Map.of("value", "[]", "type", "Json"), "cityPendingCount", Map.of("value", 0, "type", "Integer")))),
        "admin", "test-admin");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("message").asText()).contains("“cityPendingCount” không có trong biểu mẫu");
  }

  Http.Response post(String path, Map<String, Object> body, String user) {
    return http.post("/engine-rest" + path, Http.json(body), user, "demo");
  }

  long count(String key) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).count();
  }

  /** A second official of the unit, with the demo password (seeded like the demo's accounts). */
  void ensureColleague(String userId, String unitId) {
    if (engine.getIdentityService().createUserQuery().userId(userId).singleResult() == null) {
      User user = engine.getIdentityService().newUser(userId);
      user.setFirstName("Đồng nghiệp");
      user.setLastName("Văn phòng");
      user.setEmail(userId + "@viethoa.example");
      user.setPassword("demo");
      configuration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
      engine.getIdentityService().createMembership(userId, unitId);
    }
  }
}
