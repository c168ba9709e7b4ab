package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * A ward that turns the new-task notice off still gets its reminders. (The reminder schedule reads
 * the task's due date, so it runs after the task is saved, not in the transaction creating it.)
 */
// an application of its own (another setting); two engines named "default" in one JVM would mix up the REST API
@Tag("standalone")
class RemindersWithoutNewTaskNoticeTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void clockAt(String isoOffsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant()));
  }

  static void executeDueJobs(ProcessEngine engine) {
    for (int round = 0; round < 20; round++) {
      var due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  @Test
  void withoutTheNoticeTheFrontIsStillRemindedOnFriday(@TempDir java.nio.file.Path dir) throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"), "--server.port=0",
            "--camunda.bpm.process-engine-name=noNewTaskNotice", "--movement.reminders.new-task-notice=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      GreenMail smtp = app.getBean(GreenMail.class);
      ProcessInstance year = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
      executeDueJobs(engine);
      String taskId = engine.getTaskService().createTaskQuery().processInstanceId(year.getId())
          .taskDefinitionKey(TASK_SUBMIT_REPORT).taskCandidateGroup("mttq").singleResult().getId();
      ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(TaskRemindersProcess.KEY).variableValueEquals("taskId", taskId).singleResult();

      assertThat(smtp.getReceivedMessages()).isEmpty();
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).timers().singleResult();
      assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-11-27T01:00:00Z"));

      clockAt("2026-11-27T08:00:05+07:00");
      executeDueJobs(engine);
      assertThat(smtp.getReceivedMessagesForDomain("canbo.mttq@viethoa.example")).extracting(MimeMessage::getSubject)
          .containsExactly("[Nhắc hạn] Đề nghị phối hợp báo cáo kết quả vận động, giám sát phong trào năm 2026 – hạn 17:00 ngày 30/11/2026, còn 3 ngày "
              + "(Mặt trận Tổ quốc và các đoàn thể)");
    }
  }
}
