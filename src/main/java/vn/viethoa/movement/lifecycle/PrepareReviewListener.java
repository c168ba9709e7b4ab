package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.MovementProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The review report task shows the stored figures of the years under review (trends vs targets). */
@Component("prepareReviewListener")
public class PrepareReviewListener implements TaskListener {

  private final MovementService service;

  public PrepareReviewListener(MovementService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean interim = Elements.TASK_PREPARE_INTERIM_REVIEW.equals(task.getTaskDefinitionKey());
    int to = interim ? service.phaseOneLastYear() : service.lastYear();
    task.setVariableLocal(REVIEW_SUMMARY.getName(), service.reviewSummary(service.firstYear(), to));
    // which review document the form's download link asks for (/api/documents/review/{reviewKind}.docx)
    task.setVariableLocal(REVIEW_KIND.getName(), interim ? "interim" : "final");
  }
}
