package vn.viethoa.movement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/** Steps of a reporting year as the people of the plan take them. */
public abstract class ReportingScenario extends ScenarioSupport {

  @Autowired protected JdbcTemplate jdbc;

  /** Each scenario starts from a ward with no reporting year under way. */
  @BeforeEach
  void noReportingYearUnderWay() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    jdbc.update("delete from unit_report");
    jdbc.update("delete from ward_report");
    jdbc.update("delete from issued_document");
  }

  protected ProcessInstance openYear(int year) {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY,
        Map.of("year", year));
    executeDueJobs(instance.getId());
    return instance;
  }

  /** The unit's official claims its report task and submits it through the form, as in Tasklist. */
  protected void report(ProcessInstance instance, String unitId, Map<String, Object> values) {
    reportAt(instance, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unitId, values);
  }

  protected void update(ProcessInstance instance, String unitId, Map<String, Object> values) {
    reportAt(instance, AnnualReportingProcess.Elements.TASK_UPDATE_REPORT, unitId, values);
  }

  private void reportAt(ProcessInstance instance, String taskKey, String unitId, Map<String, Object> values) {
    Task task = taskOf(instance, taskKey, unitId);
    String official = ReportingFixtures.officialOf(unitId);
    actAs(official);
    try {
      engine.getTaskService().claim(task.getId(), official);
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeDueJobs(instance.getId());
  }

  /** Completes the single open task of a kind as the given user. */
  protected void completeAs(String user, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    List<Task> found = tasks(instance, taskKey);
    assertThat(found).as(taskKey).hasSize(1);
    actAs(user);
    try {
      engine.getTaskService().claim(found.get(0).getId(), user);
      engine.getFormService().submitTaskForm(found.get(0).getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeDueJobs(instance.getId());
  }

  protected Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }
}
