package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.MovementProcess.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.PlanClock;

/**
 * Moves a running movement of the first model (reviews checked only once a phase's years were
 * over) to the timeline model (reviews in branches of their own, each opened by its date): the
 * migration keeps every waiting step, then the branches the first model had no token in are
 * started, a review already held or past going straight to the end join (docs/adr/0009).
 */
@Service
public class MovementUpgrade {

  static final String GATEWAY_INTERIM_AHEAD = "Gateway_InterimReviewAhead";
  static final String GATEWAY_FINAL_AHEAD = "Gateway_FinalReviewAhead";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final MovementService service;

  public MovementUpgrade(RuntimeService runtime, HistoryService history, MovementService service) {
    this.runtime = runtime;
    this.history = history;
    this.service = service;
  }

  public void upgrade(String movementId, String targetDefinitionId) {
    String sourceDefinitionId = runtime.createProcessInstanceQuery().processInstanceId(movementId).singleResult()
        .getProcessDefinitionId();
    MigrationPlan plan = runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
        .mapEqualActivities().updateEventTriggers().build();
    runtime.newMigration(plan).processInstanceIds(movementId).execute();

    List<String> active = new ArrayList<>();
    collect(runtime.getActivityInstance(movementId), active);
    if (!active.contains(Elements.GATEWAY_PLAN_TIMELINE_DONE) && !active.contains(Elements.TIMER_INTERIM_REVIEW_OPENS)
        && !runtime.getVariables(movementId).containsKey(INTERIM_REVIEW_TO_HOLD.getName())) {
      runtime.setVariable(movementId, INTERIM_REVIEW_OPENS.getName(), PlanClock.toDate(service.interimReviewOpens()));
      runtime.setVariable(movementId, FINAL_REVIEW_OPENS.getName(), PlanClock.toDate(service.finalReviewOpens()));
      runtime.setVariable(movementId, INTERIM_REVIEW_TO_HOLD.getName(),
          !passed(movementId, Elements.SUBPROCESS_INTERIM_REVIEW) && service.interimReviewAhead());
      runtime.setVariable(movementId, FINAL_REVIEW_TO_HOLD.getName(),
          !passed(movementId, Elements.SUBPROCESS_FINAL_REVIEW) && service.finalReviewAhead());
    }
    var modification = runtime.createProcessInstanceModification(movementId);
    boolean any = false;
    boolean years = active.contains(Elements.SUBPROCESS_PHASE_ONE) || active.contains(Elements.SUBPROCESS_PHASE_TWO);
    if (!years) {
      // the first model ran phase 2 after the interim review: start it, or count it done
      modification = passed(movementId, Elements.SUBPROCESS_PHASE_TWO + "#multiInstanceBody")
          ? modification.startBeforeActivity(Elements.GATEWAY_PLAN_TIMELINE_DONE)
          : modification.startBeforeActivity(Elements.SUBPROCESS_PHASE_TWO + "#multiInstanceBody");
      any = true;
    }
    if (!active.contains(Elements.SUBPROCESS_INTERIM_REVIEW)) {
      modification = modification.startBeforeActivity(GATEWAY_INTERIM_AHEAD);
      any = true;
    }
    if (!active.contains(Elements.SUBPROCESS_FINAL_REVIEW)) {
      modification = modification.startBeforeActivity(GATEWAY_FINAL_AHEAD);
      any = true;
    }
    if (any) {
      modification.execute();
    }
  }

  private boolean passed(String movementId, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(movementId).activityId(activityId).finished()
        .count() > 0;
  }

  private static void collect(ActivityInstance instance, List<String> into) {
    into.add(instance.getActivityId());
    Arrays.stream(instance.getChildActivityInstances()).forEach(c -> collect(c, into));
  }
}
