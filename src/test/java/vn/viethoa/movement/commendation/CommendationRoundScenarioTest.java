package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.commendation.CommendationRoundProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/**
 * Section III of the plan, the yearly round: units propose, the lead unit compiles, the council
 * votes, the ward's Chairman commends with a Giấy khen and the units are told.
 */
@MovementTest
class CommendationRoundScenarioTest extends CommendationScenario {

  @LocalServerPort int port;

  /** 2026: the reports are in and approved; a unit meeting every criterion, one short of 100% proficiency. */
  ProcessInstance round2026() {
    clockAt("2026-12-02T09:00:00+07:00");
    reportOf(2026, "kthtdt", unitReport(10, 2));
    reportOf(2026, "ttdvsnc", unitReport(9, 1));
    reportApproved(2026);
    clockAt("2026-12-05T09:00:00+07:00");
    return startRound(2026, RoundKind.annual);
  }

  @Test
  void in2026AnEligibleUnitIsCommendedWithAGiayKhenAndItsOfficialsAreToldByMail() throws Exception {
    ProcessInstance round = round2026();
    assertThat(round.getBusinessKey()).isEqualTo("KHENTHUONG-2026-annual");
    assertThat(tasks(round, TASK_PROPOSE)).hasSize(26);
    Task kthtdt = taskOf(round, TASK_PROPOSE, "kthtdt");
    // 14 working days from Saturday 5/12/2026
    assertDue(kthtdt.getDueDate(), "2026-12-24T17:00:00+07:00");
    assertThat(engine.getTaskService().getVariablesLocal(kthtdt.getId())).containsEntry("unitName", "Phòng Kinh tế, Hạ tầng và Đô thị")
        .containsEntry("year", 2026);

    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    Proposal submitted = proposalOf(round, "Phòng Kinh tế, Hạ tầng và Đô thị");
    assertThat(submitted.state()).isEqualTo(ProposalState.SUBMITTED);
    assertThat(submitted.criteriaMet()).isTrue();
    assertThat(submitted.criteriaReason()).isEqualTo("Đạt các tiêu chí thi đua đối với tập thể (mục III.1.1 của Kế hoạch).");
    assertThat(submitted.criteriaFigures()).contains("sáng kiến, giải pháp: 2").contains("10/10 (100%)");
    // the evaluation is kept in the engine's decision history with its inputs (Cockpit → Decisions)
    var evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("eligibility-collective").includeInputs().list();
    assertThat(evaluation).isNotEmpty();
    assertThat(evaluation).anySatisfy(d -> assertThat(d.getInputs()).extracting(i -> i.getValue()).contains(2, 100.0));

    proposalWindowCloses(round);
    assertThat(round).isWaitingAt(TASK_COMPILE);
    compileReceivingAll(round);
    assertThat(round).isWaitingAt(TASK_VOTE);
    assertThat(tasks(round, TASK_VOTE)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COUNCIL);
    everyMemberVotesFor(round);
    assertThat(round).isWaitingAt(TASK_DECIDE);

    clockAt("2026-12-28T10:00:00+07:00");
    leadershipApprovesAll(round, Map.of("wardDecisionNumber", "15/QĐ-UBND", "wardDecisionDate", "2026-12-28"));
    // the Giấy khen branch notifies, the city branch has nothing to wait for
    assertThat(round).isEnded().hasPassed(END_WARD_NOTIFIED, END_NOTHING_TO_CITY).hasNotPassed(END_ALL_REFUSED);

    Proposal commended = register.find(submitted.id()).orElseThrow();
    assertThat(commended.state()).isEqualTo(ProposalState.COMMENDED);
    assertThat(commended.decisionNumber()).isEqualTo("15/QĐ-UBND");
    assertThat(commended.decisionDate()).isEqualTo(date("2026-12-28"));
    assertThat(commended.decisionLevel()).isEqualTo(CommendationForm.Level.WARD);
    assertThat(commended.votesFor()).isEqualTo(3);
    assertThat(register.history(submitted.id())).extracting(StateChange::state).containsExactly(ProposalState.SUBMITTED,
        ProposalState.RECEIVED, ProposalState.UNDER_REVIEW, ProposalState.ELIGIBLE, ProposalState.COMMENDED);
    assertThat(register.history(submitted.id()).get(0).actor()).isEqualTo("canbo.kthtdt");
    assertThat(register.votes(submitted.id())).extracting(CouncilVote::memberId).containsExactlyInAnyOrderElementsOf(COUNCIL);

    // the proposing unit is told the council's outcome, then leadership's decision with the decision's number
    assertThat(subjectsTo("canbo.kthtdt@viethoa.example")).containsExactly(
        "Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng (Khen thưởng hằng năm, năm 2026)",
        "Quyết định của lãnh đạo UBND phường về đề nghị khen thưởng (Khen thưởng hằng năm, năm 2026)");
    MimeMessage decision = mailsTo("canbo.kthtdt@viethoa.example").get(1);
    assertThat(part(decision, "text/plain")).startsWith("Kính gửi đồng chí Trần Văn Minh,")
        .contains("- Phòng Kinh tế, Hạ tầng và Đô thị (Giấy khen của Chủ tịch UBND phường): Được tặng Giấy khen của Chủ tịch "
            + "UBND phường. Quyết định số 15/QĐ-UBND ngày 28/12/2026.");

    // the register answers who was commended, with what, by which decision, in which year
    var body = new Http(port).get("/api/commendations?year=2026&state=COMMENDED", "chutich", "demo").json();
    assertThat(body).hasSize(1);
    assertThat(body.get(0).get("candidate").asText()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
    assertThat(body.get(0).get("formLabel").asText()).isEqualTo("Giấy khen của Chủ tịch UBND phường");
    assertThat(body.get(0).get("decisionNumber").asText()).isEqualTo("15/QĐ-UBND");
    assertThat(body.get(0).get("decisionDate").asText()).isEqualTo("2026-12-28");
    assertThat(body.get(0).get("decisionBy").asText()).isEqualTo("Chủ tịch UBND phường");
    assertThat(body.get(0).get("year").asInt()).isEqualTo(2026);
    assertThat(body.get(0).get("history")).hasSize(5);

    // the decision issued under 15/QĐ-UBND is kept as issued: a later correction of the register does not rewrite it
    Http http = new Http(port);
    var issued = http.getBytes("/api/documents/commendation/2026/annual/decision.docx", "chutich", "demo");
    assertThat(issued.status()).isEqualTo(200);
    assertThat(issued.header("X-Document-Status")).isEqualTo("issued");
    assertThat(jdbc.queryForObject("select issued_by from issued_document where kind = 'commendation-decision' "
        + "and doc_key = 'KHENTHUONG-2026-annual'", String.class)).isEqualTo("chutich");
    assertThat(jdbc.update("update commendation_proposal set achievements = 'Sửa sau khi ban hành.' where id = ?",
        submitted.id())).isOne();
    assertThat(http.getBytes("/api/documents/commendation/2026/annual/decision.docx", "canbo.vhxh", "demo").body())
        .isEqualTo(issued.body());
  }

  @Test
  void whenLeadershipRefusesEveryProposalTheRoundEndsWithoutAGiayKhenOrWaitingForTheCityAndTheUnitIsTold() throws Exception {
    ProcessInstance round = round2026();
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    Task decide = tasks(round, TASK_DECIDE).get(0);
    submit("chutich", round, decide, Map.of("decisions", fill(decide, "decisions", item -> Map.of("decision", "refuse",
        "note", "Thành tích chưa nổi bật so với các đơn vị khác."))));

    assertThat(round).isEnded().hasPassed(END_ALL_REFUSED, END_LEADERSHIP_DECISION_NOTIFIED)
        .hasNotPassed(TASK_NOTIFY_WARD, END_WARD_NOTIFIED, END_NO_WARD_COMMENDATION, END_NOTHING_TO_CITY, TASK_TRACK_CITY_ANSWERS);
    assertThat(proposalOf(round, "Phòng Kinh tế, Hạ tầng và Đô thị").state()).isEqualTo(ProposalState.REFUSED);
    // no Giấy khen mail; the unit reads the council's outcome and leadership's refusal with its reason
    List<MimeMessage> mails = mailsTo("canbo.kthtdt@viethoa.example");
    assertThat(mails).extracting(MimeMessage::getSubject).noneMatch(s -> s.startsWith("Quyết định khen thưởng số"));
    assertThat(part(mails.get(0), "text/plain")).contains("Hội đồng thông qua, trình lãnh đạo UBND phường quyết định. "
        + "3/3 thành viên Hội đồng đồng ý (100%); đạt tỷ lệ từ 70% tổng số thành viên trở lên.");
    assertThat(part(mails.get(1), "text/plain")).contains("Lãnh đạo UBND phường không đồng ý khen thưởng. "
        + "Thành tích chưa nổi bật so với các đơn vị khác.");
  }

  @Test
  void aUnitShortOfTheCriteriaIsNotEligibleAndTheReasonIsShownToTheLeadUnitAndKeptInTheRegister() {
    ProcessInstance round = round2026();
    propose(round, "ttdvsnc", List.of(proposal("collective", "ttdvsnc", null, "giay_khen")));
    proposalWindowCloses(round);

    // the lead unit sees the table's answer and the figures it was given before it decides anything
    Task compile = taskOf(round, TASK_COMPILE, "vhxh");
    Map<String, Object> item = listOf(compile, "reviews").get(0);
    assertThat(item.get("candidate")).isEqualTo("Tập thể (phòng, đơn vị): Trung tâm Dịch vụ sự nghiệp công");
    assertThat(item.get("criteria")).isEqualTo("Không đạt: Chưa đạt 100% cán bộ, công chức, viên chức sử dụng thành thạo "
        + "các phần mềm, nền tảng số (III.1.1).");
    assertThat(item.get("figures")).asString().contains("cán bộ thành thạo nền tảng số: 9/10 (90%)");
    assertThat((String) engine.getRuntimeService().getVariable(round.getId(), "roundSummary"))
        .contains("Trung tâm Dịch vụ sự nghiệp công").contains("Không đạt: Chưa đạt 100%");

    compileReceivingAll(round);

    // not eligible proposals do not go to the council; with nothing else, the round ends
    assertThat(round).isEnded().hasPassed(END_NOTHING_TO_REVIEW);
    Proposal p = proposalOf(round, "Trung tâm Dịch vụ sự nghiệp công");
    assertThat(p.state()).isEqualTo(ProposalState.NOT_ELIGIBLE);
    assertThat(p.stateNote()).isEqualTo("Không đạt tiêu chí thi đua: Chưa đạt 100% cán bộ, công chức, viên chức sử dụng "
        + "thành thạo các phần mềm, nền tảng số (III.1.1).");
    var view = new Http(port).get("/api/commendations/" + p.id(), "canbo.ttdvsnc", "demo").json();
    assertThat(view.get("stateLabel").asText()).isEqualTo("Không đủ điều kiện");
    assertThat(view.get("criteriaReason").asText()).startsWith("Chưa đạt 100%");
  }

  @Test
  void theFrontIsAskedToCooperateInARoundAndIsNotJudgedAsAUnitOfTheCommittee() {
    ProcessInstance round = round2026();
    Task front = taskOf(round, TASK_PROPOSE, "mttq");
    assertThat(front.getName()).isEqualTo("Đề nghị phối hợp giới thiệu cá nhân, hộ gia đình tiêu biểu để khen thưởng");
    assertThat(taskOf(round, TASK_PROPOSE, "kthtdt").getName()).isEqualTo("Đề xuất khen thưởng của đơn vị");

    // III.1.1 is for the units under the Committee: the Front as a collective is refused, with the reason
    assertThatThrownBy(() -> propose(round, "mttq", List.of(proposal("collective", "mttq", null, "giay_khen"))))
        .hasMessageContaining("“Mặt trận Tổ quốc và các đoàn thể” không phải phòng, đơn vị trực thuộc UBND phường")
        .hasMessageContaining("III.1.1");
    // nor may another unit propose it as one (the REST API bypasses the form's hint)
    assertThatThrownBy(() -> propose(round, "vhxh", List.of(proposal("collective", "mttq", null, "giay_khen"))))
        .hasMessageContaining("không phải phòng, đơn vị trực thuộc UBND phường");
    assertThat(register.ofRound(round.getBusinessKey())).isEmpty();

    // the Front puts forward a household it mobilised, judged by III.1.3 like any other
    propose(round, "mttq", List.of(household("tdp-03", "Nguyễn Văn Hoà", 3)));
    proposalWindowCloses(round);
    Proposal household = proposalOf(round, "Nguyễn Văn Hoà");
    assertThat(household.proposingUnitId()).isEqualTo("mttq");
    assertThat(household.candidateType()).isEqualTo(CandidateType.household);
  }

  @Test
  void withThreeMembersOneAgainstIsDecisiveTheMembersReadItOnTheBallotAndTheUnitIsToldTheCouncilRefused() throws Exception {
    ProcessInstance round = round2026();
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    proposalWindowCloses(round);
    clockAt("2026-12-21T09:00:00+07:00");
    compileReceivingAll(round);

    // every member reads the rule with this council's numbers before voting (70% of 3 members: 3 needed)
    String rule = "Đề nghị được thông qua khi có ít nhất 3/3 thành viên đồng ý (từ 70% tổng số thành viên Hội đồng "
        + "trở lên); với 3 thành viên, 1 phiếu không đồng ý là đề nghị không được thông qua. Thành viên chưa biểu quyết "
        + "khi hết hạn (17:00 ngày 30/12/2026) được tính là không đồng ý.";
    for (Task ballot : tasks(round, TASK_VOTE)) {
      assertThat(engine.getTaskService().getVariable(ballot.getId(), "voteRule")).isEqualTo(rule);
    }

    vote(round, "chutich", item -> true);
    vote(round, "hoidong.01", item -> true);
    clockAt("2026-12-22T15:00:00+07:00");
    vote(round, "hoidong.02", item -> false);

    // refused by the council: a state of its own, not "criteria not met"
    assertThat(round).isEnded().hasPassed(END_NONE_ELIGIBLE, TASK_NOTIFY_COUNCIL_OUTCOME, END_COUNCIL_OUTCOME_NOTIFIED)
        .hasNotPassed(TASK_DECIDE, TASK_NOTIFY_LEADERSHIP_DECISION);
    Proposal p = proposalOf(round, "Phòng Kinh tế, Hạ tầng và Đô thị");
    assertThat(p.state()).isEqualTo(ProposalState.COUNCIL_REFUSED);
    assertThat(p.state().label()).isEqualTo("Hội đồng Thi đua - Khen thưởng không thông qua");
    assertThat(register.history(p.id())).extracting(StateChange::state).containsExactly(ProposalState.SUBMITTED,
        ProposalState.RECEIVED, ProposalState.UNDER_REVIEW, ProposalState.COUNCIL_REFUSED);
    assertThat(register.history(p.id()).get(3).changedAt().toInstant())
        .isEqualTo(java.time.OffsetDateTime.parse("2026-12-22T15:00:00+07:00").toInstant());

    // the proposing unit is told, with the count and the rule
    List<MimeMessage> told = mailsTo("canbo.kthtdt@viethoa.example");
    assertThat(told).singleElement().satisfies(m -> {
      assertThat(m.getSubject()).isEqualTo("Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng (Khen thưởng hằng năm, năm 2026)");
      assertThat(part(m, "text/plain")).startsWith("Kính gửi đồng chí Trần Văn Minh,")
          .contains("- Phòng Kinh tế, Hạ tầng và Đô thị (Giấy khen của Chủ tịch UBND phường): Hội đồng không thông qua; "
              + "đề nghị không được xét tiếp trong đợt này. 2/3 thành viên Hội đồng đồng ý (66,7%); chưa đạt tỷ lệ từ 70% "
              + "tổng số thành viên trở lên.");
      assertThat(part(m, "text/html")).contains("Hội đồng không thông qua");
    });
    // the register's reader and the dashboard name the state
    var view = new Http(port).get("/api/commendations/" + p.id(), "canbo.kthtdt", "demo").json();
    assertThat(view.get("stateLabel").asText()).isEqualTo("Hội đồng Thi đua - Khen thưởng không thông qua");
    var byState = new Http(port).get("/api/dashboard?year=2026", "chutich", "demo").json().get("commendations").toString();
    assertThat(byState).contains("COUNCIL_REFUSED").contains("Hội đồng Thi đua - Khen thưởng không thông qua");
    assertThat(p.votesFor()).isEqualTo(2);
    assertThat(p.votesCast()).isEqualTo(3);
    assertThat(p.stateNote()).isEqualTo("Hội đồng không thông qua: 2/3 thành viên Hội đồng đồng ý (66,7%); chưa đạt tỷ lệ "
        + "từ 70% tổng số thành viên trở lên.");
    assertThat(register.votes(p.id())).filteredOn(v -> !v.inFavour()).extracting(CouncilVote::memberId).containsExactly("hoidong.02");
  }

  @Test
  void aCouncilMemberIsToldOfTheVoteAsAPersonNotAsABlankUnit() throws Exception {
    ProcessInstance round = round2026();
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    Task vote = tasks(round, TASK_VOTE).stream().filter(t -> "hoidong.02".equals(t.getAssignee())).findFirst().orElseThrow();
    String reminders = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(vn.viethoa.movement.reminders.TaskRemindersProcess.KEY)
        .variableValueEquals("taskId", vote.getId()).singleResult().getId();
    executeDueJobs(reminders);

    MimeMessage notice = mailsTo("hoidong.02@").get(0);
    assertThat(part(notice, "text/plain")).contains("Bùi Thị Thu")
        .contains("Đồng chí vừa được giao một công việc").doesNotContain("Đơn vị  ").doesNotContain("Đơn vị vừa");
    assertThat(part(notice, "text/html")).contains("Đồng chí vừa được giao").doesNotContain("Đơn vị <b></b>");
  }

  @Test
  void aMemberWhoDoesNotVoteByTheDeadlineCountsAsNotInFavour() throws Exception {
    ProcessInstance round = round2026();
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    proposalWindowCloses(round);
    clockAt("2026-12-21T09:00:00+07:00");
    compileReceivingAll(round);
    // 7 working days from Monday 21/12/2026
    assertDue(tasks(round, TASK_VOTE).get(0).getDueDate(), "2026-12-30T17:00:00+07:00");
    vote(round, "chutich", item -> true);
    vote(round, "hoidong.01", item -> true);

    clockAt("2026-12-30T17:00:01+07:00");
    executeDueJobs(round.getId());

    assertThat(round).isEnded().hasPassed(END_NONE_ELIGIBLE);
    Proposal p = proposalOf(round, "Phòng Kinh tế, Hạ tầng và Đô thị");
    assertThat(p.votesCast()).isEqualTo(2);
    assertThat(p.stateNote()).contains("2/3 thành viên Hội đồng đồng ý (66,7%)");
  }

  @Test
  void aProposalReturnedForCorrectionIsResubmittedAndGoesOn() {
    ProcessInstance round = round2026();
    propose(round, "tdp-03", List.of(household("tdp-03", "Phạm Văn Bình", 0)));
    proposalWindowCloses(round);
    Proposal first = proposalOf(round, "Phạm Văn Bình");
    assertThat(first.criteriaText()).isEqualTo("Không đạt: Hộ chưa tham gia lớp học kỹ năng số nào (tiêu chí III.1.3).");

    // a return needs a note
    Task compile = taskOf(round, TASK_COMPILE, "vhxh");
    actAs("canbo.vhxh");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(compile.getId(), Map.of("reviews",
            fill(compile, "reviews", item -> Map.of("action", "return")))))
        .hasMessageContaining("“Danh sách đề nghị, mục 1 – Nội dung cần chỉnh sửa, bổ sung” là bắt buộc.");
    engine.getIdentityService().clearAuthentication();

    clockAt("2026-12-21T09:00:00+07:00");
    compile(round, item -> "Bổ sung số lớp kỹ năng số hộ đã tham gia.");
    Task correction = taskOf(round, TASK_CORRECT, "tdp-03");
    // 5 working days from Monday 21/12/2026
    assertDue(correction.getDueDate(), "2026-12-28T17:00:00+07:00");
    assertThat(engine.getTaskService().getVariables(correction.getId())).containsEntry("returnNote", "Bổ sung số lớp kỹ năng số hộ đã tham gia.")
        .containsEntry("candidateName", "Phạm Văn Bình").containsEntry("candidateType", "household")
        .containsEntry("unitName", "Tổ dân phố số 3");
    assertThat(register.find(first.id()).orElseThrow().state()).isEqualTo(ProposalState.RETURNED);

    Map<String, Object> corrected = new java.util.HashMap<>(household("tdp-03", "Phạm Văn Bình", 2));
    submit("totruong.03", round, correction, corrected);

    Proposal resubmitted = register.find(first.id()).orElseThrow();
    assertThat(resubmitted.state()).isEqualTo(ProposalState.SUBMITTED);
    assertThat(resubmitted.facts().skillsClasses()).isEqualTo(2);
    assertThat(resubmitted.criteriaMet()).isTrue();
    assertThat(round).isWaitingAt(TASK_COMPILE);

    compileReceivingAll(round);
    assertThat(round).isWaitingAt(TASK_VOTE);
    assertThat(register.history(first.id())).extracting(StateChange::state).containsExactly(ProposalState.SUBMITTED,
        ProposalState.RETURNED, ProposalState.SUBMITTED, ProposalState.RECEIVED, ProposalState.UNDER_REVIEW);
    assertThat(register.history(first.id()).get(1).note()).isEqualTo("Bổ sung số lớp kỹ năng số hộ đã tham gia.");
    assertThat(register.history(first.id()).get(2).actor()).isEqualTo("totruong.03");
  }

