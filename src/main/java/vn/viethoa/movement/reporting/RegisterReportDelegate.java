package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a report is stored (asynchronously, so concurrent submissions never collide on these
 * process variables — a conflicting job is simply retried): refreshes the count of units that
 * reported and the summaries the office and the lead unit see.
 */
@Component("registerReportDelegate")
public class RegisterReportDelegate implements JavaDelegate {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final AnnualReportService service;

  public RegisterReportDelegate(AnnualReportService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    refresh(service, execution.getProcessInstance());
  }

  static void refresh(AnnualReportService service, DelegateExecution processInstance) {
    var aggregate = service.aggregate(YEAR.from(processInstance).get());
    REPORTED_COUNT.on(processInstance).set((int) aggregate.reported());
    WARD_SUMMARY.on(processInstance).set(service.wardSummary(aggregate));
    RESIDENTIAL_SUMMARY.on(processInstance).set(service.residentialSummary(aggregate));
    // a Json variable: Tasklist hands it to the form's table as a list of rows
    try {
      processInstance.setVariable(UNIT_FIGURES, org.camunda.spin.plugin.variable.SpinValues
          .jsonValue(JSON.writeValueAsString(service.unitFigureRows(aggregate))).create());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
