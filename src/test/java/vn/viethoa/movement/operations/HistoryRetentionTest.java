package vn.viethoa.movement.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.adjustment.PlanAdjustmentProcess;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * The engine's history stays bounded (docs/operations.md, "History"): each process keeps its history
 * for the time chosen for it, counted from the end of its root instance, and the cleanup runs at
 * night. The permanent records live in the application's tables, which the cleanup never touches.
 */
@MovementTest
class HistoryRetentionTest extends ReportingScenario {

  /** Days of engine history after a root instance ends, per process (docs/operations.md). */
  static final Map<String, Integer> DAYS = Map.of(
      MovementProcess.KEY, 3650,
      AnnualReportingProcess.KEY, 3650,
      CommendationRoundProcess.KEY, 3650,
      PlanAdjustmentProcess.KEY, 3650,
      TaskRemindersProcess.KEY, 365);

  @Test
  void everyProcessHasItsDocumentedTimeToLive() {
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      if (DAYS.containsKey(definition.getKey())) {
        assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(DAYS.get(definition.getKey()));
      }
    }
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey).containsAll(DAYS.keySet());
  }

  @Test
  void theCleanupRunsAtNightAndCountsFromTheEndOfEachRootInstance() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
  }

  @Test
  void aFinishedReminderIsRemovedAYearAfterItsTaskWhileTheReportItselfIsKeptInTheApplicationsTables() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, "vp").getId();
    ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TaskRemindersProcess.KEY).variableValueEquals("taskId", taskId).singleResult();
    executeDueJobs(reminders.getId());

    clockAt("2026-11-27T10:00:00+07:00");
    report(year, "vp", unitReport(10, 1));

    HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(reminders.getId()).singleResult();
    assertThat(done.getEndTime()).isNotNull();
    assertThat(Duration.between(done.getEndTime().toInstant(), done.getRemovalTime().toInstant())).isEqualTo(Duration.ofDays(365));
    // the year is still running: no removal time yet
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(year.getId()).singleResult()
        .getRemovalTime()).isNull();
    assertThat(jdbc.queryForObject("select count(*) from unit_report where report_year = 2026 and unit_id = 'vp'", Long.class))
        .isEqualTo(1);
    engine.getRuntimeService().deleteProcessInstance(year.getId(), "test reset", true, true);
  }
}
