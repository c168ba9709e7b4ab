package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.organisation.Organisation;

/**
 * Start of a step with a form: puts what the form shows and edits in place. Lists of a
 * multi-instance step (a unit's proposals, a returned proposal, a member's ballot) are local to its
 * instance, so that parallel submissions never overwrite one another; the multi-instance body starts
 * too and is skipped. Which step is decided by the element that starts.
 */
@Component("prepareRoundStepListener")
public class PrepareRoundStepListener implements ExecutionListener {

  private final ProposalService proposals;
  private final ReviewService reviews;
  private final Organisation organisation;
  private final DuplicateAchievements duplicates;

  public PrepareRoundStepListener(ProposalService proposals, ReviewService reviews, Organisation organisation,
      DuplicateAchievements duplicates) {
    this.proposals = proposals;
    this.reviews = reviews;
    this.organisation = organisation;
    this.duplicates = duplicates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    CommendationRound round = round(execution, execution.getProcessInstanceId());
    switch (execution.getCurrentActivityId()) {
      case Elements.TASK_PROPOSE -> {
        String unitId = PROPOSER_UNIT_ID.from(execution).getOrNull();
        if (unitId != null) {
          execution.setVariableLocal(UNIT_NAME.getName(), organisation.get(unitId).name());
          execution.setVariableLocal(PROPOSALS, json(proposals.prefill(round, unitId)));
        }
      }
      case Elements.TASK_CORRECT -> {
        Object id = execution.getVariableLocal(PROPOSAL_ID);
        if (id != null) {
          Proposal p = proposals.returned(((Number) id).longValue());
          ProposalValidator.toValues(p).forEach((name, value) -> {
            if (!name.equals(PROPOSAL_ID)) {
              execution.setVariableLocal(name, value);
            }
          });
          execution.setVariableLocal(UNIT_NAME.getName(), p.proposingUnitName());
          execution.setVariableLocal(PROPOSING_UNIT_ID.getName(), p.proposingUnitId());
          execution.setVariableLocal(RETURN_NOTE.getName(), p.stateNote());
        }
      }
      case Elements.TASK_VOTE -> {
        if (COUNCIL_MEMBER.from(execution).getOrNull() != null) {
          var items = reviews.voteItems(round);
          duplicates.annotate(items);
          execution.setVariableLocal(VOTES, json(items));
        }
      }
      case Elements.TASK_COMPILE -> {
        var items = proposals.reviewItems(round);
        // the same achievement proposed in an overlapping round: the lead unit and the council are warned
        duplicates.annotate(items);
        execution.setVariable(REVIEWS, json(items));
        ROUND_SUMMARY.on(execution).set(proposals.summary(round));
      }
      case Elements.TASK_DECIDE -> {
        execution.setVariable(DECISIONS, json(reviews.decisionItems(round)));
        ROUND_SUMMARY.on(execution).set(proposals.summary(round));
      }
      case CityAnswersProcess.Elements.TASK_CITY_ANSWER -> {
        execution.setVariable(CITY_ANSWERS, json(reviews.cityAnswerItems(round)));
        ROUND_SUMMARY.on(execution).set(proposals.summary(round));
      }
      default -> throw new IllegalStateException("prepareRoundStepListener on unexpected element " + execution.getCurrentActivityId());
    }
  }
}
