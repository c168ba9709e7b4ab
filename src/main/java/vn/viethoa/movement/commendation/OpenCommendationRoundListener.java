package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.validation.ManualStart;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;

/**
 * End of the start event (Tasklist, REST or {@link CommendationRounds}): checks year and kind, sets
 * the business key and the proposal deadline, carries the annual report's nominations over.
 */
@Component("openCommendationRoundListener")
public class OpenCommendationRoundListener implements ExecutionListener {

  private final ProposalService proposals;
  private final IdentityService identityService;
  private final ManualStart.MovementOwnership movement;

  public OpenCommendationRoundListener(ProposalService proposals, IdentityService identityService,
      ManualStart.MovementOwnership movement) {
    this.proposals = proposals;
    this.identityService = identityService;
    this.movement = movement;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String self = execution.getProcessInstanceId();
    var services = execution.getProcessEngineServices();
    // whether a round was held is a fact of the engine, not of what the starting official may read
    CommendationRound round = proposals.open(execution.getVariable(YEAR.getName()), execution.getVariable(ROUND_KIND.getName()),
        key -> Context.getCommandContext().runWithoutAuthorization(() ->
            services.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(key)
                .list().stream().anyMatch(p -> !p.getId().equals(self))
            || services.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(key).completed().count() > 0), self,
        ManualStart.of(execution, identityService, movement));
    execution.setProcessBusinessKey(round.businessKey());
    YEAR.on(execution).set(round.year());
    ROUND_KIND.on(execution).set(round.kind().name());
    ROUND_LABEL.on(execution).set(round.label());
    var due = proposals.proposalsDue();
    PROPOSALS_DUE.on(execution).set(PlanClock.toDate(due));
    PROPOSALS_DUE_TEXT.on(execution).set(VietnameseDates.deadline(due, round.year()));
    execution.setVariable(UNIT_OPTIONS, json(proposals.unitOptions()));
    proposals.carryOver(round);
    ROUND_SUMMARY.on(execution).set(proposals.summary(round));
  }
}
