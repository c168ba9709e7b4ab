package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.lifecycle.MovementProcess.Elements.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/**
 * Each review of the plan is driven by its own date, never by how fast another step finished: the
 * reviews open on their dates whatever the year's reports and round are doing, a review opened late
 * keeps its deadline (overdue) instead of being skipped, and the movement cannot end without them.
 */
@MovementTest
class PlanTimelineScenarioTest extends ScenarioSupport {

  static final List<String> PLAN_KEYS = List.of(MovementProcess.KEY, AnnualReportingProcess.KEY, CommendationRoundProcess.KEY,
      vn.viethoa.movement.commendation.CityAnswersProcess.KEY);

  @BeforeEach
  void noMovementUnderWay() {
    for (String key : PLAN_KEYS) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    }
  }

  /** Runs what has become due in the plan's processes, as the job executor would (reminders aside). */
  void settle() {
    settleJobsOf(PLAN_KEYS);
  }

  ProcessInstance recordMovement() {
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));
    settle();
    return movement;
  }

  ProcessInstance reportingYear(int year) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY)
        .processInstanceBusinessKey(AnnualReportingProcess.businessKey(year)).singleResult();
  }

  List<Task> movementTasks(ProcessInstance movement, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(movement.getId()).taskDefinitionKey(taskKey).list();
  }

  @Test
  void theInterimReviewOpensOn1December2027WhileThe2027ReportAndRoundAreStillUnderWay() {
    clockAt("2027-10-20T09:00:00+07:00");
    ProcessInstance movement = recordMovement();
    assertThat(reportingYear(2027)).isNotNull();
    assertThat(movementTasks(movement, TASK_PREPARE_INTERIM_REVIEW)).isEmpty();

    // nobody aggregates or approves the 2027 report: the review opens on its date all the same
    clockAt("2027-12-01T08:30:00+07:00");
    settle();
    assertThat(movementTasks(movement, TASK_PREPARE_INTERIM_REVIEW)).singleElement()
        .satisfies(t -> assertDue(t.getDueDate(), "2027-12-31T17:00:00+07:00"));
    assertThat(reportingYear(2027)).isNotNull();

    // the 2027 round is decided in January 2028: the review was held all the same, the movement goes on
    clockAt("2028-01-10T09:00:00+07:00");
    settle();
    assertThat(movement).isWaitingAt(CALL_PHASE_ONE_REPORTING, SUBPROCESS_INTERIM_REVIEW);
  }

  @Test
  void aReviewOpenedLateIsHeldWithTheMinimumDeadlineInsteadOfBeingSkipped() {
    clockAt("2027-11-15T09:00:00+07:00");
    ProcessInstance movement = recordMovement();

    // the server was down over December: the review opens on its return, after its plan date
    // (31/12/2027); no task is born with a deadline already past: it gets the minimum of two
    // working days (movement.reminders.minimum-working-days), Friday 07/01/2028
    clockAt("2028-01-05T09:00:00+07:00");
    settle();
    assertThat(movementTasks(movement, TASK_PREPARE_INTERIM_REVIEW)).singleElement()
        .satisfies(t -> assertDue(t.getDueDate(), "2028-01-07T17:00:00+07:00"));
    assertThat(movement).isWaitingAt(SUBPROCESS_INTERIM_REVIEW);
  }

  @Test
  void aMovementRecordedAfterTheInterimReviewWasOpenedHoldsItAtOnce() {
    clockAt("2027-12-20T09:00:00+07:00");
    ProcessInstance movement = recordMovement();
    assertThat(movementTasks(movement, TASK_PREPARE_INTERIM_REVIEW)).hasSize(1);
    // the final review waits for its own date
    assertDue(engine.getManagementService().createJobQuery().processInstanceId(movement.getId())
        .activityId(TIMER_FINAL_REVIEW_OPENS).singleResult().getDuedate(), "2030-12-01T08:00:00+07:00");
  }

  @Test
  void theFinalReviewOpensOn1December2030WhateverTheYearIsDoingAndTheMovementWaitsForIt() {
    clockAt("2030-10-01T09:00:00+07:00");
    ProcessInstance movement = recordMovement();
    assertThat(movement).isWaitingAt(CALL_PHASE_TWO_REPORTING).hasNotPassed(SUBPROCESS_INTERIM_REVIEW);
    clockAt("2030-12-01T09:00:00+07:00");
    settle();
    assertThat(movementTasks(movement, TASK_PREPARE_FINAL_REVIEW)).singleElement()
        .satisfies(t -> assertDue(t.getDueDate(), "2030-12-31T17:00:00+07:00"));
    // the movement cannot end before the review is held, however late the people are
    clockAt("2031-03-01T09:00:00+07:00");
    settle();
    assertThat(movement).isWaitingAt(SUBPROCESS_FINAL_REVIEW);
  }
}
