package vn.viethoa.movement.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.resilience.ReminderStorm.*;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.resilience.ReminderStorm;
import vn.viethoa.movement.support.Loopback;

/**
 * Issue 9, benchmark 2: reminders falling due at the same instant, sent through the real path (the
 * task-reminders process, the notification log, SMTP to a GreenMail server on loopback) on
 * PostgreSQL, against the engine's raw throughput of as many no-op timer jobs in the same
 * application. First a sweep of job executor settings on a smaller storm, then the full storm with
 * the settings of application.yaml. Writes target/benchmarks/reminder-storm.md.
 */
@Tag("bench")
class ReminderStormBenchmark {

  static final int STORM = Integer.getInteger("bench.storm.size", 10_000);
  static final int SWEEP = Integer.getInteger("bench.storm.sweep-size", 2_000);

  /** Job executor settings under test; pool = database connections. */
  record Settings(String name, int threads, int queue, int perAcquisition, int pool) {
    List<String> args() {
      return List.of("--camunda.bpm.job-execution.core-pool-size=" + threads,
          "--camunda.bpm.job-execution.max-pool-size=" + threads,
          "--camunda.bpm.job-execution.queue-capacity=" + queue,
          "--camunda.bpm.job-execution.max-jobs-per-acquisition=" + perAcquisition,
          "--spring.datasource.hikari.maximum-pool-size=" + pool);
    }
  }

  static final Settings CONFIGURED = new Settings("application.yaml", 4, 8, 8, 16);
  static final List<Settings> SWEEP_SETTINGS = List.of(
      new Settings("Camunda defaults", 3, 3, 3, 16),
      new Settings("2 threads", 2, 4, 4, 16),
      CONFIGURED,
      new Settings("4 threads, 16 per acquisition", 4, 16, 16, 16),
      new Settings("8 threads", 8, 16, 16, 24));

  record Result(Settings settings, int size, double rawSeconds, double reminderSeconds, int received, int duplicates,
      long lost, long failed, long incidents) {
    double rawPerSecond() {
      return size / rawSeconds;
    }

    double remindersPerSecond() {
      return size / reminderSeconds;
    }

    List<String> row() {
      return List.of(settings.name(), settings.threads() + " / " + settings.queue() + " / " + settings.perAcquisition()
              + " / " + settings.pool(), String.format("%,d", size),
          String.format("%.0f /s (%.1f s)", rawPerSecond(), rawSeconds),
          String.format("%.0f /s (%.1f s)", remindersPerSecond(), reminderSeconds),
          String.format("%.0f%%", 100 * remindersPerSecond() / rawPerSecond()),
          String.format("%,d", received), String.valueOf(duplicates), String.valueOf(lost),
          String.valueOf(failed), String.valueOf(incidents));
    }
  }

  EmbeddedPostgres postgres;
  GreenMail smtp;
  int databases;

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

  @Test
  void reminderStormAgainstRawTimers() throws Exception {
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    smtp = Loopback.smtpServer(Loopback.freePort());
    smtp.start();

    List<Result> sweep = new ArrayList<>();
    for (Settings settings : SWEEP_SETTINGS) {
      sweep.add(run(settings, SWEEP));
    }
    Result full = run(CONFIGURED, STORM);

    List<String> header = List.of("settings", "threads / queue / per acquisition / connections", "jobs",
        "no-op timers", "reminders", "ratio", "mails received", "duplicates", "lost", "failed", "incidents");
    BenchmarkReport report = new BenchmarkReport("reminder-storm", "Reminder storm (PostgreSQL, SMTP on loopback)");
    report.line("Each run: a fresh PostgreSQL database and application; N tasks of one unit (one member), "
        + "each with its reminder process, all reminded at 08:00 on 23/11/2026; N no-op timer processes due at 07:00. "
        + "Time from moving the engine clock past the instant (job executor woken at once) until the last mail is "
        + "marked sent / the last timer job is gone. Received, duplicates and lost are counted at the SMTP server "
        + "by each mail's notification key.");
    report.line("");
    report.line("**Full storm** with the settings of application.yaml:");
    report.table(header, List.of(full.row()));
    report.line("**Sweep** of job executor settings, " + String.format("%,d", SWEEP) + " of each:");
    report.table(header, sweep.stream().map(Result::row).toList());
    report.write();

    for (Result r : sweep) {
      assertThat(r.duplicates()).as(r.settings().name() + ": duplicates").isZero();
      assertThat(r.lost()).as(r.settings().name() + ": lost").isZero();
    }
    assertThat(full.duplicates()).isZero();
    assertThat(full.lost()).isZero();
  }

  Result run(Settings settings, int size) throws Exception {
    String database = "storm" + (++databases);
    new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + database);
    smtp.purgeEmailFromAllMailboxes();
    ClockUtil.setCurrentTime(Date.from(BEFORE));
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
        "--spring.datasource.username=postgres", "--server.port=0",
        "--camunda.bpm.process-engine-name=" + database,
        "--camunda.bpm.job-execution.enabled=true",
        "--movement.mail.embedded-server.enabled=false",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--movement.reminders.new-task-notice=false"));
    args.addAll(settings.args());
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class)
        .profiles("demo", "test").run(args.toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ReminderStorm.deploy(engine);
      ReminderStorm.createDuties(engine, size);
      ReminderStorm.createNoopTimers(engine, size);
      // each reminder process reads its task's due date once the task is saved (a job), then waits
      waitUntil(() -> reminderTimers(jdbc) == size, Duration.ofMinutes(20), "the reminder timers");

      long start = System.nanoTime();
      clockPast(engine, NOOP_TIMERS_AT);
      waitUntil(() -> noopTimersLeft(jdbc) == 0, Duration.ofMinutes(20), "the no-op timers");
      double raw = (System.nanoTime() - start) / 1e9;

      // -Dbench.storm.jfr=file.jfr: a Flight Recording of the reminder storm, to see where the time goes
      String jfr = size == STORM ? System.getProperty("bench.storm.jfr") : null;
      jdk.jfr.Recording recording = jfr == null ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
      if (recording != null) {
        recording.start();
      }
      start = System.nanoTime();
      clockPast(engine, REMINDERS_AT);
      waitUntil(() -> remindersSent(jdbc) == size, Duration.ofMinutes(30), "the reminders");
      double reminders = (System.nanoTime() - start) / 1e9;
      if (recording != null) {
        recording.stop();
        recording.dump(java.nio.file.Path.of(jfr));
        recording.close();
      }
      // each reminder then waits for the next one ("1 day before"): the storm is over when all wait again
      waitUntil(() -> jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'message'", Long.class) == 0,
          Duration.ofMinutes(5), "the last reminder jobs to commit");

      Received received = Received.by(smtp);
      long lost = size - received.byKey().size();
      Result result = new Result(settings, size, raw, reminders, received.messages(), received.duplicates().size(),
          lost, notificationsIn(jdbc, "FAILED"), incidents(jdbc));
      System.out.println("[bench reminder-storm] " + String.join(" | ", result.row()));
      return result;
    } finally {
      ClockUtil.reset();
    }
  }
}
