package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/**
 * With no minimum deadline configured, a task can be created after its deadline (a movement
 * recorded late): it is never left without a notice — the unit is told at once that it is overdue,
 * and leadership finds it in the day's digest.
 */
@MovementTest
@org.junit.jupiter.api.Tag("standalone")
// an engine of its own name, closed after the class: Camunda's engine registry is static, and a
// second engine named "default" would take the shared context's REST API and logins over
@TestPropertySource(properties = {"movement.reminders.minimum-working-days=0", "camunda.bpm.process-engine-name=bornOverdue"})
@DirtiesContext
class BornOverdueTaskTest extends ScenarioSupport {

  @Autowired EscalationLog escalations;

  @BeforeEach
  void probeDeployed() {
    ReminderProbe.deploy(engine);
    forgetOverdueDigests();
  }

  @org.junit.jupiter.api.AfterEach
  void probeRemoved() {
    ReminderProbe.undeploy(engine);
  }


  @Test
  void aTaskCreatedWeeksAfterItsDeadlineIsReportedOverdueAtOnce() throws Exception {
    clockAt("2026-12-14T09:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00"));
    assertDue(task.getDueDate(), "2026-11-20T17:00:00+07:00");
    executeDueJobs(ReminderProbe.remindersOf(engine, task.getId()));

    assertThat(subjectsTo("canbo.kthtdt@viethoa.example")).containsExactly(
        "[Công việc mới] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026 (Phòng Kinh tế, Hạ tầng và Đô thị)",
        "[Quá hạn] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026 (Phòng Kinh tế, Hạ tầng và Đô thị)");
    assertThat(escalations.all()).extracting(EscalationLog.Entry::taskId).containsExactly(task.getId());
    clockAt("2026-12-15T08:30:00+07:00");
    sendOverdueDigest();
    assertThat(subjectsTo("chutich@viethoa.example")).containsExactly("[Báo cáo lãnh đạo] 1 công việc quá hạn – ngày 15/12/2026");
  }

  @Test
  void aTaskCreatedAnHourAfterItsDeadlineGetsTheOverdueNoticeNowNotTomorrow() throws Exception {
    clockAt("2026-11-20T18:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00"));
    String reminders = ReminderProbe.remindersOf(engine, task.getId());
    executeDueJobs(reminders);
    assertThat(subjectsTo("canbo.kthtdt@viethoa.example")).hasSize(2).last().asString().startsWith("[Quá hạn]");
    // the escalation keeps its own day (Monday 23/11), after the overdue notice
    assertThat(escalations.all()).isEmpty();
    assertDue(engine.getManagementService().createJobQuery().processInstanceId(reminders).timers().singleResult().getDuedate(),
        "2026-11-23T08:00:00+07:00");
  }
}
