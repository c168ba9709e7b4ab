package vn.viethoa.movement.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * The metrics an administrator scrapes (Prometheus format) follow what happens in the ward: a
 * reporting year opened, its new-task mails sent or failed, a report submitted, deadlines passed, a
 * job out of retries. Each value is compared with the engine's or the table's own count at the
 * same moment, since the shared test database holds other scenarios' work too.
 */
@MovementTest
class OperationsMetricsTest extends ReportingScenario {

  @LocalManagementPort int managementPort;
  @Autowired OperationsMetrics metrics;

  ProcessInstance year;

  @AfterEach
  void closeTheYearAndItsReminders() {
    if (year != null) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY).list().stream()
          .filter(p -> p.getBusinessKey() != null && p.getBusinessKey().startsWith(year.getBusinessKey()))
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
      engine.getRuntimeService().deleteProcessInstance(year.getId(), "test reset", true, true);
    }
  }

  ProcessInstance remindersOf(String unitId) {
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, unitId).getId();
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
        .variableValueEquals("taskId", taskId).singleResult();
  }

  Prometheus scrape() {
    metrics.refresh();
    Http.Response answer = new Http(managementPort).get("/actuator/prometheus", null, null);
    assertThat(answer.status()).isEqualTo(200);
    return Prometheus.parse(answer.body());
  }

  long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }

  @Test
  void theMetricsFollowAReportingYearItsMailsDeadlinesAndAFailedJob() throws Exception {
    ManagementService management = engine.getManagementService();
    clockAt("2026-11-26T09:00:00+07:00");
    year = openYear(2026);

    // 26 report tasks, each announced by a job of its reminder process: the job executor's backlog
    Prometheus opened = scrape();
    long due = management.createJobQuery().executable().count();
    assertThat(due).isGreaterThanOrEqualTo(26);
    assertThat(opened.value("movement_jobs_due")).isEqualTo(due);

    // the Front's announcement goes out; the economy office's fails: the mail server is down
    executeDueJobs(remindersOf("mttq").getId());
    smtp.stop();
    try {
      Job notice = management.createJobQuery().processInstanceId(remindersOf("kthtdt").getId()).executable().singleResult();
      try {
        management.executeJob(notice.getId());
      } catch (RuntimeException expected) {
        // the job keeps its remaining retries; the notification log says FAILED
      }
    } finally {
      smtp.start();
    }
    // the office reports; a reminder job of residential group 1 runs out of retries (an incident)
    report(year, "vp", unitReport(10, 1));
    Job stuck = management.createJobQuery().processInstanceId(remindersOf("tdp-01").getId()).singleResult();
    management.setJobRetries(stuck.getId(), 0);

    // the deadline of 30/11 passes
    clockAt("2026-12-01T09:00:00+07:00");
    Date now = ClockUtil.getCurrentTime();
    Prometheus p = scrape();

    String mails = "select count(*) from notification where kind = ? and status in (?, ?)";
    assertThat(p.value("movement_mails", "kind", "new_task", "state", "sent"))
        .isEqualTo(count(mails, "NEW_TASK", "SENT", "SENT")).isGreaterThanOrEqualTo(1);
    assertThat(p.value("movement_mails", "kind", "new_task", "state", "failed"))
        .isEqualTo(count(mails, "NEW_TASK", "FAILED", "FAILED")).isGreaterThanOrEqualTo(1);
    assertThat(p.value("movement_mails", "kind", "new_task", "state", "waiting"))
        .isEqualTo(count(mails, "NEW_TASK", "PENDING", "SENDING"));
    assertThat(p.value("movement_mails", "kind", "escalation", "state", "sent"))
        .isEqualTo(count(mails, "ESCALATION", "SENT", "SENT"));

    long timers = management.createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY).timers().count();
    assertThat(timers).isGreaterThanOrEqualTo(1);
    assertThat(p.value("movement_reminders_scheduled")).isEqualTo(timers);

    for (String unit : new String[] {"vp", "kthtdt", "mttq", "tdp-20"}) {
      long overdue = engine.getTaskService().createTaskQuery().taskCandidateGroup(unit).includeAssignedTasks()
          .dueBefore(now).count();
      assertThat(p.value("movement_tasks_overdue", "unit", unit)).as(unit).isEqualTo(overdue);
    }
    // the Front did not report by 30/11; the office did, and its report task is gone
    assertThat(p.value("movement_tasks_overdue", "unit", "mttq")).isGreaterThanOrEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey(TASK_SUBMIT_REPORT)
        .taskCandidateGroup("vp").count()).isZero();

    long incidents = engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(TaskRemindersProcess.KEY).count();
    assertThat(incidents).isGreaterThanOrEqualTo(1);
    assertThat(p.value("movement_incidents_open", "process", TaskRemindersProcess.KEY)).isEqualTo(incidents);
    assertThat(p.value("movement_jobs_failed")).isEqualTo(management.createJobQuery().noRetriesLeft().count())
        .isGreaterThanOrEqualTo(1);
    assertThat(p.value("movement_jobs_failing"))
        .isEqualTo(management.createJobQuery().withException().withRetriesLeft().count()).isGreaterThanOrEqualTo(1);
    assertThat(p.value("movement_jobs_due")).isEqualTo(management.createJobQuery().executable().count());

    // unit_report is emptied before each scenario: the office's one submission
    assertThat(p.value("movement_reports_submissions", "year", "2026")).isEqualTo(1);
    assertThat(p.value("movement_reports_units", "year", "2026")).isEqualTo(1);
    assertThat(p.value("movement_reports_submissions", "year", "2030")).isZero();

    assertThat(p.value("movement_startup_work_seconds")).isPositive();
    assertThat(p.has("application_ready_time_seconds")).isTrue();
    // every series carries the application's name, for a Prometheus that scrapes more than this
    assertThat(p.samples()).filteredOn(s -> s.name().startsWith("movement_"))
        .allSatisfy(s -> assertThat(s.labels()).containsEntry("application", "emulation-movement"));
  }
}
