package vn.viethoa.movement.evidence;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * Whether a unit's report (or its list of proposals) of a year is still being written: its task is
 * open. Until then the unit may take back an evidence file; once submitted, what the lead unit and
 * leadership read must stay as it was.
 */
@Component
public class OpenReportTasks {

  private final TaskService tasks;

  public OpenReportTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  public boolean stillOpen(String unitId, int year, EvidencePurpose purpose) {
    String process = purpose == EvidencePurpose.REPORT ? AnnualReportingProcess.KEY : CommendationRoundProcess.KEY;
    List<String> steps = purpose == EvidencePurpose.REPORT
        ? List.of(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT)
        : List.of(CommendationRoundProcess.Elements.TASK_PROPOSE);
    return tasks.createTaskQuery().processDefinitionKey(process).taskDefinitionKeyIn(steps.toArray(String[]::new))
        .taskCandidateGroup(unitId).includeAssignedTasks().processVariableValueEquals("year", year).count() > 0;
  }
}
