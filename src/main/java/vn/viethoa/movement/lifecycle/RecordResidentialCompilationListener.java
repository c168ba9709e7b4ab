package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.StepFiling.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The office's compilation of the residential groups' periodic reports is kept as a permanent record. */
@Component("recordResidentialCompilationListener")
public class RecordResidentialCompilationListener implements ExecutionListener {

  private final StepFiling filing;
  private final MovementRecords records;
  private final MovementService service;

  public RecordResidentialCompilationListener(StepFiling filing, MovementRecords records, MovementService service) {
    this.filing = filing;
    this.records = records;
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.check(execution).ifPresent(f -> records.insert(MovementRecords.Kind.residential_compilation, f.period(),
        f.periodYear(), service.residentialReceiverGroup(), text(execution, "periodSummary"), null, null, null, false,
        f.processInstanceId(), f.actor(), f.at()));
  }
}
