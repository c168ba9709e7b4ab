package vn.viethoa.movement.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.adjustment.PlanAdjustmentProcess;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.EligibilityService;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * Grants each group of the organisation what its members need and nothing more: Tasklist (and
 * Cockpit for leadership and the lead unit, for the movement's dashboard), reading process
 * definitions (for names and start forms), starting the processes the plan lets them start. Tasks themselves are authorized per task by the engine (candidate group → TASK_WORK).
 * Administrators are members of camunda-admin and need no grants.
 */
@Component
public class AuthorizationSeeder {

  private final AuthorizationService authorizationService;
  private final Organisation organisation;

  public AuthorizationSeeder(AuthorizationService authorizationService, Organisation organisation) {
    this.authorizationService = authorizationService;
    this.organisation = organisation;
  }

  public void seed() {
    // Camunda's admin group bypasses checks inside the engine, but the webapps ask for explicit
    // grants (application access, admin screens), as Camunda's own admin setup creates them
    for (Resource resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
    }
    for (Unit unit : organisation.all()) {
      grant(unit.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(unit.id(), Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grant(unit.id(), Resources.GROUP, unit.id(), Permissions.READ);
    }
    // leadership and the lead unit follow the movement on its Cockpit dashboard (docs/dashboard.md);
    // Cockpit shows them only what their other grants allow: process definitions, not instances
    for (Unit follower : List.of(organisation.leadership(), organisation.leadUnit())) {
      grant(follower.id(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    // any unit or residential group may ask the Committee to adjust the plan (section V)
    for (UnitKind kind : List.of(UnitKind.UNIT, UnitKind.RESIDENTIAL_GROUP)) {
      for (Unit unit : organisation.ofKind(kind)) {
        grantStart(unit.id(), PlanAdjustmentProcess.KEY);
      }
    }
    // the lead unit opens a reporting year by hand when needed (normally the movement does)
    grantStart(organisation.leadUnit().id(), AnnualReportingProcess.KEY);
    // the lead unit opens a commendation round by hand when needed (normally the movement does); it records
    // the city's answer in its task or through /api/commendations/rounds/{key}/city-answers, never by
    // correlating engine messages (a broad UPDATE_INSTANCE right that earlier versions granted is taken back)
    grantStart(organisation.leadUnit().id(), CommendationRoundProcess.KEY);
    revoke(organisation.leadUnit().id(), Resources.PROCESS_DEFINITION, CommendationRoundProcess.KEY, Permissions.UPDATE_INSTANCE);
    // a unit's proposal is checked against the eligibility tables when it submits it
    for (UnitKind kind : List.of(UnitKind.UNIT, UnitKind.RESIDENTIAL_GROUP)) {
      for (Unit unit : organisation.ofKind(kind)) {
        for (String decision : EligibilityService.decisionKeys()) {
          grant(unit.id(), Resources.DECISION_DEFINITION, decision, Permissions.CREATE_INSTANCE);
        }
      }
    }
  }

  /** Lets a group start instances of one process definition. */
  public void grantStart(String groupId, String processKey) {
    grant(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
    grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  /** Removes one permission from a group's GRANT, if present; idempotent. */
  public void revoke(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (existing != null && existing.isPermissionGranted(permission)) {
      existing.removePermission(permission);
      authorizationService.saveAuthorization(existing);
    }
  }

  /** Adds a GRANT for a group, or the permission to an existing one; idempotent. */
  public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (existing == null) {
      Authorization auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      auth.addPermission(permission);
      authorizationService.saveAuthorization(auth);
    } else if (!existing.isPermissionGranted(permission)) {
      existing.addPermission(permission);
      authorizationService.saveAuthorization(existing);
    }
  }
}
