package vn.viethoa.movement.validation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** Helpers shared by the listeners that check and record submissions. */
public final class Submissions {

  private Submissions() {}

  /**
   * True when an activity ends because someone completed it, false when it is being cancelled
   * (instance deleted, boundary event, migration): then there is nothing to check or record.
   */
  public static boolean isCompletion(DelegateExecution execution) {
    return !execution.isCanceled() && !((ExecutionEntity) execution).isDeleteRoot();
  }

  /** The user on whose behalf the engine works now (Tasklist session or REST credentials), or null. */
  public static String actor(IdentityService identityService) {
    var auth = identityService.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
