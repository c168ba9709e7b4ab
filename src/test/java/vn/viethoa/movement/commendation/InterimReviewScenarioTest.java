package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.commendation.CityAnswersProcess.Elements.END_CITY_ANSWERED;
import static vn.viethoa.movement.commendation.CityAnswersProcess.Elements.TASK_CITY_ANSWER;
import static vn.viethoa.movement.commendation.CommendationRoundProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/**
 * Section III.2 of the plan: the interim review of 2027 proposes to the city a Bằng khen for the
 * service centre and one for a residential group; the city approves one (its system answers through
 * the REST API) and refuses the other (the lead unit records it), after a reminder. A Cờ thi đua of
 * the city waits for the final review; a candidate of the 2027 annual round is flagged as a possible
 * second commendation of the same achievement. The round ends with leadership's decision; the
 * answers are tracked by a process of their own.
 */
@MovementTest
class InterimReviewScenarioTest extends CommendationScenario {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** The review at the end of 2027, through leadership's approval of both proposals. */
  ProcessInstance dossierSentToTheCity() {
    clockAt("2027-12-01T09:00:00+07:00");
    reportOf(2027, "ttpvhcc", unitReport(10, 3));
    Map<String, Object> group = residentialReport(120, 120);
    group.put("householdsWasteSorting", 90L);
    reportOf(2027, "tdp-05", group);
    clockAt("2027-12-06T09:00:00+07:00");
    ProcessInstance round = startRound(2027, RoundKind.interim_review);
    assertThat(round.getBusinessKey()).isEqualTo("KHENTHUONG-2027-interim_review");
    assertThat(register.ofRound(round.getBusinessKey())).as("review rounds carry nothing over").isEmpty();

    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "bang_khen")));
    propose(round, "vhxh", List.of(proposal("residential_group", "tdp-05", null, "bang_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    clockAt("2027-12-24T10:00:00+07:00");
    leadershipApprovesAll(round, Map.of("cityDossierNumber", "45/TTr-UBND", "cityDossierDate", "2027-12-24"));
    // the round is over with its decision: nothing waits for the city's answers
    assertThat(round).isEnded().hasPassed(TASK_TRACK_CITY_ANSWERS, END_PROPOSED_TO_CITY);
    return round;
  }

  /** The tracking of the round's answers from the city (same business key as the round). */
  ProcessInstance cityAnswersTrackingOf(ProcessInstance round) {
    ProcessInstance tracking = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CityAnswersProcess.KEY)
        .processInstanceBusinessKey(round.getBusinessKey()).singleResult();
    assertThat(tracking).as("city answers of " + round.getBusinessKey()).isNotNull();
    return tracking;
  }

  /** The lead unit's narrow door for the city's answers (no engine message rights needed). */
  static String cityAnswersOf(String businessKey) {
    return "/api/commendations/rounds/" + businessKey + "/city-answers";
  }

  static String cityAnswer(List<Map<String, Object>> answers) {
    return Http.json(Map.of("cityAnswers", answers));
  }

  @Test
  void theCitysOwnSystemAnswersWithAnEngineMessageCarryingOnlyTheAnswerFormsField() throws Exception {
    ProcessInstance round = dossierSentToTheCity();
    ProcessInstance tracking = cityAnswersTrackingOf(round);
    Proposal centre = proposalOf(round, "Trung tâm Phục vụ hành chính công");

    clockAt("2028-01-20T09:00:00+07:00");
    Http.Response answered = http.post("/engine-rest/message", Http.json(Map.of("messageName", "commendation-city-answer",
        "businessKey", round.getBusinessKey(), "processVariables", Map.of("cityAnswers", Map.of("type", "Json",
            "value", Http.json(List.of(Map.of("proposalId", centre.id(), "outcome", "commended",
                "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2028-01-15"))))))), "admin", "test-admin");
    assertThat(answered.status()).as(answered.body()).isIn(200, 204);
    executeDueJobs(tracking.getId());

    Proposal commended = register.find(centre.id()).orElseThrow();
    assertThat(commended.state()).isEqualTo(ProposalState.COMMENDED);
    assertThat(commended.decisionNumber()).isEqualTo("1234/QĐ-UBND");
    // the group's answer is still awaited
    assertThat(tracking).isWaitingAt(TASK_CITY_ANSWER);
  }

  @Test
  void theCityApprovesOneThroughTheRestApiAndRefusesTheOtherRecordedByTheLeadUnitAfterAReminder() throws Exception {
    ProcessInstance round = dossierSentToTheCity();
    ProcessInstance tracking = cityAnswersTrackingOf(round);
    Proposal centre = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    Proposal group = proposalOf(round, "Tổ dân phố số 5");
    for (Proposal p : List.of(centre, group)) {
      assertThat(p.state()).isEqualTo(ProposalState.APPROVED);
      assertThat(p.dossierNumber()).isEqualTo("45/TTr-UBND");
      assertThat(p.dossierDate()).isEqualTo(date("2027-12-24"));
    }
    assertThat(tracking).isWaitingAt(TASK_CITY_ANSWER);
    assertThat(subjectsTo("canbo.ttpvhcc@viethoa.example")).as("no Giấy khen mail for city forms")
        .noneMatch(subject -> subject.startsWith("Quyết định khen thưởng số"));
    // the centre is told its proposal went to the city, under which Tờ trình
    assertThat(part(mailsTo("canbo.ttpvhcc@viethoa.example").get(1), "text/plain"))
        .contains("Lãnh đạo UBND phường đồng ý, trình UBND thành phố xét tặng Bằng khen của Chủ tịch UBND thành phố. "
            + "Tờ trình số 45/TTr-UBND ngày 24/12/2027");
    Task waiting = taskOf(tracking, TASK_CITY_ANSWER, "vhxh");
    // reminder date: dossier date + 60 days
    assertDue(waiting.getDueDate(), "2028-02-22T17:00:00+07:00");

    // the city's system answers for the centre through the REST API, by the round's business key
    clockAt("2028-01-20T09:00:00+07:00");
    Http.Response answered = http.post(cityAnswersOf(round.getBusinessKey()), cityAnswer(List.of(Map.of(
        "proposalId", centre.id(), "outcome", "commended", "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2028-01-15"))),
        "canbo.vhxh", "demo");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    executeDueJobs(tracking.getId());

    Proposal commended = register.find(centre.id()).orElseThrow();
    assertThat(commended.state()).isEqualTo(ProposalState.COMMENDED);
    assertThat(commended.decisionNumber()).isEqualTo("1234/QĐ-UBND");
    assertThat(commended.decisionDate()).isEqualTo(date("2028-01-15"));
    assertThat(commended.decisionLevel()).isEqualTo(CommendationForm.Level.CITY);
    assertThat(register.history(centre.id()).get(register.history(centre.id()).size() - 1).actor()).isEqualTo("canbo.vhxh");
    // the group's answer is still awaited
    assertThat(tracking).isWaitingAt(TASK_CITY_ANSWER);
    Task again = taskOf(tracking, TASK_CITY_ANSWER, "vhxh");
    assertThat(listOf(again, "cityAnswers")).singleElement().satisfies(i -> assertThat(idOf(i)).isEqualTo(group.id()));

    // nothing more by the configured time: the lead unit is reminded, once
    clockAt("2028-02-22T17:00:01+07:00");
    executeDueJobs(tracking.getId());
    var reminders = mailsTo("canbo.vhxh@viethoa.example").stream().filter(m -> {
      try {
        return m.getSubject().startsWith("Nhắc việc");
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).getSubject()).startsWith("Nhắc việc: chưa có kết quả khen thưởng của UBND thành phố");
    assertThat(part(reminders.get(0), "text/plain")).contains("Tổ dân phố số 5").contains("Tờ trình số 45/TTr-UBND ngày 24/12/2027")
        .doesNotContain("Trung tâm Phục vụ hành chính công");
    assertThat(tracking).isWaitingAt(TASK_CITY_ANSWER);

    // the refusal arrives on paper; the lead unit records it
    clockAt("2028-03-02T09:00:00+07:00");
    Task last = taskOf(tracking, TASK_CITY_ANSWER, "vhxh");
    submit("canbo.vhxh", tracking, last, Map.of("cityAnswers", fill(last, "cityAnswers", item -> {
      Map<String, Object> a = new HashMap<>();
      a.put("outcome", "refused");
      a.put("decisionNumber", "210/SNV-TĐKT");
      a.put("decisionDate", "2028-02-28");
      a.put("note", "Chưa đủ thời gian tích luỹ thành tích theo quy định.");
      return a;
    })));

    // no Giấy khen in this round: that branch ended at once
    assertThat(tracking).isEnded().hasPassed(END_CITY_ANSWERED);
    assertThat(round).hasPassed(END_NO_WARD_COMMENDATION).hasNotPassed(END_ALL_REFUSED);
    Proposal refused = register.find(group.id()).orElseThrow();
    assertThat(refused.state()).isEqualTo(ProposalState.REFUSED);
    assertThat(refused.decisionLevel()).isEqualTo(CommendationForm.Level.CITY);
    assertThat(refused.stateNote()).isEqualTo("Chưa đủ thời gian tích luỹ thành tích theo quy định.");
    assertThat(register.history(group.id())).extracting(StateChange::state).containsExactly(ProposalState.SUBMITTED,
        ProposalState.RECEIVED, ProposalState.UNDER_REVIEW, ProposalState.ELIGIBLE, ProposalState.APPROVED, ProposalState.REFUSED);

    // the register across years: who was commended, with what, by which decision, in which year
    var commendedIn2027 = http.get("/api/commendations?year=2027&state=COMMENDED", "admin", "test-admin").json();
    assertThat(commendedIn2027).hasSize(1);
    assertThat(commendedIn2027.get(0).get("candidate").asText()).isEqualTo("Trung tâm Phục vụ hành chính công");
    assertThat(commendedIn2027.get(0).get("formLabel").asText()).isEqualTo("Bằng khen của Chủ tịch UBND thành phố");
    assertThat(commendedIn2027.get(0).get("decisionBy").asText()).isEqualTo("Chủ tịch UBND thành phố");
    assertThat(commendedIn2027.get(0).get("roundLabel").asText()).isEqualTo("Sơ kết giai đoạn 1 (2026 - 2027)");
  }

  @Test
  void aGiayKhenAndACityFormDecidedTogetherGoTheirOwnWaysAtOnce() throws Exception {
    clockAt("2027-12-01T09:00:00+07:00");
    reportOf(2027, "ttpvhcc", unitReport(10, 3));
    reportOf(2027, "kthtdt", unitReport(10, 2));
    clockAt("2027-12-06T09:00:00+07:00");
    ProcessInstance round = startRound(2027, RoundKind.interim_review);
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "bang_khen")));
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    clockAt("2027-12-24T10:00:00+07:00");
    leadershipApprovesAll(round, Map.of("wardDecisionNumber", "20/QĐ-UBND", "wardDecisionDate", "2027-12-24",
        "cityDossierNumber", "45/TTr-UBND", "cityDossierDate", "2027-12-24"));

    // the Giấy khen branch is done and the round with it; the city's answer is tracked apart
    assertThat(round).isEnded().hasPassed(TASK_NOTIFY_WARD, END_WARD_NOTIFIED, END_PROPOSED_TO_CITY);
    ProcessInstance tracking = cityAnswersTrackingOf(round);
    assertThat(tracking).isWaitingAt(TASK_CITY_ANSWER);
    assertThat(subjectsTo("canbo.kthtdt@viethoa.example")).containsExactly(
        "Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng (Sơ kết giai đoạn 1 (2026 - 2027), năm 2027)",
        "Quyết định của lãnh đạo UBND phường về đề nghị khen thưởng (Sơ kết giai đoạn 1 (2026 - 2027), năm 2027)");
    assertThat(proposalOf(round, "Phòng Kinh tế, Hạ tầng và Đô thị").state()).isEqualTo(ProposalState.COMMENDED);
    Proposal centre = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    assertThat(centre.state()).isEqualTo(ProposalState.APPROVED);

    clockAt("2028-01-20T09:00:00+07:00");
    Task answer = taskOf(tracking, TASK_CITY_ANSWER, "vhxh");
    submit("canbo.vhxh", tracking, answer, Map.of("cityAnswers", fill(answer, "cityAnswers", item -> Map.of(
        "outcome", "commended", "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2028-01-15"))));

    assertThat(tracking).isEnded().hasPassed(END_CITY_ANSWERED);
    assertThat(round).hasPassed(END_WARD_NOTIFIED).hasNotPassed(END_ALL_REFUSED, END_NO_WARD_COMMENDATION, END_NOTHING_TO_CITY);
    assertThat(register.find(centre.id()).orElseThrow().state()).isEqualTo(ProposalState.COMMENDED);
  }

  @Test
  void anIncompleteOrUnknownAnswerThroughTheRestApiIsRefusedAndNothingChanges() {
    ProcessInstance round = dossierSentToTheCity();
    ProcessInstance tracking = cityAnswersTrackingOf(round);
    Proposal centre = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    clockAt("2028-01-20T09:00:00+07:00");

    Http.Response noNumber = http.post(cityAnswersOf(round.getBusinessKey()), cityAnswer(List.of(Map.of(
        "proposalId", centre.id(), "outcome", "commended", "decisionDate", "2028-01-15"))), "canbo.vhxh", "demo");
    assertThat(noNumber.status()).as(noNumber.body()).isEqualTo(400);
    assertThat(noNumber.json().get("message").asText())
        .contains("“Kết quả của UBND thành phố, mục 1 – Số quyết định của UBND thành phố” là bắt buộc.");

    Http.Response unknown = http.post(cityAnswersOf(round.getBusinessKey()), cityAnswer(List.of(Map.of(
        "proposalId", 999999, "outcome", "refused"))), "canbo.vhxh", "demo");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText()).contains("không có đề nghị 999999 đang chờ kết quả của thành phố");

    Http.Response future = http.post(cityAnswersOf(round.getBusinessKey()), cityAnswer(List.of(Map.of(
        "proposalId", centre.id(), "outcome", "commended", "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2028-02-01"))),
        "canbo.vhxh", "demo");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.json().get("message").asText()).contains("không được sau ngày hôm nay (20/01/2028)");

    // another unit may not answer for the city; nobody may without credentials
    assertThat(http.post(cityAnswersOf(round.getBusinessKey()), cityAnswer(List.of(Map.of(
        "proposalId", centre.id(), "outcome", "refused"))), "canbo.vp", "demo").status()).isEqualTo(403);
    assertThat(http.post(cityAnswersOf(round.getBusinessKey()), cityAnswer(List.of()), null, null).status()).isEqualTo(401);

    assertThat(register.find(centre.id()).orElseThrow().state()).isEqualTo(ProposalState.APPROVED);
    assertThat(tracking).isWaitingAt(TASK_CITY_ANSWER);
  }

  @Test
  void leadershipMustGiveTheDossierNumberAndDateForACityForm() {
    clockAt("2027-12-06T09:00:00+07:00");
    reportOf(2027, "ttpvhcc", unitReport(10, 3));
    ProcessInstance round = startRound(2027, RoundKind.interim_review);
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "bang_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    Task decide = tasks(round, TASK_DECIDE).get(0);
    actAs("chutich");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(decide.getId(), Map.of("decisions",
            fill(decide, "decisions", item -> Map.of("decision", "approve")), "cityDossierNumber", "không số")))
        .hasMessageContaining("“Số tờ trình đề nghị UBND thành phố” phải có dạng số/ký hiệu, ví dụ 45/TTr-UBND.")
        .hasMessageContaining("“Ngày trình” là bắt buộc.");
    engine.getIdentityService().clearAuthentication();
    assertThat(round).isWaitingAt(TASK_DECIDE);
    assertThat(proposalOf(round, "Trung tâm Phục vụ hành chính công").state()).isEqualTo(ProposalState.ELIGIBLE);
  }

  @Test
  void aFlagWaitsForTheFinalReviewAndTheSameCandidateOfThe2027AnnualRoundIsFlaggedToCompilerAndCouncil() throws Exception {
    clockAt("2027-12-01T09:00:00+07:00");
    reportOf(2027, "kthtdt", unitReport(10, 2));
    Map<String, Object> group = residentialReport(120, 120);
    group.put("householdsWasteSorting", 90L);
    reportOf(2027, "tdp-05", group);
    reportApproved(2027);
    clockAt("2027-12-03T09:00:00+07:00");
    ProcessInstance annual = startRound(2027, RoundKind.annual);
    propose(annual, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));

    clockAt("2027-12-06T09:00:00+07:00");
    ProcessInstance interim = startRound(2027, RoundKind.interim_review);
    propose(interim, "kthtdt", List.of(proposal("collective", "kthtdt", null, "bang_khen")));
    propose(interim, "vhxh", List.of(proposal("residential_group", "tdp-05", null, "co_thi_dua")));
    Proposal flag = proposalOf(interim, "Tổ dân phố số 5");
    assertThat(flag.criteriaMet()).isFalse();
    assertThat(flag.criteriaReason()).contains("Cờ thi đua của UBND thành phố", "Điều 27", "tổng kết giai đoạn");
    Proposal office = proposalOf(interim, "Phòng Kinh tế, Hạ tầng và Đô thị");
    assertThat(office.criteriaMet()).isTrue();

    proposalWindowCloses(interim);
    Task compile = taskOf(interim, TASK_COMPILE, "vhxh");
    Map<String, Object> officeItem = listOf(compile, "reviews").stream()
        .filter(item -> idOf(item) == office.id()).findFirst().orElseThrow();
    assertThat((String) officeItem.get("criteria")).contains("Cảnh báo trùng thành tích",
        "Khen thưởng hằng năm, năm 2027 (mã đề nghị " + proposalOf(annual, "Phòng Kinh tế, Hạ tầng và Đô thị").id(),
        "Luật Thi đua, khen thưởng 2022, Điều 5");
    Map<String, Object> flagItem = listOf(compile, "reviews").stream()
        .filter(item -> idOf(item) == flag.id()).findFirst().orElseThrow();
    assertThat((String) flagItem.get("criteria")).startsWith("Không đạt: ").doesNotContain("Cảnh báo trùng thành tích");

    compileReceivingAll(interim);
    Task vote = tasks(interim, TASK_VOTE).get(0);
    assertThat(listOf(vote, "votes")).singleElement().satisfies(item ->
        assertThat((String) item.get("criteria")).contains("Cảnh báo trùng thành tích"));
  }

  @Test
  void theCityDossierHasTheCouncilMinutesAndAnAchievementReportPerCandidateAsDrafts() throws Exception {
    ProcessInstance round = dossierSentToTheCity();
    Proposal centre = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    String base = "/api/documents/commendation/2027/interim_review/";

    Http.Binary minutes = http.getBytes(base + "minutes.docx", "canbo.vhxh", "demo");
    assertThat(minutes.status()).isEqualTo(200);
    assertThat(minutes.header("X-Document-Status")).isEqualTo("draft");
    try (var docx = new vn.viethoa.movement.support.Docx(minutes.body())) {
      assertThat(docx.lines()).contains("BIÊN BẢN", "Họp Hội đồng Thi đua - Khen thưởng phường",
          "II. KẾT QUẢ BIỂU QUYẾT");
      assertThat(docx.text()).contains("Thành phần: 3 thành viên Hội đồng Thi đua - Khen thưởng phường; số thành viên đã biểu quyết: 3.",
          "đạt 70% tổng số thành viên Hội đồng", "Nghị định số 152/2025/NĐ-CP");
      var table = docx.table("STT", "Tên tập thể, cá nhân", "Hình thức đề nghị", "Số phiếu đồng ý", "Kết quả");
      assertThat(vn.viethoa.movement.support.Docx.row(table, 1, "Trung tâm Phục vụ hành chính công"))
          .containsExactly("1", "Trung tâm Phục vụ hành chính công",
              "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố", "3/3", "Thông qua");
    }

    Http.Binary report = http.getBytes(base + "achievement/" + centre.id() + ".docx", "chutich", "demo");
    assertThat(report.status()).isEqualTo(200);
    try (var docx = new vn.viethoa.movement.support.Docx(report.body())) {
      assertThat(docx.lines()).contains("BÁO CÁO THÀNH TÍCH", "Đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
          "(Theo mẫu báo cáo thành tích của Thông tư số 15/2025/TT-BNV ngày 04/8/2025 của Bộ trưởng Bộ Nội vụ)",
          "Tên tập thể: Trung tâm Phục vụ hành chính công.", "Dẫn đầu phong trào chuyển đổi số của phường năm qua.");
    }
    // a Giấy khen or another round's proposal has no achievement report for the city
    assertThat(http.getBytes("/api/documents/commendation/2026/annual/achievement/" + centre.id() + ".docx", "chutich", "demo")
        .status()).isEqualTo(404);
    assertThat(http.getBytes(base + "minutes.docx", "canbo.mttq", "demo").status()).isEqualTo(403);
  }
}
