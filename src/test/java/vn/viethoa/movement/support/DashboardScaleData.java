package vn.viethoa.movement.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * A large ward for the dashboard on 26/11/2026: {@code groups} residential groups and 6 units with
 * the year's report tasks open (each with its reminder process), five years of reports in two
 * versions each, a notification log of {@code mails} mails over five years with one in
 * {@code failEvery} failed, and {@code incidents} open incidents of reminder jobs. Shared by the
 * suite's correctness check (DashboardScaleTest) and the benchmark that times the page
 * (DashboardScaleBenchmark).
 */
public record DashboardScaleData(int groups, int mails, int failEvery, int incidents) {

  /** Starts the application on its own database (PostgreSQL when given, else an H2 file under dir) and loads the data. */
  public ConfigurableApplicationContext start(EmbeddedPostgres postgres, Path dir, String engineName) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T09:00:00+07:00").toInstant()));
    ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=" + (postgres != null ? postgres.getJdbcUrl("postgres", "postgres")
                : "jdbc:h2:file:" + dir.resolve("scale")),
            "--spring.datasource.username=" + (postgres != null ? "postgres" : "sa"),
            "--server.port=0", "--movement.organisation.residential-groups.count=" + groups,
            "--camunda.bpm.process-engine-name=" + engineName);
    try {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

      // the current year is open: one report task per unit and group, each with its reminder process
      var year = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(year.getId()).executable().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(year.getId()).count()).isEqualTo(groups + 6);
      // reminder jobs that failed for good
      engine.getManagementService().createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY).listPage(0, incidents)
          .forEach(job -> engine.getManagementService().setJobRetries(job.getId(), 0));

      seedReports(jdbc);
      seedMails(jdbc);
      if (postgres != null) {
        // as autovacuum would have done in production after such a load (statistics, visibility map)
        jdbc.execute("vacuum analyze");
      }
      return app;
    } catch (RuntimeException | Error e) {
      app.close();
      throw e;
    }
  }

  /** What the page of 2026 must say about this data. */
  public void checkYear2026(JsonNode page, int failuresListed) {
    assertThat(page.get("units")).hasSize(groups + 6);
    assertThat(page.get("counts").get("reported").asLong() + page.get("counts").get("open").asLong()
        + page.get("counts").get("overdue").asLong()).isEqualTo(groups + 5); // the Front is listed, not counted
    assertThat(page.get("notifications").get("total").asLong()).isEqualTo(mails / 5);
    assertThat(page.get("notifications").get("failures")).hasSize(failuresListed);
    assertThat(page.get("notifications").get("openIncidents").asLong()).isEqualTo(incidents);
    assertThat(page.get("figures").get("trend")).hasSize(1);
  }

  /** Every unit and group reported each year 2026–2030, each report in two versions. */
  private void seedReports(JdbcTemplate jdbc) {
    List<Object[]> rows = new ArrayList<>();
    for (int year = 2026; year <= 2030; year++) {
      OffsetDateTime at = OffsetDateTime.of(year, 11, 15, 3, 0, 0, 0, ZoneOffset.UTC);
      for (String unit : List.of("vp", "kthtdt", "vhxh", "ttpvhcc", "ttdvsnc", "mttq")) {
        for (int version = 1; version <= 2; version++) {
          rows.add(new Object[] {year, unit, "Đơn vị " + unit, "UNIT", version, "canbo." + unit, Timestamp.from(at.toInstant()),
              false, null, null, 10L + version, 9L + version, (long) version});
        }
      }
      for (int n = 1; n <= groups; n++) {
        for (int version = 1; version <= 2; version++) {
          rows.add(new Object[] {year, String.format("tdp-%02d", n), "Tổ dân phố số " + n, "RESIDENTIAL_GROUP", version,
              String.format("totruong.%02d", n), Timestamp.from(at.toInstant()), n % 7 == 0, 200L, 190L + (n % 11), null, null,
              null});
        }
      }
    }
    jdbc.batchUpdate("insert into unit_report (report_year, unit_id, unit_name, unit_kind, version, submitted_by, submitted_at, "
        + "late, households_total, households_digital_address, staff_total, staff_proficient, initiatives) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /** The mails spread evenly over five years and the months of each; one in failEvery failed. */
  private void seedMails(JdbcTemplate jdbc) {
    String[] kinds = {"NEW_TASK", "REMINDER", "REMINDER", "OVERDUE", "ESCALATION"};
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < mails; i++) {
      int year = 2026 + i % 5;
      OffsetDateTime at = OffsetDateTime.of(year, 1 + i % 12, 1 + i % 28, 1, 0, 0, 0, ZoneOffset.UTC);
      boolean failed = i % failEvery == 0;
      batch.add(new Object[] {"scale:" + i, kinds[i % kinds.length], "canbo.vp", "canbo.vp@viethoa.example",
          "[Nhắc hạn] Báo cáo kết quả thực hiện phong trào năm", "…", "pi-" + (i % 5000), "BAOCAO-" + year, "task-" + i,
          failed ? "FAILED" : "SENT", failed ? 4 : 1, failed ? "Connection refused" : null, Timestamp.from(at.toInstant())});
      if (batch.size() == 5_000) {
        insertMails(jdbc, batch);
        batch.clear();
      }
    }
    insertMails(jdbc, batch);
  }

  private static void insertMails(JdbcTemplate jdbc, List<Object[]> batch) {
    jdbc.batchUpdate("insert into notification (dedup_key, kind, recipient_user, recipient_email, subject, body_text, "
        + "process_instance_id, business_key, task_id, status, attempts, last_error, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
  }
}
