package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.StepFiling.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The Front's supervision report (section V.6) is kept as a permanent record; its id stays on the
 * occurrence for the next step, which forwards it to leadership.
 */
@Component("recordSupervisionReportListener")
public class RecordSupervisionReportListener implements ExecutionListener {

  /** The supervision report's record, for the step that forwards it to leadership (local to the occurrence). */
  public static final String SUPERVISION_RECORD_ID = "supervisionRecordId";

  private final StepFiling filing;
  private final MovementRecords records;

  public RecordSupervisionReportListener(StepFiling filing, MovementRecords records) {
    this.filing = filing;
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.check(execution).ifPresent(f -> {
      long id = records.insert(MovementRecords.Kind.supervision_report, f.period(), f.periodYear(), filing.dutyUnit("supervision"),
          text(execution, "supervisionFindings"), text(execution, "supervisionDifficulties"), null, null,
          Boolean.TRUE.equals(execution.getVariable("adjustmentNeeded")), f.processInstanceId(), f.actor(), f.at());
      execution.setVariableLocal(SUPERVISION_RECORD_ID, id);
    });
  }
}
