package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.StepFiling.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.organisation.Organisation;

/**
 * The lead unit's assessment of a review (section III.2) is kept as a permanent record, named by its
 * review: one bean for the interim review's step, one for the final review's.
 */
public abstract class RecordReviewAssessmentListener implements ExecutionListener {

  private final StepFiling filing;
  private final MovementRecords records;
  private final Organisation organisation;
  private final String review;

  RecordReviewAssessmentListener(StepFiling filing, MovementRecords records, Organisation organisation, String review) {
    this.filing = filing;
    this.records = records;
    this.organisation = organisation;
    this.review = review;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.check(execution).ifPresent(f -> records.insert(MovementRecords.Kind.review_assessment, review, null,
        organisation.leadUnit().id(), text(execution, "reviewAssessment"), null, null, null, false, f.processInstanceId(),
        f.actor(), f.at()));
  }

  /** Sơ kết giai đoạn 1 (end of 2027). */
  @Component("recordInterimAssessmentListener")
  public static class Interim extends RecordReviewAssessmentListener {
    public Interim(StepFiling filing, MovementRecords records, Organisation organisation) {
      super(filing, records, organisation, "Sơ kết giai đoạn 1");
    }
  }

  /** Tổng kết toàn giai đoạn (2030). */
  @Component("recordFinalAssessmentListener")
  public static class Final extends RecordReviewAssessmentListener {
    public Final(StepFiling filing, MovementRecords records, Organisation organisation) {
      super(filing, records, organisation, "Tổng kết phong trào");
    }
  }
}
