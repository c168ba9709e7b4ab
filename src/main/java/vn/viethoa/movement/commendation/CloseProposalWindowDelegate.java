package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit answered or the deadline passed: drafts nobody confirmed are submitted or withdrawn. */
@Component("closeProposalWindowDelegate")
public class CloseProposalWindowDelegate implements JavaDelegate {

  private final ProposalService proposals;

  public CloseProposalWindowDelegate(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommendationRound round = round(execution, execution.getProcessInstanceId());
    proposals.closeWindow(round);
    ROUND_SUMMARY.on(execution).set(proposals.summary(round));
  }
}
