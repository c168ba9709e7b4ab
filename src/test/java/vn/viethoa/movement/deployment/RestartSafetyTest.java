package vn.viethoa.movement.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.adjustment.PlanAdjustmentProcess;

/**
 * Stopping and starting the application against the same database creates no new versions of
 * unchanged models and forms, no duplicate users, groups or filters, and loses nothing. Runs on a
 * file H2 database, or on PostgreSQL with -Dtest.database=postgres.
 */
// starts applications of its own; the webapps keep static state, so these run in a JVM of their own
@Tag("standalone")
class RestartSafetyTest {

  record Snapshot(long definitionVersions, long deployments, long users, long groups, long filters, long instances,
      List<String> resourceNames) {}

  @Test
  void restartingAgainstTheSameDatabaseChangesNothing(@TempDir Path dir) throws Exception {
    EmbeddedPostgres postgres = "postgres".equals(System.getProperty("test.database")) ? EmbeddedPostgres.builder().start() : null;
    try {
      String url = postgres != null ? postgres.getJdbcUrl("postgres", "postgres") : "jdbc:h2:file:" + dir.resolve("movement");
      String user = postgres != null ? "postgres" : "sa";

      Snapshot first = startAndRead(url, user, true);
      Snapshot second = startAndRead(url, user, false);

      assertThat(first.definitionVersions()).isEqualTo(1);
      assertThat(second).isEqualTo(new Snapshot(1, 1, first.users(), first.groups(), first.filters(), 1,
          first.resourceNames()));
      assertThat(first.resourceNames()).contains("bpmn/plan-adjustment.bpmn", "forms/plan-adjustment-request.form",
          "forms/plan-adjustment-decision.form");
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }

  private Snapshot startAndRead(String url, String dbUser, boolean startInstance) {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class)
        .profiles("demo", "test")
        .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + dbUser, "--server.port=0",
            // its own engine name, so that closing it leaves the shared test context's "default" engine registered
            "--camunda.bpm.process-engine-name=restartTest")) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      if (startInstance) {
        app.getBean(org.camunda.bpm.engine.RuntimeService.class).startProcessInstanceByKey(PlanAdjustmentProcess.KEY,
            java.util.Map.of("requestKind", "difficulty", "planSection", "II", "requestTitle", "Thiếu máy tính",
                "requestDetails", "Trung tâm thiếu máy tính cho lớp kỹ năng số.", "requester", "canbo.vhxh"));
      }
      String deploymentId = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
          .orderByDeploymentTime().desc().list().get(0).getId();
      return new Snapshot(
          repository.createProcessDefinitionQuery().processDefinitionKey(PlanAdjustmentProcess.KEY).count(),
          repository.createDeploymentQuery().count(),
          app.getBean(IdentityService.class).createUserQuery().count(),
          app.getBean(IdentityService.class).createGroupQuery().count(),
          app.getBean(FilterService.class).createFilterQuery().count(),
          app.getBean(org.camunda.bpm.engine.RuntimeService.class).createProcessInstanceQuery()
              .processDefinitionKey(PlanAdjustmentProcess.KEY).count(),
          repository.getDeploymentResourceNames(deploymentId).stream().sorted().toList());
    }
  }
}
