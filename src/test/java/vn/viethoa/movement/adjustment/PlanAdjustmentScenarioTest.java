package vn.viethoa.movement.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.viethoa.movement.adjustment.PlanAdjustmentProcess.Elements.*;

import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.notification.NotificationRepository;
import vn.viethoa.movement.notification.NotificationStatus;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/** Section V of the plan: a unit asks to adjust the plan, the Committee decides, the unit is told. */
@MovementTest
class PlanAdjustmentScenarioTest extends ScenarioSupport {

  @Autowired NotificationRepository notifications;
  @LocalServerPort int port;

  static Map<String, Object> supplementRequest() {
    Map<String, Object> v = new HashMap<>();
    v.put("requestKind", "supplement");
    v.put("planSection", "V");
    v.put("requestTitle", "Bổ sung lớp \"Bình dân học vụ số\" cho người cao tuổi");
    v.put("requestDetails", "Tổ dân phố có nhiều người cao tuổi chưa dùng được dịch vụ công trực tuyến.");
    v.put("proposedChange", "Bổ sung 2 lớp mỗi quý <b>tại nhà văn hoá</b>.");
    return v;
  }

  ProcessInstance requestAs(String user, Map<String, Object> values) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PlanAdjustmentProcess.KEY).latestVersion().singleResult().getId();
    actAs(user);
    try {
      return engine.getFormService().submitStartForm(definitionId, values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aUnitAsksToSupplementThePlanLeadershipApprovesAndTheUnitIsToldByMail() throws Exception {
    clockAt("2026-11-26T09:15:00+07:00");
    ProcessInstance instance = requestAs("canbo.vp", supplementRequest());

    assertThat(instance).isWaitingAt(TASK_DECIDE);
    assertThat(task()).hasCandidateGroup("lanhdao").hasName("Xem xét, quyết định đề nghị");
    assertThat(instance.getBusinessKey()).startsWith("DCKH-2026-vp-");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "unitName")).isEqualTo("Văn phòng HĐND và UBND phường");
    assertDue(task().getDueDate(), "2026-12-03T17:00:00+07:00");

    actAs("chutich");
    engine.getTaskService().claim(task().getId(), "chutich");
    engine.getFormService().submitTaskForm(task().getId(), Map.of(
        "decision", "approved", "decisionNote", "Đồng ý bổ sung.", "decisionDocument", "125/UBND-VP"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).isWaitingAt(TASK_NOTIFY_REQUESTER);
    executeDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed(END_APPROVED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("decidedBy").singleResult().getValue()).isEqualTo("chutich");

    var mails = mailsTo("canbo.vp@viethoa.example");
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).contains("được chấp thuận").contains("Bình dân học vụ số")
        .contains("năm 2026 (Văn phòng HĐND và UBND phường)");
    String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
    assertThat(body).contains("125/UBND-VP");
    assertThat(notifications.findByProcessInstance(instance.getId()))
        .isNotEmpty().allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
  }

  @Test
  void officialTextIsEscapedInTheHtmlMail() throws Exception {
    clockAt("2026-11-26T09:15:00+07:00");
    Map<String, Object> request = supplementRequest();
    request.put("requestTitle", "<script>alert('x')</script> Bổ sung");
    ProcessInstance instance = requestAs("canbo.kthtdt", request);
    actAs("chutich");
    engine.getFormService().submitTaskForm(task(instance).getId(), Map.of("decision", "rejected",
        "decisionNote", "<img src=x onerror=alert(1)> Chưa phù hợp"));
    engine.getIdentityService().clearAuthentication();
    executeDueJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed(END_REJECTED);

    MimeMessage mail = mailsTo("canbo.kthtdt@viethoa.example").get(0);
    String html = part(mail, "text/html");
    assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x")
        .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt; Chưa phù hợp");
    // the plain-text part shows the text as typed
    assertThat(part(mail, "text/plain")).contains("<script>alert('x')</script> Bổ sung");
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    clockAt("2026-11-26T09:15:00+07:00");
    ProcessInstance instance = requestAs("canbo.mttq", supplementRequest());
    Task decide = task(instance);
    actAs("chutich");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(decide.getId(), Map.of("decision", "rejected")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("“Ý kiến, lý do” là bắt buộc.");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(decide.getId(), Map.of("decision", "maybe")))
        .hasMessageContaining("“Quyết định” không có giá trị \"maybe\".");
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).isWaitingAt(TASK_DECIDE);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "decision")).isNull();
  }

  @Test
  void aRequestThroughTheRestApiIsCheckedLikeTheFormAndNothingIsStored() {
    Http http = new Http(port);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PlanAdjustmentProcess.KEY).count();
    String body = Http.json(Map.of("variables", Map.of(
        "requestKind", Map.of("value", "rewrite-everything"),
        "planSection", Map.of("value", "V"),
        "requestTitle", Map.of("value", "   "),
        "requestDetails", Map.of("value", 42, "type", "Integer"))));

    Http.Response viaForm = http.post("/engine-rest/process-definition/key/plan-adjustment/submit-form", body, "canbo.vp", "demo");
    Http.Response viaStart = http.post("/engine-rest/process-definition/key/plan-adjustment/start", body, "canbo.vp", "demo");

    for (Http.Response r : new Http.Response[] {viaForm, viaStart}) {
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.json().get("message").asText())
          .contains("“Loại đề nghị” không có giá trị \"rewrite-everything\".")
          .contains("“Tiêu đề” là bắt buộc.")
          .contains("“Nội dung, lý do” phải là văn bản.");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PlanAdjustmentProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void anAccountOutsideEveryUnitCannotFileARequest() {
    // the council has no right to start it at all; an administrator may, but belongs to no unit
    assertThatThrownBy(() -> requestAs("hoidong.01", supplementRequest()))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    assertThatThrownBy(() -> requestAs("admin", supplementRequest()))
        .hasMessageContaining("Tài khoản admin không thuộc đơn vị hay tổ dân phố nào");
  }

  @Test
  void theDecisionIsDueOnTheRightDayInVietnamWhateverTheHostZone() {
    // 23:30 in Hà Nội is still the 26th in UTC; the seven days count from the 27th
    clockAt("2026-11-27T23:30:00+07:00");
    ProcessInstance instance = requestAs("totruong.05", supplementRequest());
    assertDue(task(instance).getDueDate(), "2026-12-04T17:00:00+07:00");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "unitName")).isEqualTo("Tổ dân phố số 5");
  }

  @Test
  void whenSmtpIsDownTheMailIsRetriedThenDeliveredOnceAndAnIncidentExplainsTheFailure() throws Exception {
    clockAt("2026-11-26T09:15:00+07:00");
    ProcessInstance instance = requestAs("canbo.ttdvsnc", supplementRequest());
    actAs("chutich");
    engine.getFormService().submitTaskForm(task(instance).getId(), Map.of("decision", "approved"));
    engine.getIdentityService().clearAuthentication();

    smtp.stop();
    try {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
            .hasMessageContaining("Không gửi được thư");
      }
      var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(incident).isNotNull();
      assertThat(incident.getIncidentMessage()).startsWith("Không gửi được thư").contains("canbo.ttdvsnc@viethoa.example");
      assertThat(incident.getActivityId()).isEqualTo(TASK_NOTIFY_REQUESTER);
    } finally {
      smtp.start();
    }
    // an administrator fixes the cause and retries the job from Cockpit
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    engine.getManagementService().setJobRetries(job.getId(), 1);
    clockAt("2026-11-26T12:00:00+07:00");
    executeDueJobs(instance.getId());

    assertThat(instance).isEnded();
    assertThat(mailsTo("canbo.ttdvsnc@viethoa.example")).hasSize(1);
    assertThat(notifications.findByProcessInstance(instance.getId()))
        .allSatisfy(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
  }
}
