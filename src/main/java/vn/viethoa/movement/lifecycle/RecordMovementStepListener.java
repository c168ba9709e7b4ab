package vn.viethoa.movement.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/** End of every user task of the movement: its submission is checked by the rules of its element. */
@Component("recordMovementStepListener")
public class RecordMovementStepListener implements ExecutionListener {

  private final MovementService service;

  public RecordMovementStepListener(MovementService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (Submissions.isCompletion(execution)) {
      service.readStep(execution.getCurrentActivityId(), FormInput.of(execution));
    }
  }
}
