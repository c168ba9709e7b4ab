package vn.viethoa.movement.lifecycle;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.validation.ManualStart;

/** Whether the movement runs: it then opens every reporting year and commendation round itself. */
@Component
public class RunningMovement implements ManualStart.MovementOwnership {

  private final RuntimeService runtimeService;

  public RunningMovement(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public boolean movementRunning() {
    // the official who starts may not read the movement; the answer is the engine's, not theirs
    var context = Context.getCommandContext();
    return context == null ? count() > 0 : context.runWithoutAuthorization(this::count) > 0;
  }

  private long count() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).active().count();
  }
}
