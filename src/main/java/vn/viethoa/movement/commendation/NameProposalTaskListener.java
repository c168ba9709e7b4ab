package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.FRONT_PROPOSAL_TASK_NAME;
import static vn.viethoa.movement.commendation.CommendationRoundProcess.PROPOSER_UNIT_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.organisation.Organisation;

/**
 * Creation of a proposing unit's task in a round: the Fatherland Front is asked to cooperate
 * ("đề nghị phối hợp"), so its task (and every mail quoting the task's name) says so. Other units
 * keep the model's name.
 */
@Component("nameProposalTaskListener")
public class NameProposalTaskListener implements TaskListener {

  private final Organisation organisation;

  public NameProposalTaskListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String unitId = PROPOSER_UNIT_ID.from(task.getExecution()).getOrNull();
    if (unitId != null && organisation.isFront(unitId)) {
      task.setName(FRONT_PROPOSAL_TASK_NAME);
    }
  }
}
