package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.support.ReportingFixtures.officialOf;
import static vn.viethoa.movement.support.ReportingFixtures.residentialReport;
import static vn.viethoa.movement.support.ReportingFixtures.reportOfUnit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.commendation.ProposalState;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.reporting.WardReport;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/**
 * The whole plan, January 2026 to its end in 2030, moving the engine clock: the launch, five yearly
 * cycles of reports and commendations, the interim review of 2027 and the final review of 2030 with
 * proposals to the city, and the movement ending cleanly. Its duration goes to a benchmark report.
 */
@MovementTest
class WholeMovementScenarioTest extends CommendationScenario {

  static final List<String> UNITS = List.of("vp", "kthtdt", "vhxh", "ttpvhcc", "ttdvsnc", "mttq");
  static final List<String> GROUPS = IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n)).toList();
  static final List<String> PLAN_KEYS = List.of(MovementProcess.KEY, AnnualReportingProcess.KEY, CommendationRoundProcess.KEY,
      vn.viethoa.movement.commendation.CityAnswersProcess.KEY);

  @LocalServerPort int port;

  @BeforeEach
  void noMovementUnderWay() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
  }

  /** Runs what has become due in the plan's processes, as the job executor would (reminders aside). */
  void settle() {
    settleJobsOf(PLAN_KEYS);
  }

  ProcessInstance byKey(String processKey, String businessKey) {
    ProcessInstance found = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult();
    assertThat(found).as(businessKey).isNotNull();
    return found;
  }

  /** The only open task of that kind, completed by that user through its form. */
  void complete(String user, String taskKey, String group, Map<String, Object> values) {
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey);
    if (group != null) {
      query = query.taskCandidateGroup(group).includeAssignedTasks();
    }
    List<Task> found = query.list();
    assertThat(found).as(taskKey + " for " + (group == null ? user : group)).hasSize(1);
    actAs(user);
    try {
      engine.getTaskService().claim(found.get(0).getId(), user);
      engine.getFormService().submitTaskForm(found.get(0).getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    settle();
  }

  String today() {
    return clock.today().toString();
  }

  void launch() {
    complete("canbo.vhxh", MovementProcess.Elements.TASK_DRAFT_PLAN, null, Map.of("draftSummary", "Dự thảo kế hoạch 2026 - 2030."));
    clockAt("2026-03-10T10:00:00+07:00");
    complete("chutich", MovementProcess.Elements.TASK_APPROVE_AND_LAUNCH, null,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-10"));
    Map<String, Object> done = Map.of("disseminationResult", "Đã tuyên truyền.", "sessionsHeld", 2L, "peopleReached", 300L);
    complete("canbo.vp", MovementProcess.Elements.TASK_PUBLICIZE, "vp", done);
    complete("canbo.kthtdt", MovementProcess.Elements.TASK_MOBILISE_BUSINESSES, "kthtdt", done);
    complete("canbo.ttdvsnc", MovementProcess.Elements.TASK_WRITE_NEWS, "ttdvsnc", done);
    for (String group : GROUPS) {
      complete(officialOf(group), MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS, group, done);
    }
  }

  /** Every unit and residential group reports, the lead unit aggregates, leadership approves, the city receives it. */
  void reportingYear(int year) {
    clockAt(year + "-11-02T09:00:00+07:00");
    settle();
    for (String unit : UNITS) {
      complete(officialOf(unit), AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unit, reportOfUnit(unit, 10, 1));
    }
    for (String group : GROUPS) {
      complete(officialOf(group), AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, group, residentialReport(100, 100));
    }
    clockAt(year + "-12-01T09:00:00+07:00");
    complete("canbo.vhxh", AnnualReportingProcess.Elements.TASK_AGGREGATE, "vhxh", Map.of("assessment", "Hoàn thành các chỉ tiêu năm " + year + "."));
    complete("chutich", AnnualReportingProcess.Elements.TASK_APPROVE, "lanhdao", Map.of("decision", "approved"));
    complete("canbo.vhxh", AnnualReportingProcess.Elements.TASK_SUBMIT_TO_CITY, "vhxh",
        Map.of("cityDocumentNumber", (200 + year % 100) + "/BC-UBND", "citySubmittedOn", today()));
    assertThat(wardReports.find(year).orElseThrow().status()).isEqualTo(WardReport.Status.SUBMITTED);
  }

  /** The year's round: the service centre is proposed for a Giấy khen, which the Chairman grants. */
  void annualCommendation(int year) {
    ProcessInstance round = byKey(CommendationRoundProcess.KEY, "KHENTHUONG-" + year + "-annual");
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "giay_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    leadershipApprovesAll(round, Map.of("wardDecisionNumber", (10 + year % 100) + "/QĐ-UBND", "wardDecisionDate", today()));
    settle();
    assertThat(round).isEnded();
    assertThat(proposalOf(round, "Trung tâm Phục vụ hành chính công").state()).isEqualTo(ProposalState.COMMENDED);
    if (year == 2026) {
      assertThat(document("/api/documents/commendation/2026/annual/decision.docx"))
          .contains("36/QĐ-UBND").contains("Trung tâm Phục vụ hành chính công").contains("Giấy khen");
    }
  }

  /** A generated document as the lead unit downloads it, read back as text (POI). */
  String document(String path) {
    try {
      var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("canbo.vhxh:demo".getBytes()))
          .GET().build();
      var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(response.body()));
          var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
        return text.getText();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A review: report from the stored figures, conference, a Bằng khen proposed to the city and granted, result sent. */
  void review(String kind, int year, String prepare, String conference, String send) {
    Task prepareTask = engine.getTaskService().createTaskQuery().taskDefinitionKey(prepare).singleResult();
    assertThat((String) engine.getTaskService().getVariable(prepareTask.getId(), "reviewSummary"))
        .contains("Năm 2026").contains("Năm " + year);
    complete("canbo.vhxh", prepare, "vhxh", Map.of("reviewAssessment", "Phong trào đạt kết quả tốt."));
    complete("canbo.vhxh", conference, "vhxh", Map.of("conferenceDate", today(), "participants", 120L));
    ProcessInstance round = byKey(CommendationRoundProcess.KEY, "KHENTHUONG-" + year + "-" + kind);
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "bang_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    leadershipApprovesAll(round, Map.of("cityDossierNumber", (40 + year % 100) + "/TTr-UBND", "cityDossierDate", today()));
    Proposal dossier = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    clockAt(clock.today().plusDays(20) + "T09:00:00+07:00");
    Http.Response answered = new Http(port).post("/api/commendations/rounds/" + round.getBusinessKey() + "/city-answers", Http.json(Map.of("cityAnswers", List.of(Map.of(
            "proposalId", dossier.id(), "outcome", "commended", "decisionNumber", "3" + year % 100 + "/QĐ-UBND",
            "decisionDate", clock.today().minusDays(2).toString())))), "canbo.vhxh", "demo");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    settle();
    assertThat(round).isEnded();
    assertThat(document("/api/documents/commendation/" + year + "/" + kind + "/proposal.docx"))
        .contains((40 + year % 100) + "/TTr-UBND").contains("Trung tâm Phục vụ hành chính công").contains("Bằng khen");
    complete("canbo.vhxh", send, "vhxh", Map.of("cityDocumentNumber", (50 + year % 100) + "/BC-UBND", "citySubmittedOn", today()));
  }

  @Test
  void theWholeMovementFromJanuary2026ToItsEndIn2030() throws IOException {
    long started = System.nanoTime();
    clockAt("2026-01-05T09:00:00+07:00");
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, Map.of());
    settle();
    assertThat(movement).isWaitingAt(MovementProcess.Elements.TASK_DRAFT_PLAN);
    launch();
    assertThat(movement).hasPassed(MovementProcess.Elements.SUBPROCESS_LAUNCH)
        .isWaitingAt(MovementProcess.Elements.CALL_PHASE_ONE_REPORTING);

    for (int year = 2026; year <= 2030; year++) {
      reportingYear(year);
      annualCommendation(year);
      if (year == 2027) {
        review("interim_review", 2027, MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW,
            MovementProcess.Elements.TASK_HOLD_INTERIM_CONFERENCE, MovementProcess.Elements.TASK_SEND_INTERIM_RESULT);
        assertThat(movement).isWaitingAt(MovementProcess.Elements.CALL_PHASE_TWO_REPORTING);
      }
    }
    review("final_review", 2030, MovementProcess.Elements.TASK_PREPARE_FINAL_REVIEW,
        MovementProcess.Elements.TASK_HOLD_FINAL_CONFERENCE, MovementProcess.Elements.TASK_SEND_FINAL_RESULT);

    assertThat(movement).isEnded().hasPassed(MovementProcess.Elements.END_CLOSED, MovementProcess.Elements.SUBPROCESS_INTERIM_REVIEW,
        MovementProcess.Elements.SUBPROCESS_FINAL_REVIEW);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY)
        .superProcessInstanceId(movement.getId()).completed().count()).isEqualTo(5);
    assertThat(register.ofRound("KHENTHUONG-2027-interim_review")).singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(ProposalState.COMMENDED));
    // the periodic duties ran while the movement lived, and stopped with it
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(movement.getId())
        .taskDefinitionKey(MovementProcess.Elements.TASK_SATISFACTION_SURVEY).count()).isPositive();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(movement.getId()).count()).isZero();

    record((System.nanoTime() - started) / 1_000_000);
  }

  /** Appends the duration to the benchmark report of the build (docs/benchmarks.md collects it). */
  static void record(long millis) throws IOException {
    Path report = Path.of("target", "benchmarks", "whole-lifecycle.tsv");
    Files.createDirectories(report.getParent());
    String line = String.join("\t", LocalDate.now().toString(), System.getProperty("test.database", "h2"),
        String.valueOf(Runtime.getRuntime().availableProcessors()), System.getProperty("java.version"), millis + " ms") + "\n";
    Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
