package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.validation.ManualStart;

/** End of the start event: checks the year, sets the year's dates and the business key. */
@Component("openReportingYearListener")
public class OpenReportingYearListener implements ExecutionListener {

  private final AnnualReportService service;
  private final IdentityService identityService;
  private final ManualStart.MovementOwnership movement;

  public OpenReportingYearListener(AnnualReportService service, IdentityService identityService,
      ManualStart.MovementOwnership movement) {
    this.service = service;
    this.identityService = identityService;
    this.movement = movement;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object yearValue = execution.getVariable(YEAR.getName());
    var services = execution.getProcessEngineServices();
    // whether the year was opened already is the engine's fact, not what the starting official may read
    ManualStart start = ManualStart.of(execution, identityService, movement);
    // a year running (or, for a person, a year already held) is the engine's fact, not what the official may read
    boolean held = yearValue instanceof Number n && Context.getCommandContext().runWithoutAuthorization(() ->
        services.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(businessKey(n.intValue())).list().stream()
            .anyMatch(p -> !p.getId().equals(execution.getProcessInstanceId()))
        || start.manual() && services.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(businessKey(n.intValue())).completed().count() > 0);
    var dates = service.openYear(yearValue, held, start);
    YEAR.on(execution).set(dates.year());
    WINDOW_OPENS.on(execution).set(PlanClock.toDate(dates.windowOpens()));
    RESIDENTIAL_DUE.on(execution).set(PlanClock.toDate(dates.residentialDue()));
    UNIT_DUE.on(execution).set(PlanClock.toDate(dates.unitDue()));
    CITY_DUE.on(execution).set(PlanClock.toDate(dates.cityDue()));
    EXPECTED_COUNT.on(execution).set(service.expectedCount());
    REPORTED_COUNT.on(execution).set(0);
    WARD_REPORT_APPROVED.on(execution).set(false);
    execution.setProcessBusinessKey(businessKey(dates.year()));
    service.opened(dates.year(), execution.getProcessInstanceId());
    RegisterReportDelegate.refresh(service, execution);
  }
}
