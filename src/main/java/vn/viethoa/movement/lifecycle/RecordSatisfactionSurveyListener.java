package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.StepFiling.number;
import static vn.viethoa.movement.lifecycle.StepFiling.text;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The service centre's satisfaction survey (section V.4) is kept as a permanent record, counted
 * for the year of the period it covers (it feeds that year's satisfaction rate).
 */
@Component("recordSatisfactionSurveyListener")
public class RecordSatisfactionSurveyListener implements ExecutionListener {

  private final StepFiling filing;
  private final MovementRecords records;

  public RecordSatisfactionSurveyListener(StepFiling filing, MovementRecords records) {
    this.filing = filing;
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.check(execution).ifPresent(f -> {
      BigDecimal respondents = number(execution.getVariable("respondents"));
      records.insert(MovementRecords.Kind.satisfaction_survey, f.period(), f.periodYear(), filing.dutyUnit("satisfaction-survey"),
          "Khảo sát " + execution.getVariable("respondents") + " phiếu", text(execution, "surveyNotes"),
          respondents == null ? null : respondents.longValue(), number(execution.getVariable("satisfiedRate")), false,
          f.processInstanceId(), f.actor(), f.at());
    });
  }
}
