package vn.viethoa.movement.validation;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
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

  /**
   * Refuses a submission made for a unit by someone outside it. The unit comes from the engine's
   * records (the instance's routing), the person from the login; administrators and the engine's own
   * work (no login) act for any unit.
   */
  public static void requireMemberOf(IdentityService identityService, String groupId, String unitName) {
    var auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null || isAdmin(auth.getGroupIds())) {
      return;
    }
    if (auth.getGroupIds() == null || !auth.getGroupIds().contains(groupId)) {
      throw new AuthorizationException("Đồng chí không thuộc " + unitName + " nên không gửi được nội dung này thay đơn vị.");
    }
  }

  /** Refuses a submission that only one person may make (a council member's own vote) by anyone else. */
  public static void requireUser(IdentityService identityService, String userId) {
    var auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null || isAdmin(auth.getGroupIds())) {
      return;
    }
    if (!auth.getUserId().equals(userId)) {
      throw new AuthorizationException("Phiếu này là của thành viên khác; đồng chí chỉ biểu quyết phiếu của mình.");
    }
  }

  private static boolean isAdmin(java.util.List<String> groups) {
    return groups != null && groups.contains(Groups.CAMUNDA_ADMIN);
  }
}
