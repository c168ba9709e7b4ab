package vn.viethoa.movement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.dashboard.DashboardService;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * A fresh demo looks like a ward in the middle of its plan — the same story on any day it is started
 * — and a restart adds nothing.
 */
@Tag("standalone")
class DemoMovementSeederTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  ConfigurableApplicationContext start(Path dir) {
    return new SpringApplicationBuilder(MovementApplication.class).profiles("demo", "test")
        .run("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("demo"), "--server.port=0",
            "--movement.demo.seed-movement=true", "--camunda.bpm.process-engine-name=demoSeedTest");
  }

  static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  @Test
  void aFreshDemoShowsTheLaunchAsHistoryAndThe2026ReportsOpenOnTheirPlanDates(@TempDir Path dir) {
    ClockUtil.setCurrentTime(Date.from(at("2026-11-26T09:00:00+07:00")));
    try (ConfigurableApplicationContext app = start(dir)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY)
          .singleResult().getBusinessKey()).isEqualTo("PHONGTRAO-2026-2030");

      HistoricTaskInstance draft = engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskDefinitionKey(MovementProcess.Elements.TASK_DRAFT_PLAN).singleResult();
      assertThat(draft.getAssignee()).isEqualTo("canbo.vhxh");
      assertThat(draft.getEndTime().toInstant()).isEqualTo(Instant.parse("2026-03-04T03:00:00Z"));
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().finished()
          .taskDefinitionKeyIn(MovementProcess.Elements.TASK_PUBLICIZE, MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS)
          .count()).isEqualTo(21);
      // the launch of March wrote history, not reminders
      assertThat(app.getBean(JdbcTemplate.class).queryForObject(
          "select count(*) from notification where created_at < ?", Long.class, OffsetDateTime.parse("2026-11-01T00:00:00+07:00"))).isZero();

      // the reports opened on 1/11 with the plan's deadlines: residential groups 20/11, units 30/11
      var open = engine.getTaskService().createTaskQuery().taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT).list();
      assertThat(open).hasSize(24).allSatisfy(t -> assertThat(t.getCreateTime().toInstant()).isBefore(at("2026-11-01T00:01:00+07:00")));
      assertThat(open).extracting(t -> t.getDueDate().toInstant()).containsOnly(at("2026-11-20T17:00:00+07:00"),
          at("2026-11-30T17:00:00+07:00"));
      assertThat(app.getBean(JdbcTemplate.class).queryForList("select unit_id from unit_report where not late order by unit_id",
          String.class)).containsExactly("kthtdt", "tdp-01");
    }
    try (ConfigurableApplicationContext again = start(dir)) {
      ProcessEngine engine = again.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).count()).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT)
          .count()).isEqualTo(24);
    }
  }

  /**
   * Started on any day, then left to run (the due jobs executed, as the job executor would): nothing
   * happened after today, the reports "already submitted" are on time, the dashboard's year and its
   * milestones say the same as the tasks.
   */
  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T09:00:00+07:00", "2026-06-30T09:00:00+07:00", "2026-12-01T09:00:00+07:00",
      "2026-12-31T16:00:00+07:00"})
  void onAnyDayTheDemoTellsOneStory(String today, @TempDir Path dir) throws Exception {
    Instant now = at(today);
    ClockUtil.setCurrentTime(Date.from(now));
    try (ConfigurableApplicationContext app = start(dir)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      runDueJobs(engine);

      // nothing of the story lies after today
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().list())
          .allSatisfy(t -> assertThat(t.getStartTime().toInstant()).isBeforeOrEqualTo(now))
          .filteredOn(t -> t.getEndTime() != null)
          .allSatisfy(t -> assertThat(t.getEndTime().toInstant()).isBeforeOrEqualTo(now));
      assertThat(jdbc.queryForObject("select count(*) from notification where created_at > ?", Long.class,
          now.atOffset(java.time.ZoneOffset.UTC))).isZero();

      DashboardService dashboards = app.getBean(DashboardService.class);
      ObjectMapper json = app.getBean(ObjectMapper.class);
      JsonNode year2026 = json.valueToTree(dashboards.build(2026, true));
      JsonNode launch = year2026.get("milestones").get(0);
      assertThat(launch.get("status").asText()).isEqualTo("DONE");
      assertThat(java.time.LocalDate.parse(launch.get("doneOn").asText())).isBefore(java.time.LocalDate.parse(today.substring(0, 10)));

      boolean windowOpened = now.isAfter(at("2026-11-01T00:00:00+07:00"));
      List<java.util.Map<String, Object>> reports = jdbc.queryForList("select unit_id, submitted_at, late from unit_report");
      JsonNode counts = year2026.get("counts");
      JsonNode yearMilestone = milestone(year2026, "year-2026");
      if (!windowOpened) {
        // the year's reporting waits for 1/11: no report, no task, and the dashboard does not say "collecting"
        assertThat(reports).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT)
            .count()).isZero();
        assertThat(year2026.get("reportingYear").get("statusLabel").asText()).isEqualTo("Chưa mở kỳ báo cáo (mở ngày 01/11/2026)");
        assertThat(counts.get("notAssigned").asLong()).isEqualTo(25); // the Front is asked to cooperate, not counted
        assertThat(yearMilestone.get("detail").asText()).startsWith("Kỳ báo cáo mở ngày 01/11/2026");
        return;
      }
      // the two reports already submitted were submitted in the window, before their deadlines: on time
      assertThat(reports).hasSize(2).allSatisfy(r -> assertThat(r.get("LATE")).isEqualTo(false));
      assertThat(year2026.get("reportingYear").get("statusLabel").asText()).isEqualTo("Đang thu thập báo cáo");
      assertThat(counts.get("reportedOnTime").asLong()).isEqualTo(2);
      assertThat(counts.get("reportedLate").asLong()).isZero();
      assertThat(year2026.get("units")).filteredOn(u -> u.get("submittedAt") != null && !u.get("submittedAt").isNull())
          .hasSize(2).allSatisfy(u -> {
            Instant submitted = OffsetDateTime.parse(u.get("submittedAt").asText()).toInstant();
            assertThat(submitted).isAfter(at("2026-11-01T00:00:00+07:00")).isBefore(now)
                .isBefore(OffsetDateTime.parse(u.get("due").asText()).toInstant());
          });
      // after 30/11 the others are overdue (not "open, still in time") and the lead unit compiles what arrived
      assertThat(counts.get("overdue").asLong()).isEqualTo(23); // 25 owed (the Front is not counted), 2 in
      assertThat(counts.get("open").asLong()).isZero();
      assertThat(year2026.get("wardTasks")).extracting(t -> t.get("name").asText()).contains("Tổng hợp báo cáo của phường");
      // the year's milestone runs to the report to the city (15/12): overdue only after that
      assertThat(yearMilestone.get("overdue").asBoolean()).isEqualTo(now.isAfter(at("2026-12-15T17:00:00+07:00")));
      // the next year is not collecting before its window opens
      JsonNode year2027 = json.valueToTree(dashboards.build(2027, true));
      assertThat(year2027.get("reportingYear").get("statusLabel").asText()).isEqualTo("Chưa mở kỳ báo cáo (mở ngày 01/11/2027)");
      assertThat(milestone(year2027, "year-2027").get("detail").asText()).startsWith("Kỳ báo cáo mở ngày 01/11/2027");
    }
  }

  static JsonNode milestone(JsonNode dashboard, String key) {
    for (JsonNode m : dashboard.get("milestones")) {
      if (key.equals(m.get("key").asText())) {
        return m;
      }
    }
    throw new AssertionError("no milestone " + key);
  }

  /** What the job executor does once the application runs: every job due now, until none is left. */
  static void runDueJobs(ProcessEngine engine) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> j.getProcessInstanceId() != null).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }
}
