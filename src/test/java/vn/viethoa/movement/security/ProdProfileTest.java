package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.viethoa.movement.MovementApplication;

/** The prod profile: refuses to start without an administrator password and seeds no demo users. */
// starts applications of its own; the webapps keep static state, so these run in a JVM of their own
@Tag("standalone")
class ProdProfileTest {

  @Test
  void productionRefusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MovementApplication.class).profiles("prod")
            .run("--movement.security.admin-password=", "--server.port=0", "--management.server.port=0").close())
        .hasStackTraceContaining(AdminPasswordGuard.MESSAGE);
  }

  @Test
  void productionCreatesTheAdministratorButNoDemoOfficials() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class).profiles("prod")
        .run("--movement.security.admin-password=Str0ng-secret", "--server.port=0", "--management.server.port=0",
            "--spring.datasource.url=jdbc:h2:mem:prod-profile;DB_CLOSE_DELAY=-1", "--spring.datasource.username=sa",
            "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.process-engine-name=prodTest")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("admin", "Str0ng-secret")).isTrue();
      assertThat(identity.createUserQuery().userId("canbo.vp").count()).isZero();
      assertThat(identity.createUserQuery().count()).isEqualTo(1);
      assertThat(identity.createGroupQuery().groupId("tdp-20").count()).isEqualTo(1);
      assertThat(app.containsBean("embeddedMailServer")).isFalse();
    }
  }
}
