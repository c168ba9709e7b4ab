package vn.viethoa.movement.lifecycle;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Compatibility only: versions of the movement model deployed before each step had its own
 * listener name this one bean on every user task. A movement still running on such a version
 * (it is not migrated at deployment) keeps filing its records through the same step beans as the
 * current model. Remove once no movement runs on those versions.
 */
@Component("recordMovementStepListener")
public class RecordMovementStepListener implements ExecutionListener {

  private final Map<String, ExecutionListener> byElement;
  private final ExecutionListener check;

  public RecordMovementStepListener(CheckMovementStepListener check, RecordResidentialReportListener residentialReport,
      RecordResidentialCompilationListener residentialCompilation, RecordSatisfactionSurveyListener survey,
      RecordSupervisionReportListener supervision, RecordReviewAssessmentListener.Interim interim,
      RecordReviewAssessmentListener.Final last) {
    this.check = check;
    this.byElement = Map.of(
        MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT, residentialReport,
        MovementProcess.Elements.TASK_COMPILE_PERIODIC_REPORTS, residentialCompilation,
        MovementProcess.Elements.TASK_SATISFACTION_SURVEY, survey,
        MovementProcess.Elements.TASK_SUPERVISION_REPORT, supervision,
        MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW, interim,
        MovementProcess.Elements.TASK_PREPARE_FINAL_REVIEW, last);
  }

  @Override
  public void notify(DelegateExecution execution) throws Exception {
    byElement.getOrDefault(execution.getCurrentActivityId(), check).notify(execution);
  }
}
