package vn.viethoa.movement.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.viethoa.movement.support.ReportingFixtures.residentialReport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.Loopback;

/**
 * The application killed with SIGKILL while residential groups submit their 2026 reports through
 * the REST API, then started again on the same PostgreSQL: a report is stored exactly when its task
 * is completed (none half-written, none stored for a task still open), and the groups whose
 * submission was cut off submit again, once.
 */
@Tag("standalone")
class KillDuringReportSubmissionsTest {

  static final int GROUPS = 60;
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T09:00:00+07:00");

  final List<Process> nodes = new ArrayList<>();
  EmbeddedPostgres postgres;

  @AfterEach
  void stop() throws Exception {
    for (Process node : nodes) {
      node.destroyForcibly();
      node.waitFor();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  List<String> nodeArgs(String name, int port) {
    return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=true", "--movement.organisation.residential-groups.count=" + GROUPS);
  }

  record OpenReport(String taskId, String group) {
    String official() {
      return "totruong." + group.substring(4);
    }
  }

  List<OpenReport> openGroupReports(JdbcTemplate jdbc) {
    return jdbc.query("select t.id_, l.group_id_ from act_ru_task t join act_ru_identitylink l on l.task_id_ = t.id_ "
            + "where t.task_def_key_ = 'Task_SubmitUnitReport' and l.type_ = 'candidate' and l.group_id_ like 'tdp-%' order by l.group_id_",
        (rs, i) -> new OpenReport(rs.getString(1), rs.getString(2)));
  }

  static int submit(Http http, OpenReport report) {
    http.post("/engine-rest/task/" + report.taskId() + "/claim", "{\"userId\":\"" + report.official() + "\"}",
        report.official(), "demo");
    Map<String, Object> variables = new LinkedHashMap<>();
    residentialReport(400, 300).forEach((name, value) -> {
      Map<String, Object> v = new HashMap<>();
      v.put("value", value);
      v.put("type", value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean" : "String");
      variables.put(name, v);
    });
    Http.Response response = http.post("/engine-rest/task/" + report.taskId() + "/submit-form",
        Http.json(Map.of("variables", variables)), report.official(), "demo");
    if (response.status() / 100 != 2) {
      System.out.println("[fault] submission refused: " + response.status() + " " + response.body());
    }
    return response.status();
  }

  static void awaitHttp(Http http, Process node) throws InterruptedException {
    ReminderStorm.waitUntil(() -> {
      if (!node.isAlive()) {
        throw new AssertionError("The node stopped (see target/fault-nodes)");
      }
      try {
        // ready, not merely listening: during its start-up work the node answers 503 "đang khởi động"
        return http.get("/readyz", null, null).status() == 200;
      } catch (RuntimeException notYet) {
        return false;
      }
    }, Duration.ofMinutes(3), "the node to serve HTTP");
  }

  @Test
  void killedWhileGroupsSubmitThenRestartedNoReportIsHalfWrittenAndTheRestSubmitOnce() throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "needs a PostgreSQL that outlives the node");
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());

    Process seed = FaultNode.start("reports-seed", "seed-reports", NOW.toInstant(), nodeArgs("seed", Loopback.freePort()));
    nodes.add(seed);
    FaultNode.awaitExit(seed, "opening the 2026 reports");
    List<OpenReport> open = openGroupReports(jdbc);
    assertThat(open).hasSize(GROUPS);

    int port = Loopback.freePort();
    Process first = FaultNode.start("reports-first", "run", NOW.toInstant(), nodeArgs("first", port));
    nodes.add(first);
    Http http = new Http(port);
    awaitHttp(http, first);

    // three officials at a time; the node is killed once a quarter of the groups have submitted
    AtomicInteger submitted = new AtomicInteger();
    ConcurrentLinkedQueue<OpenReport> queue = new ConcurrentLinkedQueue<>(open);
    ExecutorService officials = Executors.newFixedThreadPool(3);
    for (int i = 0; i < 3; i++) {
      officials.submit(() -> {
        OpenReport next;
        while ((next = queue.poll()) != null) {
          try {
            if (submit(http, next) / 100 == 2) {
              submitted.incrementAndGet();
            }
          } catch (RuntimeException connectionLost) {
            return;
          }
        }
      });
    }
    ReminderStorm.waitUntil(() -> submitted.get() >= GROUPS / 4, Duration.ofSeconds(40), "a quarter of the reports");
    FaultNode.kill(first);
    officials.shutdown();
    assertThat(officials.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

    // after the kill, before any restart: a report row exactly for each completed task
    Set<String> stored = new HashSet<>(jdbc.queryForList(
        "select unit_id from unit_report where report_year = 2026 and unit_kind = 'RESIDENTIAL_GROUP'", String.class));
    Set<String> completed = new HashSet<>(jdbc.queryForList("select distinct l.group_id_ from act_hi_taskinst t "
        + "join act_hi_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate' "
        + "where t.task_def_key_ = 'Task_SubmitUnitReport' and t.end_time_ is not null and t.delete_reason_ = 'completed' "
        + "and l.group_id_ like 'tdp-%'", String.class));
    List<OpenReport> stillOpen = openGroupReports(jdbc);
    System.out.printf("[fault] reports: %d acknowledged before the kill, %d stored, %d open%n",
        submitted.get(), stored.size(), stillOpen.size());
    assertThat(stored).as("a report is stored exactly when its task is completed").isEqualTo(completed);
    assertThat(stored.size()).isGreaterThanOrEqualTo(submitted.get());
    assertThat(stored.size() + stillOpen.size()).isEqualTo(GROUPS);
    assertThat(jdbc.queryForObject("select count(*) from unit_report where report_year = 2026 and "
        + "(households_total is null or households_digital_address is null or submitted_at is null)", Long.class)).isZero();

    // restarted: the groups cut off submit again, each accepted once
    int again = Loopback.freePort();
    Process second = FaultNode.start("reports-second", "run", NOW.toInstant(), nodeArgs("second", again));
    nodes.add(second);
    Http restarted = new Http(again);
    awaitHttp(restarted, second);
    for (OpenReport report : stillOpen) {
      assertThat(submit(restarted, report)).as(report.group()).isEqualTo(204);
    }
    assertThat(jdbc.queryForObject("select count(distinct unit_id) from unit_report where report_year = 2026 "
        + "and unit_kind = 'RESIDENTIAL_GROUP'", Integer.class)).isEqualTo(GROUPS);
    assertThat(jdbc.queryForObject("select max(version) from unit_report where report_year = 2026", Integer.class))
        .as("nobody submitted twice").isEqualTo(1);
  }
}