  @Test
  void nominationsOfTheAnnualReportCarryOverAsDraftsTheUnitConfirmsOrThatCloseWithTheWindow() {
    clockAt("2026-12-02T09:00:00+07:00");
    Map<String, Object> office = unitReport(10, 1);
    office.put("nominations", List.of(nomination("individual", "Nguyễn Thị Lan", "Chuyên viên", "giay_khen"),
        nomination("collective", "Văn phòng HĐND và UBND phường", null, "giay_khen")));
    reportOf(2026, "vp", office);
    Map<String, Object> group = residentialReport(100, 100);
    group.put("nominations", List.of(nomination("household", "Lê Văn Tám", null, "giay_khen")));
    reportOf(2026, "tdp-07", group);
    reportApproved(2026);
    clockAt("2026-12-05T09:00:00+07:00");
    ProcessInstance round = startRound(2026, RoundKind.annual);

    assertThat(register.ofRound(round.getBusinessKey())).hasSize(3)
        .allSatisfy(p -> assertThat(p.state()).isEqualTo(ProposalState.DRAFT))
        .allSatisfy(p -> assertThat(p.source()).isEqualTo(Proposal.Source.ANNUAL_REPORT));
    Task vpTask = taskOf(round, TASK_PROPOSE, "vp");
    List<Map<String, Object>> prefilled = listOf(vpTask, "proposals");
    assertThat(prefilled).extracting(m -> m.get("candidateName")).containsExactly("Nguyễn Thị Lan", "Văn phòng HĐND và UBND phường");
    assertThat(prefilled.get(0)).containsEntry("candidateUnitId", "vp").containsEntry("candidatePosition", "Chuyên viên");

    // the office completes the individual's facts and drops its own nomination
    Map<String, Object> lan = new java.util.HashMap<>(prefilled.get(0));
    lan.putAll(individual("vp", "Nguyễn Thị Lan", "Chuyên viên", "giay_khen"));
    propose(round, "vp", List.of(lan));
    assertThat(proposalOf(round, "Nguyễn Thị Lan").state()).isEqualTo(ProposalState.SUBMITTED);
    assertThat(proposalOf(round, "Văn phòng HĐND và UBND phường").state()).isEqualTo(ProposalState.WITHDRAWN);

    // the residential group does nothing: its household lacks the facts the criteria need and is withdrawn
    proposalWindowCloses(round);
    Proposal tam = proposalOf(round, "Lê Văn Tám");
    assertThat(tam.state()).isEqualTo(ProposalState.WITHDRAWN);
    assertThat(tam.stateNote()).contains("“Số lớp học kỹ năng số hộ đã tham gia” là bắt buộc.");
    assertThat(tasks(round, TASK_PROPOSE)).isEmpty();
    assertThat(round).isWaitingAt(TASK_COMPILE);
  }

