package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.MovementProcess.PERIOD_LABEL;

import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/**
 * End of every user task of the movement: its submission is checked by the rules of its element;
 * what a periodic duty or a review files is kept as a permanent record ({@link MovementRecords}).
 */
@Component("recordMovementStepListener")
public class RecordMovementStepListener implements ExecutionListener {

  /** The supervision report's record, for the step that forwards it to leadership (local to the occurrence). */
  public static final String SUPERVISION_RECORD_ID = "supervisionRecordId";

  private final MovementService service;
  private final MovementRecords records;
  private final IdentityService identityService;
  private final Organisation organisation;
  private final PlanClock clock;

  public RecordMovementStepListener(MovementService service, MovementRecords records, IdentityService identityService,
      Organisation organisation, PlanClock clock) {
    this.service = service;
    this.records = records;
    this.identityService = identityService;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Submissions.isCompletion(execution)) {
      return;
    }
    String element = execution.getCurrentActivityId();
    service.readStep(element, FormInput.of(execution));
    String actor = Submissions.actor(identityService);
    String period = (String) execution.getVariable(PERIOD_LABEL.getName());
    String pid = execution.getProcessInstanceId();
    switch (element) {
      case MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT -> records.insert(MovementRecords.Kind.residential_report, period,
          (String) execution.getVariable("groupId"), text(execution, "periodResult"), text(execution, "periodDifficulties"),
          null, null, false, pid, actor, clock.nowOffset());
      case MovementProcess.Elements.TASK_COMPILE_PERIODIC_REPORTS -> records.insert(MovementRecords.Kind.residential_compilation,
          period, service.residentialReceiverGroup(), text(execution, "periodSummary"), null, null, null, false, pid, actor,
          clock.nowOffset());
      case MovementProcess.Elements.TASK_SATISFACTION_SURVEY -> records.insert(MovementRecords.Kind.satisfaction_survey, period,
          firstGroup("satisfaction-survey"), "Khảo sát " + execution.getVariable("respondents") + " phiếu",
          text(execution, "surveyNotes"), number(execution.getVariable("respondents")) == null ? null
              : number(execution.getVariable("respondents")).longValue(),
          number(execution.getVariable("satisfiedRate")), false, pid, actor, clock.nowOffset());
      case MovementProcess.Elements.TASK_SUPERVISION_REPORT -> {
        long id = records.insert(MovementRecords.Kind.supervision_report, period, firstGroup("supervision"),
            text(execution, "supervisionFindings"), text(execution, "supervisionDifficulties"), null, null,
            Boolean.TRUE.equals(execution.getVariable("adjustmentNeeded")), pid, actor, clock.nowOffset());
        execution.setVariableLocal(SUPERVISION_RECORD_ID, id);
      }
      case MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW, MovementProcess.Elements.TASK_PREPARE_FINAL_REVIEW ->
          records.insert(MovementRecords.Kind.review_assessment,
              MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW.equals(element) ? "Sơ kết giai đoạn 1" : "Tổng kết phong trào",
              organisation.leadUnit().id(), text(execution, "reviewAssessment"), null, null, null, false, pid, actor, clock.nowOffset());
      default -> { }
    }
  }

  private String firstGroup(String duty) {
    return service.dutyGroups(duty).split(",")[0];
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static BigDecimal number(Object value) {
    return value instanceof Number n ? new BigDecimal(n.toString()) : null;
  }
}
