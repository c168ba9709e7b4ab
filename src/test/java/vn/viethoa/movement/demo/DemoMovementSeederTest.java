package vn.viethoa.movement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/** A fresh demo on 26/11/2026 looks like a ward in the middle of its plan — and a restart adds nothing. */
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

  @Test
  void aFreshDemoShowsTheLaunchAsHistoryAndThe2026ReportsOpenDue30November(@TempDir Path dir) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T09:00:00+07:00").toInstant()));
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
          "select count(*) from notification where created_at < ?", Long.class, OffsetDateTime.parse("2026-11-01T00:00:00Z"))).isZero();

      var open = engine.getTaskService().createTaskQuery().taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT).list();
      assertThat(open).hasSize(24)
          .allSatisfy(t -> assertThat(t.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z")));
      assertThat(app.getBean(JdbcTemplate.class).queryForList("select unit_id from unit_report order by unit_id", String.class))
          .containsExactly("kthtdt", "tdp-01");
    }
    try (ConfigurableApplicationContext again = start(dir)) {
      ProcessEngine engine = again.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).count()).isEqualTo(1);
      assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT)
          .count()).isEqualTo(24);
    }
  }
}
