package vn.viethoa.movement.adjustment;

import static vn.viethoa.movement.adjustment.PlanAdjustmentProcess.DECIDED_BY;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/** End of the decision task: refuses an incomplete decision and records who decided. */
@Component("recordAdjustmentDecisionListener")
public class RecordAdjustmentDecisionListener implements ExecutionListener {

  private final PlanAdjustmentService service;
  private final IdentityService identityService;

  public RecordAdjustmentDecisionListener(PlanAdjustmentService service, IdentityService identityService) {
    this.service = service;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Submissions.isCompletion(execution)) {
      return;
    }
    service.readDecision(FormInput.of(execution));
    DECIDED_BY.on(execution).set(Submissions.actor(identityService));
  }
}
