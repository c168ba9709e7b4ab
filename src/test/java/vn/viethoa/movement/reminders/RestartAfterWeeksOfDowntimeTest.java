package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.support.NoticeAudit;

/**
 * The server stops on 10/11/2026 and is started again on 15/12, weeks after a task's deadline of
 * Friday 20/11 and after two tasks' proposal window closed: on the same database, the open task's
 * unit gets one overdue notice, leadership one digest that day, and the closed window's task nothing.
 */
// an application of its own, started twice on one database
@Tag("standalone")
class RestartAfterWeeksOfDowntimeTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static void clockAt(String isoOffsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant()));
  }

  static ConfigurableApplicationContext start(Path dir) {
    return new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db"), "--server.port=0",
            "--camunda.bpm.process-engine-name=restartAfterDowntime");
  }

  /** Every due job, as the job executor does after a restart (timers that fell due while down included). */
  static void executeDueJobs(ProcessEngine engine) {
    for (int round = 0; round < 200; round++) {
      var due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (var job : due) {
        // a job of this round may be gone already: a timer that closed a task ended its reminder process
        if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 1) {
          engine.getManagementService().executeJob(job.getId());
        }
      }
    }
    throw new AssertionError("Jobs keep coming after 200 rounds");
  }

  static List<String> subjectsTo(GreenMail smtp, String address) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessagesForDomain(address)) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  @Test
  void afterWeeksOfDowntimeEachOwedNoticeGoesOutOnceAndNoneAboutAClosedTask(@TempDir Path dir) throws Exception {
    String openTask;
    String windowTask;
    clockAt("2026-11-09T09:00:00+07:00");
    try (ConfigurableApplicationContext app = start(dir)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ReminderProbe.deploy(engine);
      ProcessInstance owner = ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00");
      ProcessInstance window = ReminderProbe.openWindow(engine, "mttq", "2026-11-20T17:00:00+07:00",
          "2026-11-27T17:00:00+07:00");
      openTask = ReminderProbe.task(engine, owner).getId();
      windowTask = ReminderProbe.task(engine, window).getId();
      executeDueJobs(engine);
      GreenMail smtp = app.getBean(GreenMail.class);
      assertThat(subjectsTo(smtp, "canbo.kthtdt@viethoa.example")).singleElement().asString().startsWith("[Công việc mới]");
    }

    clockAt("2026-12-15T08:40:00+07:00");
    try (ConfigurableApplicationContext app = start(dir)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      GreenMail smtp = app.getBean(GreenMail.class);
      executeDueJobs(engine);
      // the digest's own catch-up may have run before the escalation was recorded: tomorrow's run sends it then
      clockAt("2026-12-16T08:30:05+07:00");
      executeDueJobs(engine);

      assertThat(subjectsTo(smtp, "canbo.kthtdt@viethoa.example")).singleElement().asString()
          .startsWith("[Quá hạn] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026");
      assertThat(subjectsTo(smtp, "canbo.mttq@viethoa.example")).as("the window closed its task").isEmpty();
      assertThat(subjectsTo(smtp, "chutich@viethoa.example")).singleElement().asString()
          .matches("\\[Báo cáo lãnh đạo\\] 1 công việc quá hạn – ngày 1[56]/12/2026");
      EscalationLog escalations = app.getBean(EscalationLog.class);
      assertThat(escalations.all()).extracting(EscalationLog.Entry::taskId).containsExactly(openTask);
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(windowTask).singleResult().getEndTime())
          .isNotNull();
      assertThat(NoticeAudit.of(engine, app.getBean(JdbcTemplate.class), app.getBean(ReminderSchedule.class), app.getBean(vn.viethoa.movement.organisation.Organisation.class))
          .received(smtp).problems(ClockUtil.getCurrentTime().toInstant(), t -> true)).isEmpty();
    }
  }
}
