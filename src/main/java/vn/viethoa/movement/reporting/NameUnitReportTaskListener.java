package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.organisation.Organisation;

/**
 * Creation of a unit's report task: the Committee asks the Fatherland Front to cooperate
 * ("đề nghị phối hợp") rather than assigning it a duty, so the Front's task (and every mail about
 * it, which quotes the task's name) says so. Other units keep the model's name.
 */
@Component("nameUnitReportTaskListener")
public class NameUnitReportTaskListener implements TaskListener {

  private final Organisation organisation;

  public NameUnitReportTaskListener(Organisation organisation) {
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    String unitId = UNIT_ID.from(task.getExecution()).getOrNull();
    if (unitId == null || !organisation.isFront(unitId)) {
      return;
    }
    task.setName(Elements.TASK_UPDATE_REPORT.equals(task.getTaskDefinitionKey()) ? FRONT_UPDATE_TASK_NAME : FRONT_TASK_NAME);
  }
}
