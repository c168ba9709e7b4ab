package vn.viethoa.movement.commendation;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starts a commendation round: after each year's report is approved (annual) and at the 2027 and
 * 2030 reviews. The movement's lifecycle calls this; the lead unit can also start a round from
 * Tasklist. The start event's checks apply either way (plan year, review years, report approved,
 * no second round of the same kind).
 */
@Service
public class CommendationRounds {

  private final RuntimeService runtimeService;

  public CommendationRounds(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public ProcessInstance start(int year, RoundKind kind) {
    return runtimeService.startProcessInstanceByKey(CommendationRoundProcess.KEY,
        CommendationRoundProcess.businessKey(year, kind),
        Map.of(CommendationRoundProcess.YEAR.getName(), year, CommendationRoundProcess.ROUND_KIND.getName(), kind.name()));
  }
}
