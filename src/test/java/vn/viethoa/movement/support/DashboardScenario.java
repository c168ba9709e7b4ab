package vn.viethoa.movement.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.viethoa.movement.support.ReportingFixtures.residentialReport;
import static vn.viethoa.movement.support.ReportingFixtures.frontReport;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * The 2026 the dashboard is tested on: the movement recorded on 05/11/2026 (launched in March), the
 * reports of most units and residential groups, one late, one unit still missing after 30/11, the
 * reminders that went out and a mail that could not be sent.
 */
public abstract class DashboardScenario extends ReportingScenario {

  @BeforeEach
  void noMovementNoMails() {
    deleteMovements();
    jdbc.update("delete from notification");
  }

  @AfterEach
  void noMovementLeft() {
    deleteMovements();
    jdbc.update("delete from notification");
  }

  private void deleteMovements() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
  }

  /** The movement recorded on 05/11/2026: it opens the 2026 reports, residential groups due 20/11, units 30/11. */
  protected ProcessInstance movementWith2026Open() {
    clockAt("2026-11-05T09:00:00+07:00");
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));
    executeDueJobs(movement.getId());
    ProcessInstance year = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(AnnualReportingProcess.KEY).processInstanceBusinessKey(AnnualReportingProcess.businessKey(2026))
        .singleResult();
    executeDueJobs(year.getId());
    return year;
  }

  /**
   * On 25/11/2026: vp, kthtdt (8 of 10 staff proficient), vhxh (no initiative) and groups 1–18 (group
   * 2 with 90 of 100 households with a digital address) reported on 12/11, group 19 late on 25/11;
   * ttpvhcc, ttdvsnc and the Front (mttq, asked to cooperate, not counted) still have time, group 20 is
   * overdue (due 20/11).
   */
  protected ProcessInstance seeded2026() {
    ProcessInstance year = movementWith2026Open();
    clockAt("2026-11-12T10:00:00+07:00");
    report(year, "vp", unitReport(10, 2));
    report(year, "kthtdt", unitReport(8, 1));
    report(year, "vhxh", unitReport(10, 0));
    for (int n = 1; n <= 18; n++) {
      report(year, String.format("tdp-%02d", n), residentialReport(100, n == 2 ? 90 : 100));
    }
    clockAt("2026-11-25T10:00:00+07:00");
    report(year, "tdp-19", residentialReport(100, 100));
    return year;
  }

  /**
   * After 30/11/2026 (01/12, 09:00): ttpvhcc reported and the Front sent its cooperation report on
   * 30/11, group 20 late; only ttdvsnc is overdue. ttdvsnc was told of its task on 25/11 and of the
   * overdue report on 01/12; the lead unit's aggregation task could not be announced (mail server
   * down): an incident.
   */
  protected ProcessInstance seededAfter30November() {
    ProcessInstance year = seeded2026();
    String lateReminders = remindersOf(taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "ttdvsnc").getId()).getId();
    executeDueJobs(lateReminders);
    clockAt("2026-11-30T10:00:00+07:00");
    report(year, "ttpvhcc", unitReport(10, 1));
    report(year, "mttq", frontReport());
    report(year, "tdp-20", residentialReport(100, 100));
    clockAt("2026-12-01T09:00:00+07:00");
    executeDueJobs(year.getId()); // the deadline passed: the lead unit aggregates
    executeDueJobs(lateReminders);
    failToAnnounce(tasks(year, AnnualReportingProcess.Elements.TASK_AGGREGATE).get(0));
    return year;
  }

  /** The task's new-task notice fails four times (mail server down): the retries are used up, an incident opens. */
  protected ProcessInstance failToAnnounce(Task task) {
    ProcessInstance reminders = remindersOf(task.getId());
    smtp.stop();
    try {
      Job notice = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult();
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
            .hasMessageContaining("Không gửi được thư");
      }
    } finally {
      smtp.start();
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders.getId()).count()).isOne();
    return reminders;
  }

  /** The reminder process that accompanies a task. */
  protected ProcessInstance remindersOf(String taskId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
        .variableValueEquals(TaskRemindersProcess.TASK_ID.getName(), taskId).singleResult();
  }
}
