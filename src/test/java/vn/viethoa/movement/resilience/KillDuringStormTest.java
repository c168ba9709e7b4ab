package vn.viethoa.movement.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.viethoa.movement.resilience.ReminderStorm.*;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.support.Loopback;

/**
 * The application killed with SIGKILL in the middle of a reminder storm, then started again on the
 * same PostgreSQL: every reminder arrives, and none twice except the mails a job thread had handed
 * to the SMTP server in the instant of the kill but not yet marked as sent (SMTP has no way to ask
 * whether a mail arrived). Those carry the first copy's Message-ID.
 */
@Tag("standalone")
class KillDuringStormTest {

  static final int STORM = 600;
  static final int JOB_THREADS = 4;

  final List<Process> nodes = new ArrayList<>();
  EmbeddedPostgres postgres;
  GreenMail smtp;

  @AfterEach
  void stop() throws Exception {
    for (Process node : nodes) {
      node.destroyForcibly();
      node.waitFor();
    }
    if (smtp != null) {
      smtp.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  List<String> nodeArgs(String name) {
    return List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--server.port=0", "--camunda.bpm.process-engine-name=" + name,
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.core-pool-size=" + JOB_THREADS, "--camunda.bpm.job-execution.max-pool-size=" + JOB_THREADS,
        "--movement.mail.embedded-server.enabled=false",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
        "--movement.reminders.new-task-notice=false");
  }

  @Test
  void killedMidStormThenRestartedEveryReminderArrivesAndOnlyMailsInFlightAtTheKillCanArriveTwice() throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "needs a PostgreSQL that outlives the node");
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    smtp = Loopback.smtpServer(Loopback.freePort());
    smtp.start();

    Process seed = FaultNode.start("storm-seed", "seed-storm:" + STORM, BEFORE, nodeArgs("seed"));
    nodes.add(seed);
    FaultNode.awaitExit(seed, "creating the storm's tasks");

    Process first = FaultNode.start("storm-first", "run", REMINDERS_AT.plusSeconds(1), nodeArgs("first"));
    nodes.add(first);
    waitUntil(() -> remindersSent(jdbc) >= STORM / 4, Duration.ofMinutes(3), "a quarter of the reminders");
    FaultNode.kill(first);
    assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

    long sentAtKill = remindersSent(jdbc);
    Set<String> inFlight = Set.copyOf(jdbc.queryForList(
        "select dedup_key from notification where status = 'SENDING'", String.class));
    assertThat(sentAtKill).isLessThan(STORM);

    // restarted past the stale-claim time (10 min) and the dead node's job locks (5 min)
    Process second = FaultNode.start("storm-second", "run", REMINDERS_AT.plus(Duration.ofMinutes(11)), nodeArgs("second"));
    nodes.add(second);
    waitUntil(() -> remindersSent(jdbc) == STORM, Duration.ofMinutes(3), "every reminder after the restart");
    waitUntil(() -> reminderTimers(jdbc) == STORM, Duration.ofMinutes(1), "the next reminders to be planned");

    Received received = Received.by(smtp);
    System.out.printf("[fault] storm of %d killed after %d sent; %d in flight; received %d, duplicates %s%n",
        STORM, sentAtKill, inFlight.size(), received.messages(), received.duplicates());
    assertThat(received.byKey().keySet()).as("nothing lost").hasSize(STORM);
    assertThat(received.duplicates()).as("only mails in flight at the kill arrive twice")
        .allMatch(inFlight::contains).hasSizeLessThanOrEqualTo(JOB_THREADS);
    assertThat(incidents(jdbc)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class)).isZero();
    assertThat(messageIdsPerKey()).as("a second copy carries the first one's Message-ID").allMatch(ids -> ids.size() == 1);
  }

  List<Set<String>> messageIdsPerKey() throws Exception {
    var byKey = new java.util.HashMap<String, Set<String>>();
    for (var m : smtp.getReceivedMessages()) {
      byKey.computeIfAbsent(m.getHeader("X-Movement-Notification")[0], k -> new java.util.HashSet<>()).add(m.getMessageID());
    }
    return byKey.values().stream().collect(Collectors.toList());
  }
}
