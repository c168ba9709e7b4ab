package vn.viethoa.movement.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a movement step that files no record of its own (plan, launch, publicity, conferences): its submission is checked. */
@Component("checkMovementStepListener")
public class CheckMovementStepListener implements ExecutionListener {

  private final StepFiling filing;

  public CheckMovementStepListener(StepFiling filing) {
    this.filing = filing;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.check(execution);
  }
}
