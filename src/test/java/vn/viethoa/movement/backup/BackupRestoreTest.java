package vn.viethoa.movement.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.CommendationRounds;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.reporting.WardReportRepository;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Docx;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.Loopback;
import vn.viethoa.movement.support.ReportingFixtures;

/**
 * docs/backup-restore.md, done once for real. November 2026: the units are reporting on 2026 and a
 * commendation round takes proposals; two units have reported, one attached a minutes file as
 * evidence. The administrator backs up the database (pg_dump, while the application runs) and then the
 * data folder (tar). The server is lost: database and folder are gone. Restored into a fresh PostgreSQL
 * and a fresh folder, the application finds every report, proposal, evidence file and document as they
 * were, deploys no new model versions, takes new submissions, and when the clock reaches the reminder
 * dates its timers fire: reminders go out and the proposal window closes. Every mail of the whole story
 * reaches the (real) SMTP server once: nothing sent before the backup goes out again.
 */
@Tag("standalone")
class BackupRestoreTest {

  static final String DATABASE = "movement";
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "test-admin";
  static final byte[] MINUTES_PDF = "%PDF-1.7\n1 0 obj << /Title (Bien ban hop) >> endobj\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  final List<AutoCloseable> open = new ArrayList<>();
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void stopEverything() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    ClockUtil.reset();
  }

  @Test
  void aMovementInProgressRestoredFromItsBackupGoesOnWithNothingLostAndNothingSentTwice(@TempDir Path work) throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "the backup procedure is PostgreSQL's");
    int smtpPort = Loopback.freePort();
    GreenMail smtp = Loopback.smtpServer(smtpPort);
    smtp.start();
    open.add(smtp::stop);

    // ---- the ward's server, November 2026 ----
    EmbeddedPostgres source = BackupTools.postgres();
    open.add(source);
    assertThat(BackupTools.majorVersion(BackupTools.tool("pg_dump"))).as("pg_dump must be at least the server's version")
        .isGreaterThanOrEqualTo(serverMajor(source));
    createDatabase(source);
    Path sourceData = work.resolve("data");
    clockAt("2026-11-02T09:00:00+07:00");
    ConfigurableApplicationContext app = start("backupSource", source, sourceData, smtpPort);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    Http http = http(app);

    ProcessInstance reporting = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY,
        "BAOCAO-2026", Map.of("year", 2026));
    runDueJobs(engine);
    submit(engine, "canbo.kthtdt", taskOf(engine, reporting, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "kthtdt"),
        ReportingFixtures.unitReport(10, 2));
    submit(engine, "canbo.ttpvhcc", taskOf(engine, reporting, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "ttpvhcc"),
        ReportingFixtures.unitReport(8, 1));
    Http.Binary uploaded = http.upload("/api/evidence", "Biên bản họp.pdf", "application/octet-stream", MINUTES_PDF,
        Map.of("unit", "kthtdt", "year", "2026", "purpose", "REPORT", "note", "Biên bản họp triển khai"), "canbo.kthtdt", "demo");
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    String evidenceId = json.readTree(uploaded.body()).get("file").get("id").asText();

    PlanClock clock = app.getBean(PlanClock.class);
    WardReportRepository wardReports = app.getBean(WardReportRepository.class);
    wardReports.open(2026, null, clock.nowOffset());
    wardReports.approved(2026, "chutich", clock.nowOffset());
    ProcessInstance round = app.getBean(CommendationRounds.class).start(2026, RoundKind.annual);
    runDueJobs(engine);
    submit(engine, "canbo.ttpvhcc", taskOf(engine, round, CommendationRoundProcess.Elements.TASK_PROPOSE, "ttpvhcc"),
        Map.of(CommendationRoundProcess.PROPOSALS,
            List.of(CommendationScenario.individual("ttpvhcc", "Lê Văn Minh", "Chuyên viên", "giay_khen"))));

    State before = State.of(app, http);
    assertThat(before.reports().get("reports")).hasSize(2);
    assertThat(before.proposals()).hasSize(1);
    assertThat(before.sentMails()).as("announcements of the new tasks").isPositive();
    List<String> mailedBeforeBackup = keys(smtp);
    assertThat(mailedBeforeBackup).hasSize((int) before.sentMails());

    // ---- the nightly backup: database first, then the folder (docs/backup-restore.md) ----
    Path dump = work.resolve("movement.dump");
    Path folder = work.resolve("data.tar.gz");
    BackupTools.dump(source, DATABASE, dump);
    BackupTools.tar(sourceData, folder);

    // ---- the server is lost ----
    app.close();
    source.close();
    BackupTools.deleteTree(sourceData);

    // ---- restore on a new server: an empty database, the dump, the folder ----
    EmbeddedPostgres target = BackupTools.postgres();
    open.add(target);
    createDatabase(target);
    BackupTools.restore(target, DATABASE, dump);
    Path restoredData = work.resolve("restored-data");
    BackupTools.untar(folder, restoredData);
    ConfigurableApplicationContext restored = start("backupRestored", target, restoredData, smtpPort);
    engine = restored.getBean(ProcessEngine.class);
    http = http(restored);

    State after = State.of(restored, http);
    assertThat(after).isEqualTo(before);
    Http.Binary evidence = http.getBytes("/api/evidence/" + evidenceId, "canbo.kthtdt", "demo");
    assertThat(evidence.status()).isEqualTo(200);
    assertThat(evidence.body()).isEqualTo(MINUTES_PDF);
    assertThat(runDueJobs(engine)).as("nothing was left half-done by the backup").isZero();

    // ---- the movement goes on: a late unit reports, a new evidence file lands in the new folder ----
    submit(engine, "canbo.ttdvsnc", taskOf(engine, reporting, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "ttdvsnc"),
        ReportingFixtures.unitReport(9, 1));
    assertThat(http.upload("/api/evidence", "Ảnh lớp học.pdf", "application/octet-stream", MINUTES_PDF,
        Map.of("unit", "ttdvsnc", "year", "2026", "purpose", "REPORT"), "canbo.ttdvsnc", "demo").status()).isEqualTo(201);
    try (Stream<Path> files = Files.walk(restoredData.resolve("evidence"))) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
    }
    assertThat(json.readTree(http.get("/api/reports/2026", ADMIN, ADMIN_PASSWORD).body()).get("reports")).hasSize(3);

    // ---- the clock reaches the reminder dates and the end of the proposal window: the timers fire ----
    clockAt("2026-11-23T08:00:05+07:00");
    assertThat(runDueJobs(engine)).isPositive();
    JdbcTemplate db = restored.getBean(JdbcTemplate.class);
    assertThat(db.queryForObject("select count(*) from notification where kind = 'REMINDER' and status = 'SENT'", Long.class))
        .as("reminders after the restore").isPositive();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey(CommendationRoundProcess.Elements.TASK_COMPILE).count())
        .as("the proposal window closed on time: the lead unit compiles").isEqualTo(1);
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();

    // ---- nothing sent twice: every mail of the story once, and the ledger agrees with the SMTP server ----
    List<String> mailed = keys(smtp);
    assertThat(mailed).doesNotHaveDuplicates().containsAll(mailedBeforeBackup).hasSizeGreaterThan(mailedBeforeBackup.size());
    assertThat(db.queryForObject("select count(*) from notification where status = 'SENT'", Long.class))
        .isEqualTo(mailed.size());
    assertThat(db.queryForObject("select count(*) from notification where status <> 'SENT'", Long.class)).isZero();
  }

  /** What an official or administrator finds: the API's answers and the engine's state, comparable. */
  record State(JsonNode reports, JsonNode proposals, JsonNode evidence, List<String> annualReportDocument,
      long openTasks, long jobs, long definitions, long sentMails) {

    static State of(ConfigurableApplicationContext app, Http http) throws Exception {
      ObjectMapper json = new ObjectMapper();
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      Http.Binary document = http.getBytes("/api/documents/annual-report/2026.docx", ADMIN, ADMIN_PASSWORD);
      assertThat(document.status()).as(document.text()).isEqualTo(200);
      List<String> lines;
      try (Docx docx = new Docx(document.body())) {
        lines = docx.lines();
      }
      return new State(
          json.readTree(http.get("/api/reports/2026", ADMIN, ADMIN_PASSWORD).body()),
          json.readTree(http.get("/api/commendations?year=2026", ADMIN, ADMIN_PASSWORD).body()),
          json.readTree(http.get("/api/evidence?unit=kthtdt&year=2026", "canbo.kthtdt", "demo").body()).get("files"),
          lines,
          engine.getTaskService().createTaskQuery().count(),
          engine.getManagementService().createJobQuery().count(),
          engine.getRepositoryService().createProcessDefinitionQuery().count(),
          app.getBean(JdbcTemplate.class).queryForObject("select count(*) from notification where status = 'SENT'", Long.class));
    }
  }

  ConfigurableApplicationContext start(String engineName, EmbeddedPostgres server, Path dataDir, int smtpPort) {
    ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=" + server.getJdbcUrl("postgres", DATABASE), "--spring.datasource.username=postgres",
            "--server.port=0", "--camunda.bpm.process-engine-name=" + engineName,
            "--movement.data-dir=" + dataDir,
            "--movement.mail.embedded-server.enabled=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort);
    open.add(app);
    return app;
  }

  static Http http(ConfigurableApplicationContext app) {
    return new Http(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
  }

  static void createDatabase(EmbeddedPostgres server) {
    new JdbcTemplate(server.getPostgresDatabase()).execute("create database " + DATABASE);
  }

  static int serverMajor(EmbeddedPostgres server) {
    return new JdbcTemplate(server.getPostgresDatabase()).queryForObject("show server_version_num", Integer.class) / 10000;
  }

  static void clockAt(String isoOffsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant()));
  }

  /** Runs every due job, as the job executor would, until none is left; returns how many ran. */
  static int runDueJobs(ProcessEngine engine) {
    int executed = 0;
    for (int round = 0; round < 200; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        // an earlier job of the batch may have removed it (a closed window ends the reminders of its tasks)
        if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 1) {
          engine.getManagementService().executeJob(job.getId());
          executed++;
        }
      }
    }
    throw new AssertionError("Jobs keep coming after 200 rounds");
  }

  static Task taskOf(ProcessEngine engine, ProcessInstance instance, String taskKey, String group) {
    List<Task> found = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).list();
    assertThat(found).as(taskKey + " of " + group).hasSize(1);
    return found.get(0);
  }

  /** The official claims and submits the task as in Tasklist, with their real groups; then due jobs run. */
  static void submit(ProcessEngine engine, String user, Task task, Map<String, Object> values) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getFormService().submitTaskForm(task.getId(), new HashMap<>(values));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    runDueJobs(engine);
  }

  /** The notification key of every mail the SMTP server received. */
  static List<String> keys(GreenMail smtp) throws Exception {
    List<String> keys = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      keys.add(m.getHeader("X-Movement-Notification")[0]);
    }
    return keys;
  }
}
