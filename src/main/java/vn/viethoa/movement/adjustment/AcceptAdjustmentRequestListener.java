package vn.viethoa.movement.adjustment;

import static vn.viethoa.movement.adjustment.PlanAdjustmentProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.organisation.Directory;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/**
 * End of the start event: checks the submitted request (forms or REST alike), finds the
 * requesting unit and sets the business key and the decision's due date.
 */
@Component("acceptAdjustmentRequestListener")
public class AcceptAdjustmentRequestListener implements ExecutionListener {

  private final PlanAdjustmentService service;
  private final Directory directory;
  private final IdentityService identityService;

  public AcceptAdjustmentRequestListener(PlanAdjustmentService service, Directory directory, IdentityService identityService) {
    this.service = service;
    this.directory = directory;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    service.readRequest(FormInput.of(execution));
    // the requester is who is logged in; the initiator variable only when the engine itself starts it
    String requester = Submissions.actor(identityService);
    if (requester == null) {
      requester = REQUESTER.from(execution).getOrNull();
    }
    REQUESTER.on(execution).set(requester);
    var unit = service.requestingUnit(requester, requester == null ? java.util.List.of() : directory.groupsOf(requester));
    REQUESTER_UNIT.on(execution).set(unit.id());
    UNIT_NAME.on(execution).set(unit.name());
    DECISION_DUE.on(execution).set(PlanClock.toDate(service.decisionDue()));
    if (execution.getProcessBusinessKey() == null || execution.getProcessBusinessKey().isBlank()) {
      execution.setProcessBusinessKey(service.businessKey(unit));
    }
  }
}
