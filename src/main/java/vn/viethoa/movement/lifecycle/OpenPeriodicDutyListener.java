package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.MovementProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;

/**
 * An occurrence of a periodic duty: names its period and due date, and lets it through only once
 * per period — after downtime several timer firings may arrive at once, only the first makes tasks.
 */
@Component("openPeriodicDutyListener")
public class OpenPeriodicDutyListener implements ExecutionListener {

  static final Map<String, String> DUTY_OF_START = Map.of(
      "StartEvent_ResidentialReportsDue", "residential",
      "StartEvent_SatisfactionSurveyDue", "satisfaction-survey",
      "StartEvent_SupervisionReportDue", "supervision");

  private final MovementService service;

  public OpenPeriodicDutyListener(MovementService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String duty = DUTY_OF_START.get(execution.getCurrentActivityId());
    var occurrence = service.occurrence(duty);
    String lastKey = "lastPeriod_" + duty;
    DelegateExecution instance = execution.getProcessInstance();
    boolean current = !occurrence.key().equals(instance.getVariable(lastKey));
    if (current) {
      instance.setVariable(lastKey, occurrence.key());
    }
    execution.setVariableLocal(PERIOD_CURRENT.getName(), current);
    execution.setVariableLocal(PERIOD_LABEL.getName(), occurrence.label());
    execution.setVariableLocal(PERIOD_YEAR.getName(), occurrence.year());
    execution.setVariableLocal(DUTY_DUE.getName(), PlanClock.toDate(occurrence.due()));
  }
}