  @Test
  void aYearlyRoundIsTheWardsOwnABangKhenIsRefusedAndACarriedOverOneIsWithdrawnWithTheReason() {
    clockAt("2026-12-02T09:00:00+07:00");
    Map<String, Object> centre = unitReport(10, 3);
    centre.put("nominations", List.of(nomination("collective", "Trung tâm Phục vụ hành chính công", null, "bang_khen")));
    reportOf(2026, "ttpvhcc", centre);
    reportOf(2026, "kthtdt", unitReport(10, 2));
    reportApproved(2026);
    clockAt("2026-12-05T09:00:00+07:00");
    ProcessInstance round = startRound(2026, RoundKind.annual);

    // a unit asking for a city form in a yearly round is told when the city is asked
    Task kthtdt = taskOf(round, TASK_PROPOSE, "kthtdt");
    actAs(officialOf("kthtdt"));
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(kthtdt.getId(), Map.of("proposals",
            List.of(proposal("collective", "kthtdt", null, "bang_khen")))))
        .hasMessageContaining("Bằng khen của Chủ tịch UBND thành phố chỉ đề nghị UBND thành phố tại sơ kết giai đoạn 1 và tổng kết phong trào")
        .hasMessageContaining("đợt khen thưởng hằng năm xét Giấy khen của Chủ tịch UBND phường");
    // a person without a position beside it: both problems in one answer, not one after the other
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(kthtdt.getId(), Map.of("proposals",
            List.of(proposal("individual", "kthtdt", "Nguyễn Văn Hùng", "giay_khen"), proposal("collective", "kthtdt", null, "bang_khen")))))
        .hasMessageContaining("Chức vụ” là bắt buộc với cá nhân")
        .hasMessageContaining("chỉ đề nghị UBND thành phố tại sơ kết giai đoạn 1 và tổng kết phong trào");
    engine.getIdentityService().clearAuthentication();
    assertThat(register.ofRound(round.getBusinessKey(), ProposalState.SUBMITTED)).isEmpty();

    // the Bằng khen nominated in the annual report is not carried into the list
    proposalWindowCloses(round);
    Proposal carried = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    assertThat(carried.state()).isEqualTo(ProposalState.WITHDRAWN);
    assertThat(carried.stateNote()).contains("chỉ đề nghị UBND thành phố tại sơ kết giai đoạn 1 và tổng kết phong trào");
  }

  @Test
  void whenEveryUnitAndResidentialGroupHasAnsweredTheWindowClosesWithoutWaitingForItsDeadline() {
    ProcessInstance round = round2026();
    List<String> proposers = new java.util.ArrayList<>(UNITS);
    java.util.stream.IntStream.rangeClosed(1, 20).forEach(n -> proposers.add(String.format("tdp-%02d", n)));
    assertThat(tasks(round, TASK_PROPOSE)).hasSize(proposers.size());

    // on 5 December, two weeks before the deadline, every unit and group answers: one proposal, the rest none
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    for (String unit : proposers.subList(0, proposers.size() - 1)) {
      if (!unit.equals("kthtdt")) {
        assertThat(round).isWaitingAt(TASK_PROPOSE);
        propose(round, unit, List.of());
      }
    }
    assertThat(round).isWaitingAt(TASK_PROPOSE);
    propose(round, proposers.get(proposers.size() - 1), List.of());

    // the lead unit compiles at once; the deadline's timer is gone with the window
    assertThat(round).hasPassed(TASK_CLOSE_PROPOSALS).hasNotPassed(TIMER_PROPOSALS_CLOSED).isWaitingAt(TASK_COMPILE);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(round.getId()).timers()
        .activityId(TIMER_PROPOSALS_CLOSED).count()).isZero();
    Task compile = taskOf(round, TASK_COMPILE, "vhxh");
    assertThat(listOf(compile, "reviews")).singleElement()
        .satisfies(item -> assertThat(item).containsEntry("proposingUnit", "Phòng Kinh tế, Hạ tầng và Đô thị")
            .containsEntry("candidate", "Tập thể (phòng, đơn vị): Phòng Kinh tế, Hạ tầng và Đô thị"));
    assertThat(proposalOf(round, "Phòng Kinh tế, Hạ tầng và Đô thị").state()).isEqualTo(ProposalState.SUBMITTED);
  }

  @Test
  void anAnnualRoundWaitsForTheApprovedReportAndARoundIsHeldOnce() {
    clockAt("2026-12-05T09:00:00+07:00");
    assertThatThrownBy(() -> rounds.start(2026, RoundKind.annual))
        .hasMessageContaining("Báo cáo kết quả phong trào năm 2026 chưa được lãnh đạo duyệt");
    assertThatThrownBy(() -> rounds.start(2026, RoundKind.interim_review))
        .hasMessageContaining("Sơ kết giai đoạn 1 được tổ chức vào năm 2027 (mục IV của Kế hoạch).");
    assertThatThrownBy(() -> rounds.start(2031, RoundKind.final_review))
        .hasMessageContaining("“Năm” phải trong giai đoạn 2026 - 2030 của Kế hoạch.");
    reportApproved(2026);
    startRound(2026, RoundKind.annual);
    assertThatThrownBy(() -> rounds.start(2026, RoundKind.annual))
        .hasMessageContaining("Đợt “Khen thưởng hằng năm” năm 2026 đã được khởi tạo.");
  }
}
