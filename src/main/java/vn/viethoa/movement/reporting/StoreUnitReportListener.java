package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import java.time.ZonedDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/**
 * End of a unit's report task (first submission or update): refuses invalid figures with a
 * Vietnamese message, otherwise stores them as the unit's next version in the same transaction as
 * the task completion.
 */
@Component("storeUnitReportListener")
public class StoreUnitReportListener implements ExecutionListener {

  private final AnnualReportService service;
  private final Organisation organisation;
  private final IdentityService identityService;
  private final PlanClock clock;

  public StoreUnitReportListener(AnnualReportService service, Organisation organisation, IdentityService identityService,
      PlanClock clock) {
    this.service = service;
    this.organisation = organisation;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Submissions.isCompletion(execution)) {
      return;
    }
    // the unit is the instance's routing (a variable no submission can set), the submitter must belong to it
    var unit = organisation.get(UNIT_ID.from(execution).get());
    Submissions.requireMemberOf(identityService, unit.id(), unit.name());
    ZonedDateTime due = REPORT_DUE.from(execution).get().toInstant().atZone(clock.zone());
    int version = service.submit(FormInput.of(execution), unit, YEAR.from(execution).get(), due,
        Submissions.actor(identityService), execution.getProcessInstanceId(), null);
    execution.setVariableLocal(REPORT_VERSION.getName(), version);
  }
}
