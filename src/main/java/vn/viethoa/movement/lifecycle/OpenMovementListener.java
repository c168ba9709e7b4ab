package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.MovementProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.validation.FormInput;

/** End of the start event: what already happened, the milestones, one movement only. */
@Component("openMovementListener")
public class OpenMovementListener implements ExecutionListener {

  private final MovementService service;

  public OpenMovementListener(MovementService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(KEY).count() > 0;
    LAUNCH_RECORDED.on(execution).set(service.readStart(FormInput.of(execution), running));
    PHASE_ONE_FROM.on(execution).set(service.phaseOneFrom());
    PHASE_TWO_FROM.on(execution).set(service.phaseTwoFrom());
    LAUNCH_DUE.on(execution).set(PlanClock.toDate(service.launchDue()));
    INTERIM_REVIEW_DUE.on(execution).set(PlanClock.toDate(service.interimReviewDue()));
    FINAL_REVIEW_DUE.on(execution).set(PlanClock.toDate(service.finalReviewDue()));
    INTERIM_REVIEW_OPENS.on(execution).set(PlanClock.toDate(service.interimReviewOpens()));
    FINAL_REVIEW_OPENS.on(execution).set(PlanClock.toDate(service.finalReviewOpens()));
    INTERIM_REVIEW_TO_HOLD.on(execution).set(service.interimReviewAhead());
    FINAL_REVIEW_TO_HOLD.on(execution).set(service.finalReviewAhead());
    execution.setProcessBusinessKey(businessKey(service.firstYear(), service.lastYear()));
  }
}
