package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.resilience.ReminderStorm;
import vn.viethoa.movement.support.Loopback;

/**
 * Two application nodes with running job executors on one PostgreSQL: every announcement and every
 * reminder of the 2026 reports, and every reminder of a storm, reaches its recipient exactly once,
 * whichever node sends it.
 */
@Tag("standalone")
class TwoNodesReminderTest {

  final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
  EmbeddedPostgres postgres;

  @AfterEach
  void stop() throws Exception {
    nodes.forEach(ConfigurableApplicationContext::close);
    if (postgres != null) {
      postgres.close();
    }
    ClockUtil.reset();
  }

  ConfigurableApplicationContext node(String name, String url, String... more) {
    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
        "--server.port=0", "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500",
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=8"));
    args.addAll(List.of(more));
    ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run(args.toArray(String[]::new));
    nodes.add(app);
    return app;
  }

  @Test
  void twoNodesOnOnePostgresSendEachAnnouncementAndEachReminderOnce() throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "needs a shared PostgreSQL");
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T09:00:00+07:00").toInstant()));
    ConfigurableApplicationContext a = node("nodeA", url);
    ConfigurableApplicationContext b = node("nodeB", url);
    JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);

    a.getBean(RuntimeService.class).startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
    // 26 report tasks, each announced to its one demo official
    waitUntil(() -> sent(jdbc, "NEW_TASK") == 26, "26 announcements");
    // a mail is marked sent before its job commits the timer of the next reminder: wait for the timers too
    var jobs = a.getBean(org.camunda.bpm.engine.ManagementService.class);
    waitUntil(() -> jobs.createJobQuery().timers().processDefinitionKey(TaskRemindersProcess.KEY).count() == 26,
        "26 reminder timers");

    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-27T08:00:05+07:00").toInstant()));
    waitUntil(() -> sent(jdbc, "REMINDER") == 26, "26 reminders");

    List<MimeMessage> received = new ArrayList<>();
    for (ConfigurableApplicationContext node : List.of(a, b)) {
      received.addAll(List.of(node.getBean(GreenMail.class).getReceivedMessages()));
    }
    Set<String> keys = new HashSet<>();
    for (MimeMessage m : received) {
      assertThat(keys.add(m.getHeader("X-Movement-Notification")[0])).as("sent twice: " + m.getSubject()).isTrue();
    }
    assertThat(received).hasSize(52);
    assertThat(jdbc.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class)).isZero();
  }

  @Test
  void twoNodesInAReminderStormSendEachReminderOnce() throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "needs a shared PostgreSQL");
    int storm = 400;
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    // one SMTP server for both nodes, as in production
    int port = Loopback.freePort();
    GreenMail smtp = Loopback.smtpServer(port);
    smtp.start();
    try {
      String[] mail = {"--movement.mail.embedded-server.enabled=false", "--spring.mail.host=127.0.0.1",
          "--spring.mail.port=" + port, "--movement.reminders.new-task-notice=false"};
      ClockUtil.setCurrentTime(Date.from(ReminderStorm.BEFORE));
      ConfigurableApplicationContext a = node("stormA", url, mail);
      ConfigurableApplicationContext b = node("stormB", url, mail);
      JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
      var engineA = a.getBean(org.camunda.bpm.engine.ProcessEngine.class);
      ReminderStorm.deploy(engineA);
      ReminderStorm.createDuties(engineA, storm);
      waitUntil(() -> ReminderStorm.reminderTimers(jdbc) == storm, storm + " reminder timers");

      ReminderStorm.clockPast(engineA, ReminderStorm.REMINDERS_AT);
      ReminderStorm.wakeJobExecutor(b.getBean(org.camunda.bpm.engine.ProcessEngine.class));
      waitUntil(() -> ReminderStorm.remindersSent(jdbc) == storm, storm + " reminders");
      waitUntil(() -> ReminderStorm.reminderTimers(jdbc) == storm, "the next reminders to be planned");

      ReminderStorm.Received received = ReminderStorm.Received.by(smtp);
      assertThat(received.duplicates()).as("sent twice").isEmpty();
      assertThat(received.byKey()).hasSize(storm);
      assertThat(ReminderStorm.incidents(jdbc)).isZero();
    } finally {
      smtp.stop();
    }
  }

  static long sent(JdbcTemplate jdbc, String kind) {
    return jdbc.queryForObject("select count(*) from notification where kind = ? and status = 'SENT'", Long.class, kind);
  }

  /** Waits for the job executors, within a bound; fails with what was awaited. */
  static void waitUntil(Supplier<Boolean> condition, String what) throws InterruptedException {
    ReminderStorm.waitUntil(condition, Duration.ofSeconds(90), what);
  }
}
