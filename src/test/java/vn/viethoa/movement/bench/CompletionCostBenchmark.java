package vn.viethoa.movement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.resilience.ReminderStorm;

/**
 * Issue 15: what completing one task costs with 10 and with 10,000 other open tasks (each with its
 * reminder process waiting), on PostgreSQL. Closing a task tells its reminder process by the id kept
 * on the task; beside it, as a diagnostic, the correlation used before (by the reminder's
 * {@code taskId} variable, for a task that has no reminder) at the same sizes. Writes
 * target/benchmarks/completion-cost.md; asserts no speed.
 */
@Tag("bench")
class CompletionCostBenchmark {

  static final int SMALL = 10;
  static final int LARGE = Integer.getInteger("bench.completion.open-tasks", 10_000);
  static final int SAMPLES = Integer.getInteger("bench.completion.samples", 50);

  EmbeddedPostgres postgres;

  @AfterEach
  void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
    ClockUtil.reset();
  }

  @Test
  void oneCompletionWithTenAndWithTenThousandOpenTasks() throws Exception {
    // pg_stat_statements splits each sampled completion into its statements (the profile tables of the report)
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("pg_stat_statements.track", "all").start();
    new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database completion");
    ClockUtil.setCurrentTime(Date.from(ReminderStorm.BEFORE));
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "completion"), "--spring.datasource.username=postgres",
            "--camunda.bpm.process-engine-name=completion", "--movement.reminders.new-task-notice=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      ReminderStorm.deploy(engine);

      jdbc.execute("create extension if not exists pg_stat_statements");
      String loadBefore = BenchmarkReport.loadAverage();
      List<List<String>> rows = new ArrayList<>();
      Map<String, Statement> smallProfile = new HashMap<>();
      Map<String, Statement> largeProfile = new HashMap<>();
      open(engine, SMALL);
      rows.add(measure(engine, jdbc, SMALL, smallProfile));
      open(engine, LARGE - SMALL);
      jdbc.execute("analyze");
      rows.add(measure(engine, jdbc, LARGE, largeProfile));

      BenchmarkReport report = new BenchmarkReport("completion-cost", "Cost of one task completion (PostgreSQL)");
      report.line("Tasks of one unit (process `" + ReminderStorm.DUTY_PROCESS + "`), each with its reminder process waiting "
          + "for its first reminder. Each sample opens one more task, lets its reminder reach the wait, then times "
          + "`TaskService.complete` (the task's end, its reminder told and ended) with the given number of other open "
          + "tasks. " + SAMPLES + " samples per size, after 5 warm-up completions. The last column times the correlation "
          + "used before issue 15 (by the reminder's `taskId` variable) for a task without reminder, at the same size: "
          + "what each completion cost on top before.");
      report.table(List.of("other open tasks", "completion median", "completion p95", "old lookup by variable, median"), rows);
      report.line("Load average before: " + loadBefore + "; after: " + BenchmarkReport.loadAverage() + ".");
      report.line("");
      report.line("Where one completion spends its time in PostgreSQL (pg_stat_statements reset before each sampled "
          + "completion and read after it; mean per completion over the " + SAMPLES + " samples, slowest first):");
      for (var profile : List.of(Map.entry(SMALL, smallProfile), Map.entry(LARGE, largeProfile))) {
        report.line("");
        double total = profile.getValue().values().stream().mapToDouble(Statement::millis).sum() / SAMPLES;
        report.line(String.format("With %,d other open tasks: %.1f ms per completion inside PostgreSQL in all.", profile.getKey(), total));
        report.table(List.of("statement", "calls per completion", "ms per completion"), profile.getValue().values().stream()
            .sorted(Comparator.comparingDouble(Statement::millis).reversed()).limit(12)
            .map(st -> List.of("`" + st.text() + "`", String.format("%.1f", st.calls() / (double) SAMPLES),
                String.format("%.2f", st.millis() / SAMPLES)))
            .toList());
      }
      report.write();
    } finally {
      ClockUtil.reset();
    }
  }

  /** Opens tasks and runs their reminders' first jobs, so that each reminder waits for its timer or the task's end. */
  static void open(ProcessEngine engine, int count) {
    ReminderStorm.createDuties(engine, count);
    runReminderJobs(engine);
  }

  static void runReminderJobs(ProcessEngine engine) {
    while (true) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY)
          .executable().listPage(0, 500);
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  /** One statement's share of the sampled completions. */
  record Statement(String text, long calls, double millis) {
    Statement plus(long moreCalls, double moreMillis) {
      return new Statement(text, calls + moreCalls, millis + moreMillis);
    }
  }

  static List<String> measure(ProcessEngine engine, JdbcTemplate jdbc, int others, Map<String, Statement> profile) {
    List<Long> completion = new ArrayList<>();
    List<Long> oldLookup = new ArrayList<>();
    for (int i = 0; i < SAMPLES + 5; i++) {
      var duty = engine.getRuntimeService().startProcessInstanceByKey(ReminderStorm.DUTY_PROCESS,
          Map.of("unit", ReminderStorm.UNIT, "due", Date.from(ReminderStorm.DUE)));
      runReminderJobs(engine);
      String task = engine.getTaskService().createTaskQuery().processInstanceId(duty.getId()).singleResult().getId();
      jdbc.queryForList("select pg_stat_statements_reset()");
      long start = System.nanoTime();
      engine.getTaskService().complete(task);
      long took = System.nanoTime() - start;
      if (i >= 5) {
        for (Map<String, Object> row : jdbc.queryForList("select query, calls, total_exec_time from pg_stat_statements "
            + "where query not like '%pg_stat_statements%'")) {
          String text = shorten((String) row.get("query"));
          profile.merge(text, new Statement(text, ((Number) row.get("calls")).longValue(),
              ((Number) row.get("total_exec_time")).doubleValue()),
              (a, b) -> a.plus(b.calls(), b.millis()));
        }
      }
      start = System.nanoTime();
      engine.getRuntimeService().createMessageCorrelation(TaskRemindersProcess.MESSAGE_TASK_CLOSED)
          .processInstanceVariableEquals(TaskRemindersProcess.TASK_ID.getName(), "no-such-task").correlateAll();
      long old = System.nanoTime() - start;
      if (i >= 5) {
        completion.add(took);
        oldLookup.add(old);
      }
    }
    long open = engine.getTaskService().createTaskQuery().processDefinitionKey(ReminderStorm.DUTY_PROCESS).count();
    assertThat(open).as("open tasks beside the measured ones").isEqualTo(others);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_event_subscr where event_name_ = ?", Long.class,
        TaskRemindersProcess.MESSAGE_TASK_CLOSED)).as("every other task's reminder still waits").isEqualTo(others);
    System.out.println("[bench completion-cost] " + others + " open: completion " + ms(percentile(completion, 50))
        + ", old lookup " + ms(percentile(oldLookup, 50)));
    return List.of(String.format("%,d", others), ms(percentile(completion, 50)), ms(percentile(completion, 95)),
        ms(percentile(oldLookup, 50)));
  }

  static String shorten(String query) {
    String flat = query.replaceAll("\\s+", " ").trim();
    flat = flat.replace("|", "\\|");
    return flat.length() > 300 ? flat.substring(0, 297) + "…" : flat;
  }

  static long percentile(List<Long> values, int p) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  static String ms(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }
}
