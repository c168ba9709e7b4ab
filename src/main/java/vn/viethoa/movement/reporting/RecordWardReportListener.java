package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/**
 * End of the lead unit's and leadership's tasks on the ward report: checks and records the
 * aggregation, the decision (approved closes the collection of unit reports) and the submission to
 * the city. Which one is decided by the element that ends.
 */
@Component("recordWardReportListener")
public class RecordWardReportListener implements ExecutionListener {

  private final AnnualReportService service;
  private final IdentityService identityService;

  public RecordWardReportListener(AnnualReportService service, IdentityService identityService) {
    this.service = service;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Submissions.isCompletion(execution)) {
      return;
    }
    int year = YEAR.from(execution).get();
    String actor = Submissions.actor(identityService);
    FormInput in = FormInput.of(execution);
    switch (execution.getCurrentActivityId()) {
      case Elements.TASK_AGGREGATE -> service.recordAggregation(in, year, actor);
      case Elements.TASK_APPROVE -> {
        boolean approved = service.recordDecision(in, year, actor);
        RETURN_COMMENT.on(execution).set(approved ? null : (String) execution.getVariable(DECISION_COMMENT));
        WARD_REPORT_APPROVED.on(execution).set(approved);
      }
      case Elements.TASK_SUBMIT_TO_CITY -> service.recordCitySubmission(in, year, actor);
      default -> throw new IllegalStateException("recordWardReportListener on unexpected element "
          + execution.getCurrentActivityId());
    }
  }
}
