package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * A ward that turns the new-task notice off still gets its reminders. (The reminder schedule reads
 * the task's due date, so it runs after the task is saved, not in the transaction creating it.)
 */
@MovementTest
@TestPropertySource(properties = "movement.reminders.new-task-notice=false")
class RemindersWithoutNewTaskNoticeTest extends ReportingScenario {

  @Test
  void withoutTheNoticeTheFrontIsStillRemindedOnFriday() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, "mttq").getId();
    ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TaskRemindersProcess.KEY).variableValueEquals("taskId", taskId).singleResult();

    executeDueJobs(reminders.getId());
    assertThat(mailsTo("canbo.mttq@viethoa.example")).isEmpty();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).timers().singleResult();
    assertDue(timer.getDuedate(), "2026-11-27T08:00:00+07:00");

    clockAt("2026-11-27T08:00:05+07:00");
    executeDueJobs(reminders.getId());
    assertThat(mailsTo("canbo.mttq@viethoa.example")).extracting(MimeMessage::getSubject).containsExactly(
        "[Nhắc hạn] Báo cáo kết quả thực hiện phong trào năm – hạn 30/11/2026, còn 3 ngày (Mặt trận Tổ quốc và các đoàn thể)");
  }
}
