package vn.viethoa.movement.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the aggregation or approval task is created, its figures are computed afresh. */
@Component("refreshSummaryListener")
public class RefreshSummaryListener implements TaskListener {

  private final AnnualReportService service;

  public RefreshSummaryListener(AnnualReportService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    RegisterReportDelegate.refresh(service, task.getExecution().getProcessInstance());
  }
}
