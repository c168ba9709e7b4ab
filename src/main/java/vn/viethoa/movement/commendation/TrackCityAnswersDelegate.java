package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The round's dossier went to the city: its answers are tracked by a process of their own (not a
 * child of the round), so that an answer months later, or never, holds up neither the round nor
 * the year after nor the movement's end.
 */
@Component("trackCityAnswersDelegate")
public class TrackCityAnswersDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : new String[] {YEAR.getName(), ROUND_KIND.getName(), ROUND_LABEL.getName(), CITY_REMINDER_AT.getName(),
        CITY_PENDING_COUNT.getName(), CITY_PROPOSED_COUNT.getName()}) {
      Object value = execution.getVariable(name);
      if (value != null) {
        variables.put(name, value);
      }
    }
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(CityAnswersProcess.KEY, execution.getProcessBusinessKey(), variables);
  }
}
