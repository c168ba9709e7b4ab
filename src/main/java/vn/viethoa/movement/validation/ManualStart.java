package vn.viethoa.movement.validation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * A start made by a person from Tasklist or the REST API, as opposed to one the movement makes
 * itself (a call activity) or the engine's own work. Reporting years and commendation rounds
 * refuse some manual starts (docs/security.md, "bad timing").
 */
public record ManualStart(boolean manual, boolean movementRunning) {

  /** The lifecycle answers whether a movement is running and opens years and rounds itself. */
  public interface MovementOwnership {
    boolean movementRunning();
  }

  public static ManualStart of(DelegateExecution execution, IdentityService identityService, MovementOwnership movement) {
    boolean byPerson = Submissions.actor(identityService) != null
        && ((ExecutionEntity) execution).getProcessInstance().getSuperExecution() == null;
    return new ManualStart(byPerson, byPerson && movement.movementRunning());
  }

  /** The engine's or the movement's own start: no timing rule applies. */
  public static final ManualStart NONE = new ManualStart(false, false);
}
