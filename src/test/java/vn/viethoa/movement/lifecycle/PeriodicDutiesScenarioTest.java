package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.lifecycle.MovementProcess.Elements.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.reporting.SatisfactionSurveys;
import vn.viethoa.movement.reporting.SurveyFigure;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingFixtures;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * The periodic duties of section V carried out: on 1 January 2027 the residential groups owe their
 * quarterly report (V.7), the service centre its satisfaction survey (V.4) and the Front its
 * supervision report (V.6); the office compiles the groups' reports once all twenty are in, and
 * each occurrence ends while the movement goes on to the next period.
 */
@MovementTest
class PeriodicDutiesScenarioTest extends ReportingScenario {

  @Autowired SatisfactionSurveys surveys;

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final List<String> GROUPS = IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n)).toList();

  @BeforeEach
  void noMovementUnderWay() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    jdbc.update("delete from movement_record");
  }

  /** Recorded on 26/11/2026 with the launch of March behind it, then the clock reaches 1 January 2027. */
  ProcessInstance movementOnNewYear2027() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));
    executeDueJobs(movement.getId());
    clockAt("2027-01-01T08:00:30+07:00");
    executeDueJobs(movement.getId());
    return movement;
  }

  void submitAs(String user, Task task, Map<String, Object> values, ProcessInstance movement) {
    actAs(user);
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeDueJobs(movement.getId());
  }

  @Test
  void theGroupsReportTheOfficeCompilesTheSurveyAndSupervisionAreFiledAndEachPeriodEnds() {
    ProcessInstance movement = movementOnNewYear2027();

    List<Task> groupReports = tasks(movement, TASK_PERIODIC_HOUSEHOLD_REPORT);
    // 15 days after 1/1/2027 is Saturday 16/1: the deadline moves to Monday 18/1
    assertThat(groupReports).hasSize(20).allSatisfy(t -> assertDue(t.getDueDate(), "2027-01-18T17:00:00+07:00"));
    assertThat(engine.getTaskService().getVariable(groupReports.get(0).getId(), "periodLabel"))
        .isEqualTo("kỳ từ 01/10/2026 đến 31/12/2026");
    Task survey = taskOf(movement, TASK_SATISFACTION_SURVEY, "ttpvhcc");
    Task supervision = taskOf(movement, TASK_SUPERVISION_REPORT, "mttq");
    assertDue(survey.getDueDate(), "2027-01-18T17:00:00+07:00");
    assertThat(engine.getTaskService().getVariable(survey.getId(), "periodLabel"))
        .isEqualTo("kỳ từ 01/07/2026 đến 31/12/2026");

    clockAt("2027-01-08T10:00:00+07:00");
    for (String group : GROUPS) {
      assertThat(tasks(movement, TASK_COMPILE_PERIODIC_REPORTS)).as("compiled before " + group + " reported").isEmpty();
      submitAs(ReportingFixtures.officialOf(group), taskOf(movement, TASK_PERIODIC_HOUSEHOLD_REPORT, group),
          Map.of("periodResult", "Tổ " + group + ": 12 hộ mới dùng dịch vụ công trực tuyến.", "periodDifficulties", ""),
          movement);
    }

    // the office folds the twenty reports into one; a summary it leaves empty is refused
    Task compile = taskOf(movement, TASK_COMPILE_PERIODIC_REPORTS, "vp");
    assertThat(engine.getTaskService().getVariable(compile.getId(), "periodLabel"))
        .isEqualTo("kỳ từ 01/10/2026 đến 31/12/2026");
    actAs("canbo.vp");
    engine.getTaskService().claim(compile.getId(), "canbo.vp");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(compile.getId(), Map.of("periodSummary", " ")))
        .hasMessageContaining("Tổng hợp kết quả của các tổ dân phố");
    engine.getIdentityService().clearAuthentication();
    assertThat(tasks(movement, TASK_COMPILE_PERIODIC_REPORTS)).hasSize(1);
    submitAs("canbo.vp", compile, Map.of("periodSummary", "20/20 tổ đã báo cáo; 240 hộ mới dùng dịch vụ công trực tuyến."),
        movement);

    submitAs("canbo.ttpvhcc", survey,
        Map.of("respondents", 350L, "satisfiedRate", 92.5, "surveyNotes", "Người dân đề nghị thêm giờ làm việc thứ Bảy."),
        movement);
    // filed in January 2027, the survey of the second half of 2026 counts for 2026's satisfaction rate, not 2027's
    assertThat(jdbc.queryForObject("select period_year from movement_record where kind = 'satisfaction_survey'", Integer.class))
        .isEqualTo(2026);
    assertThat(surveys.byYear(2026, 2027)).containsOnlyKeys(2026).extractingByKey(2026)
        .isEqualTo(new SurveyFigure(1, 350, new java.math.BigDecimal("92.5")));
    submitAs("canbo.mttq", supervision,
        Map.of("supervisionFindings", "Các tổ dân phố triển khai đúng kế hoạch.", "supervisionDifficulties", "",
            "adjustmentNeeded", false),
        movement);

    // each occurrence ended; the movement waits for its year and for the next periods
    assertThat(movement).hasPassed("EndEvent_ResidentialReportsDone", "EndEvent_SatisfactionSurveyDone",
        "EndEvent_SupervisionReportDone").isWaitingAt(CALL_PHASE_ONE_REPORTING);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(movement.getId()).count()).isZero();
    // (the day in Vietnam: Camunda adds a cycle's period in the host's zone, so on a host with
    // daylight saving time, as in the PostgreSQL run, the next firing comes at 07:00 instead of 08:00)
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(movement.getId()).timers().list().stream()
        .filter(j -> !List.of(TIMER_INTERIM_REVIEW_OPENS, TIMER_FINAL_REVIEW_OPENS).contains(
            engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult()
                .getActivityId())).toList();
    assertThat(timers).extracting(j -> j.getDuedate().toInstant().atZone(VIETNAM).toLocalDate().toString())
        .containsExactlyInAnyOrder("2027-04-01", "2027-07-01", "2027-07-01");
  }

  @Test
  void aGroupThatNeverReportsDoesNotHoldUpTheQuarterTheOfficeCompilesWhatArrivedAtTheDeadline() {
    ProcessInstance movement = movementOnNewYear2027();
    clockAt("2027-01-08T10:00:00+07:00");
    for (String group : GROUPS.subList(0, 19)) {
      submitAs(ReportingFixtures.officialOf(group), taskOf(movement, TASK_PERIODIC_HOUSEHOLD_REPORT, group),
          Map.of("periodResult", "Tổ " + group + ": đã triển khai.", "periodDifficulties", ""), movement);
    }
    assertThat(tasks(movement, TASK_COMPILE_PERIODIC_REPORTS)).isEmpty();

    // tdp-20 stays silent: at the deadline the office compiles the nineteen reports that came in
    clockAt("2027-01-18T17:00:30+07:00");
    executeDueJobs(movement.getId());
    assertThat(taskOf(movement, TASK_COMPILE_PERIODIC_REPORTS, "vp")).isNotNull();
    assertThat(tasks(movement, TASK_PERIODIC_HOUSEHOLD_REPORT)).isEmpty();
    assertThat(movement).hasPassed("Timer_ResidentialReportsDeadline");
  }

  @Test
  void theFrontsSupervisionReportReachesLeadershipAndItsRequestToAdjustThePlanStartsAnAdjustment() throws Exception {
    ProcessInstance movement = movementOnNewYear2027();
    clockAt("2027-01-10T09:00:00+07:00");
    Task supervision = taskOf(movement, TASK_SUPERVISION_REPORT, "mttq");
    submitAs("canbo.mttq", supervision, Map.of("supervisionFindings", "Ba tổ dân phố chưa tổ chức lớp \"Bình dân học vụ số\".",
        "supervisionDifficulties", "Thiếu người hướng dẫn cho người cao tuổi.", "adjustmentNeeded", true), movement);

    // kept for good in the application's table
    var kept = records.ofKind(MovementRecords.Kind.supervision_report);
    assertThat(kept).singleElement().satisfies(r -> {
      assertThat(r.unitId()).isEqualTo("mttq");
      assertThat(r.periodLabel()).isEqualTo("kỳ từ 01/07/2026 đến 31/12/2026");
      assertThat(r.adjustmentRequested()).isTrue();
      assertThat(r.adjustmentProcessId()).isNotNull();
    });
    // leadership reads it by mail, and decides the Front's request like any unit's
    var mails = mailsTo("chutich@viethoa.example");
    assertThat(mails).anySatisfy(m -> assertThat(m.getSubject()).contains("kết quả giám sát"));
    ProcessInstance adjustment = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(kept.get(0).adjustmentProcessId()).singleResult();
    assertThat(adjustment).isWaitingAt("Task_DecideAdjustment");
    assertThat(engine.getRuntimeService().getVariable(adjustment.getId(), "requesterUnit")).isEqualTo("mttq");
    assertThat(movement).hasPassed(TASK_FORWARD_SUPERVISION_REPORT, "EndEvent_SupervisionReportDone");
  }

  @org.springframework.beans.factory.annotation.Autowired MovementRecords records;
}
