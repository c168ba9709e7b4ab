package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.StepFiling.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A residential group's periodic report (section V.7) is kept as a permanent record. */
@Component("recordResidentialReportListener")
public class RecordResidentialReportListener implements ExecutionListener {

  private final StepFiling filing;
  private final MovementRecords records;

  public RecordResidentialReportListener(StepFiling filing, MovementRecords records) {
    this.filing = filing;
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.check(execution).ifPresent(f -> records.insert(MovementRecords.Kind.residential_report, f.period(), f.periodYear(),
        (String) execution.getVariable("groupId"), text(execution, "periodResult"), text(execution, "periodDifficulties"),
        null, null, false, f.processInstanceId(), f.actor(), f.at()));
  }
}
