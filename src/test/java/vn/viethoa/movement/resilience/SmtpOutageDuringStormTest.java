package vn.viethoa.movement.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.viethoa.movement.resilience.ReminderStorm.*;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.support.Loopback;

/**
 * The SMTP server goes away in the middle of a reminder storm. Each failed reminder is retried as
 * its model says (PT1M,PT5M,PT30M: three retries after the first attempt); no incident while
 * retries remain; after the fourth failure an incident that says why, in Vietnamese. When the server is back, retrying the incidents (as an
 * administrator does in Cockpit) delivers every reminder, each exactly once.
 */
@Tag("standalone")
class SmtpOutageDuringStormTest {

  static final int STORM = 300;

  EmbeddedPostgres postgres;
  GreenMail smtp;

  @AfterEach
  void stop() throws Exception {
    if (smtp != null) {
      smtp.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
    ClockUtil.reset();
  }

  /** Reminder jobs that failed this many times: a retry cycle of three intervals allows four attempts. */
  long failedTimes(JdbcTemplate jdbc, int times) {
    return jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = 'task-reminders' "
        + "and type_ = 'message' and retries_ = ? and exception_msg_ is not null", Long.class, 4 - times);
  }

  void clockForward(ProcessEngine engine, Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    wakeJobExecutor(engine);
  }

  @Test
  void remindersSurviveAnSmtpOutageWithIncidentsOnlyAfterTheRetries() throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "the production database");
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    int port = Loopback.freePort();
    smtp = Loopback.smtpServer(port);
    smtp.start();
    ClockUtil.setCurrentTime(Date.from(BEFORE));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres", "--server.port=0", "--camunda.bpm.process-engine-name=smtpOutage",
            "--camunda.bpm.job-execution.enabled=true", "--movement.mail.embedded-server.enabled=false",
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
            "--spring.mail.properties.mail.smtp.connectiontimeout=2000", "--spring.mail.properties.mail.smtp.timeout=2000",
            "--movement.reminders.new-task-notice=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ReminderStorm.deploy(engine);
      ReminderStorm.createDuties(engine, STORM);
      waitUntil(() -> reminderTimers(jdbc) == STORM, Duration.ofMinutes(2), "the reminder timers");

      clockPast(engine, REMINDERS_AT);
      waitUntil(() -> remindersSent(jdbc) >= STORM / 5, Duration.ofMinutes(2), "the first reminders");
      // GreenMail forgets its mails when stopped: count them just before; mails the server accepts
      // between this count and the stop are accepted ("250 OK") but not counted here
      Map<String, Integer> before = new HashMap<>(Received.by(smtp).byKey());
      smtp.stop();
      long acceptedUncounted = remindersSent(jdbc) - before.size();

      // first failure of every reminder not yet sent: retried in a minute, no incident yet
      waitUntil(() -> remindersSent(jdbc) + failedTimes(jdbc, 1) == STORM, Duration.ofMinutes(2), "the first failures");
      long unsent = STORM - remindersSent(jdbc);
      assertThat(unsent).isPositive();
      assertThat(incidents(jdbc)).isZero();

      clockForward(engine, Duration.ofMinutes(2));
      waitUntil(() -> failedTimes(jdbc, 2) == unsent, Duration.ofMinutes(2), "the second failures");
      clockForward(engine, Duration.ofMinutes(6));
      waitUntil(() -> failedTimes(jdbc, 3) == unsent, Duration.ofMinutes(2), "the third failures");
      assertThat(incidents(jdbc)).isZero();

      // the fourth failure uses up the retries: one incident per reminder, saying why
      clockForward(engine, Duration.ofMinutes(31));
      waitUntil(() -> incidents(jdbc) == unsent, Duration.ofMinutes(2), "the incidents");
      Incident incident = engine.getRuntimeService().createIncidentQuery().listPage(0, 1).get(0);
      assertThat(incident.getActivityId()).isEqualTo(TaskRemindersProcess.Elements.TASK_SEND);
      assertThat(incident.getIncidentMessage()).startsWith("Không gửi được thư \"[Nhắc hạn]");

      // the server is back; the administrator retries the incidents
      smtp = Loopback.smtpServer(port);
      smtp.start();
      List<String> failedJobs = engine.getManagementService().createJobQuery().withException().noRetriesLeft().list()
          .stream().map(j -> j.getId()).toList();
      // Cockpit's "retry" with the due date set to now (otherwise the job waits for its last interval)
      engine.getManagementService().setJobRetries(1).jobIds(failedJobs).dueDate(ClockUtil.getCurrentTime()).execute();
      System.out.println("[fault] retried " + failedJobs.size() + " after the outage; sent so far " + remindersSent(jdbc));
      wakeJobExecutor(engine);
      try {
        waitUntil(() -> remindersSent(jdbc) == STORM, Duration.ofMinutes(2), "every reminder");
      } catch (AssertionError e) {
        System.out.println("[fault] " + jdbc.queryForList("select status, count(*) from notification group by status"));
        System.out.println("[fault] " + jdbc.queryForList("select retries_, duedate_, lock_exp_time_, substr(exception_msg_, 1, 120) as ex, count(*) "
            + "from act_ru_job where type_ = 'message' group by retries_, duedate_, lock_exp_time_, substr(exception_msg_, 1, 120)"));
        throw e;
      }
      waitUntil(() -> reminderTimers(jdbc) == STORM, Duration.ofMinutes(1), "the next reminders to be planned");

      Map<String, Integer> all = new HashMap<>(before);
      Received.by(smtp).byKey().forEach((k, n) -> all.merge(k, n, Integer::sum));
      System.out.printf("[fault] outage: %d of %d sent before, %d accepted while stopping, %d incidents, then all sent%n",
          before.size(), STORM, acceptedUncounted, unsent);
      assertThat(all).as("each at most once").allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
      assertThat(all.size() + acceptedUncounted).as("none lost").isEqualTo(STORM);
      assertThat(incidents(jdbc)).isZero();
    }
  }

}
