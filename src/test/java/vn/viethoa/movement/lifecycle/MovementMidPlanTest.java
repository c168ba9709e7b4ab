package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.lifecycle.MovementProcess.Elements.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** Real deployments start mid-plan: on 26/11/2026 the launch is past and the 2026 reports are due in days. */
@MovementTest
class MovementMidPlanTest extends ReportingScenario {

  @BeforeEach
  void noMovementUnderWay() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
  }

  ProcessInstance recordMovement(Map<String, Object> start) {
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, start);
    executeDueJobs(movement.getId());
    return movement;
  }

  /** The timers of the periodic duties (the years and reviews have timers of their own). */
  List<Job> periodicTimers(String movementId) {
    return java.util.stream.Stream.of("StartEvent_ResidentialReportsDue", "StartEvent_SatisfactionSurveyDue", "StartEvent_SupervisionReportDue")
        .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(movementId).activityId(id).timers().list().stream())
        .toList();
  }

  ProcessInstance reportingYear(int year) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY)
        .processInstanceBusinessKey(AnnualReportingProcess.businessKey(year)).singleResult();
  }

  static Map<String, Object> launchedInMarch() {
    return Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12");
  }

  @Test
  void recordedOn26NovemberTheMovementOpensThe2026ReportsDue30NovemberWithNoTaskForPastMilestones() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance movement = recordMovement(launchedInMarch());

    assertThat(movement.getBusinessKey()).isEqualTo("PHONGTRAO-2026-2030");
    assertThat(movement).hasNotPassed(SUBPROCESS_LAUNCH).isWaitingAt(CALL_PHASE_ONE_REPORTING);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(movement.getId()).count()).isZero();

    ProcessInstance year2026 = reportingYear(2026);
    assertThat(year2026).isNotNull();
    executeDueJobs(year2026.getId());
    List<Task> reports = tasks(year2026, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT);
    assertThat(reports).hasSize(26).allSatisfy(t -> assertDue(t.getDueDate(), "2026-11-30T17:00:00+07:00"));

    // periodic duties start with the next period, not with the ones already past
    List<Job> timers = periodicTimers(movement.getId());
    assertThat(timers).hasSize(3).allSatisfy(j -> assertDue(j.getDuedate(), "2027-01-01T08:00:00+07:00"));
    // each review waits for its own date, whatever the years are doing
    assertDue(engine.getManagementService().createJobQuery().processInstanceId(movement.getId())
        .activityId(TIMER_INTERIM_REVIEW_OPENS).singleResult().getDuedate(), "2027-12-01T08:00:00+07:00");
    assertDue(engine.getManagementService().createJobQuery().processInstanceId(movement.getId())
        .activityId(TIMER_FINAL_REVIEW_OPENS).singleResult().getDuedate(), "2030-12-01T08:00:00+07:00");
  }

  @Test
  void recordedIn2028TheMovementSkipsPhaseOneAndThePastInterimReviewAndOpensThe2028Year() {
    clockAt("2028-03-02T09:00:00+07:00");
    ProcessInstance movement = recordMovement(launchedInMarch());

    // no year of phase 1 is left and its review (due 31/12/2027) is past: no task for either
    assertThat(movement).hasNotPassed(SUBPROCESS_LAUNCH, SUBPROCESS_PHASE_ONE, CALL_PHASE_ONE_REPORTING,
        SUBPROCESS_INTERIM_REVIEW).isWaitingAt(CALL_PHASE_TWO_REPORTING);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(movement.getId()).count()).isZero();
    assertThat(reportingYear(2027)).isNull();
    assertThat(reportingYear(2028)).isNotNull();
    // periodic duties resume with the next period of 2028
    List<Job> timers = periodicTimers(movement.getId());
    assertThat(timers).extracting(j -> j.getDuedate().toInstant().toString())
        .containsExactlyInAnyOrder("2028-04-01T01:00:00Z", "2028-07-01T01:00:00Z", "2028-07-01T01:00:00Z");
  }

  @Test
  void aSecondMovementIsRefused() {
    clockAt("2026-11-26T09:00:00+07:00");
    recordMovement(launchedInMarch());
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, launchedInMarch()))
        .hasMessageContaining("Phong trào đã được khởi tạo");
  }

  @Test
  void aLaunchDateWithoutThePlanNumberIsRefused() {
    clockAt("2026-11-26T09:00:00+07:00");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY,
            Map.of("launchedOn", "2026-03-12", "planNumber", "bốn lăm")))
        .hasMessageContaining("Đã phát động thì phải ghi “Ngày ban hành kế hoạch”.")
        .hasMessageContaining("“Số kế hoạch” phải có dạng số/ký hiệu, ví dụ 45/KH-UBND.");
  }

  @Test
  void aRunningMovementMigratesToAChangedModelWithoutLosingItsPlace() throws java.io.IOException {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance movement = recordMovement(launchedInMarch());
    ProcessDefinition current = engine.getRepositoryService().getProcessDefinition(movement.getProcessDefinitionId());

    // the plan is adjusted (section V): a duty gets a clearer name in a new version of the model
    BpmnModelInstance model = Bpmn.readModelFromStream(engine.getRepositoryService().getProcessModel(current.getId()));
    model.<UserTask>getModelElementById(TASK_SATISFACTION_SURVEY).setName("Khảo sát sự hài lòng của người dân, tổ chức");
    // as the application deploys it: the model with its forms (form references bind to the deployment)
    var deployment = engine.getRepositoryService().createDeployment().name("movement-adjusted")
        .addModelInstance("bpmn/emulation-movement.bpmn", model);
    try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
      for (var form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        deployment.addInputStream("forms/" + form.getFileName(), java.nio.file.Files.newInputStream(form));
      }
    }
    ProcessDefinition changed = deployment.deployWithResult().getDeployedProcessDefinitions().get(0);
    assertThat(changed.getVersion()).isEqualTo(current.getVersion() + 1);

    MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(current.getId(), changed.getId())
        .mapEqualActivities().updateEventTriggers().build();
    engine.getRuntimeService().newMigration(plan).processInstanceIds(movement.getId()).execute();

    ProcessInstance migrated = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(movement.getId()).singleResult();
    assertThat(migrated.getProcessDefinitionId()).isEqualTo(changed.getId());
    assertThat(migrated).isWaitingAt(CALL_PHASE_ONE_REPORTING);
    assertThat(periodicTimers(movement.getId())).hasSize(3);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(movement.getId()).activityId(TIMER_FINAL_REVIEW_OPENS).count()).isOne();
    // the year it called keeps running
    assertThat(reportingYear(2026)).isNotNull();
  }
}
