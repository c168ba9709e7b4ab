package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.lifecycle.MovementProcess.Elements.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/**
 * The ward's movement already runs on the first model (reviews checked only after a phase's years): rolled out, the timeline model takes it over in 2026 without losing its place.
 */
@MovementTest
class MovementUpgradeTest extends ScenarioSupport {

  @Autowired MovementUpgrade upgrade;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  Deployment firstModel;


  @BeforeEach
  void noMovementUnderWay() {
    for (String key : new String[] {MovementProcess.KEY, AnnualReportingProcess.KEY}) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    }
  }

  @AfterEach
  void removeFirstModel() {
    if (firstModel != null) {
      engine.getRepositoryService().deleteDeployment(firstModel.getId(), true);
    }
  }

  ProcessDefinition firstModel() throws java.io.IOException {
    var builder = engine.getRepositoryService().createDeployment().name("movement-first-model")
        .addInputStream("bpmn/emulation-movement.bpmn", Files.newInputStream(Path.of("src/test/resources/models/emulation-movement-v1.bpmn")));
    try (var forms = Files.list(Path.of("forms"))) {
      for (var form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        builder.addInputStream("forms/" + form.getFileName(), Files.newInputStream(form));
      }
    }
    firstModel = builder.deploy();
    return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(firstModel.getId()).singleResult();
  }

  ProcessDefinition timelineModel() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(MovementProcess.KEY)
        .latestVersion().singleResult();
  }

  ProcessInstance recordedOnTheFirstModel(ProcessDefinition first, String now) {
    clockAt(now);
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceById(first.getId(),
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));
    executeDueJobs(movement.getId());
    return movement;
  }

  @Test
  void aMovementOfTheFirstModelIn2026MovesToTheTimelineModelAndGetsItsReviewsOnTheirDates() throws Exception {
    ProcessDefinition current = timelineModel();
    ProcessInstance movement = recordedOnTheFirstModel(firstModel(), "2026-11-26T09:00:00+07:00");
    assertThat(movement).isWaitingAt(CALL_PHASE_ONE_REPORTING);

    upgrade.upgrade(movement.getId(), current.getId());

    ProcessInstance upgraded = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(movement.getId()).singleResult();
    assertThat(upgraded.getProcessDefinitionId()).isEqualTo(current.getId());
    assertThat(upgraded).isWaitingAt(CALL_PHASE_ONE_REPORTING, TIMER_INTERIM_REVIEW_OPENS, TIMER_FINAL_REVIEW_OPENS);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY).count()).isOne();
    assertDue(engine.getManagementService().createJobQuery().processInstanceId(movement.getId())
        .activityId(TIMER_INTERIM_REVIEW_OPENS).singleResult().getDuedate(), "2027-12-01T08:00:00+07:00");
  }

  @Test
  void aMovementOfTheFirstModelIn2028KeepsItsYearAndLeavesOutTheInterimReviewItCouldNoLongerHold() throws Exception {
    ProcessDefinition current = timelineModel();
    ProcessInstance movement = recordedOnTheFirstModel(firstModel(), "2028-03-02T09:00:00+07:00");
    assertThat(movement).isWaitingAt(CALL_PHASE_TWO_REPORTING);

    upgrade.upgrade(movement.getId(), current.getId());

    assertThat(movement).isWaitingAt(CALL_PHASE_TWO_REPORTING, TIMER_FINAL_REVIEW_OPENS)
        .hasPassed("Gateway_InterimReviewDone").hasNotPassed(TIMER_INTERIM_REVIEW_OPENS);
  }

  @Test
  void aMovementStillOnAnEarlierModelKeepsFilingItsRecordsThroughTheCurrentSteps() throws Exception {
    // the first model names one listener on every step; the current one a bean per step
    ProcessInstance movement = recordedOnTheFirstModel(firstModel(), "2026-11-26T09:00:00+07:00");
    clockAt("2027-01-01T08:00:30+07:00");
    executeDueJobs(movement.getId());
    clockAt("2027-01-08T10:00:00+07:00");
    Task survey = taskOf(movement, MovementProcess.Elements.TASK_SATISFACTION_SURVEY, "ttpvhcc");
    actAs("canbo.ttpvhcc");
    try {
      engine.getTaskService().claim(survey.getId(), "canbo.ttpvhcc");
      assertThatThrownBy(() -> engine.getFormService().submitTaskForm(survey.getId(), Map.of("respondents", 0L,
          "satisfiedRate", 92.5))).hasMessageContaining("Số phiếu khảo sát");
      engine.getFormService().submitTaskForm(survey.getId(), Map.of("respondents", 350L, "satisfiedRate", 92.5));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(jdbc.queryForList("select kind, period_year, submitted_by from movement_record where process_instance_id = ?",
        movement.getId())).extracting(r -> r.get("kind") + " " + r.get("period_year") + " " + r.get("submitted_by"))
        .containsExactly("satisfaction_survey 2026 canbo.ttpvhcc");
    jdbc.update("delete from movement_record where process_instance_id = ?", movement.getId());
  }
}
