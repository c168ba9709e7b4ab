package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The vote closed: each proposal under review becomes eligible or not by the configured threshold. */
@Component("tallyVotesDelegate")
public class TallyVotesDelegate implements JavaDelegate {

  private final ReviewService reviews;
  private final ProposalService proposals;

  public TallyVotesDelegate(ReviewService reviews, ProposalService proposals) {
    this.reviews = reviews;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommendationRound round = round(execution, execution.getProcessInstanceId());
    ELIGIBLE_COUNT.on(execution).set(reviews.tally(round, COUNCIL_SIZE.from(execution).get()));
    ROUND_SUMMARY.on(execution).set(proposals.summary(round));
  }
}
