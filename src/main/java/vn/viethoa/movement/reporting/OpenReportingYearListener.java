package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;

/** End of the start event: checks the year, sets the year's dates and the business key. */
@Component("openReportingYearListener")
public class OpenReportingYearListener implements ExecutionListener {

  private final AnnualReportService service;

  public OpenReportingYearListener(AnnualReportService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object yearValue = execution.getVariable(YEAR.getName());
    boolean running = yearValue instanceof Number n && execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(businessKey(n.intValue()))
        .count() > 0;
    var dates = service.openYear(yearValue, running);
    YEAR.on(execution).set(dates.year());
    WINDOW_OPENS.on(execution).set(PlanClock.toDate(dates.windowOpens()));
    RESIDENTIAL_DUE.on(execution).set(PlanClock.toDate(dates.residentialDue()));
    UNIT_DUE.on(execution).set(PlanClock.toDate(dates.unitDue()));
    CITY_DUE.on(execution).set(PlanClock.toDate(dates.cityDue()));
    EXPECTED_COUNT.on(execution).set(service.reportingGroups().size());
    REPORTED_COUNT.on(execution).set(0);
    WARD_REPORT_APPROVED.on(execution).set(false);
    execution.setProcessBusinessKey(businessKey(dates.year()));
    service.opened(dates.year(), execution.getProcessInstanceId());
    RegisterReportDelegate.refresh(service, execution);
  }
}
