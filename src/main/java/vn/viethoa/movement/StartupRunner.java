package vn.viethoa.movement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.demo.DemoMovementSeeder;
import vn.viethoa.movement.deployment.ModelDeployer;
import vn.viethoa.movement.organisation.OrganisationSeeder;
import vn.viethoa.movement.security.AuthorizationSeeder;
import vn.viethoa.movement.tasklist.TasklistFilterSeeder;

/**
 * What every start does, in order: deploy models and forms, reconcile users and groups with the
 * configuration, grant rights, create the shared Tasklist filters, and in the demo profile start the
 * movement on a fresh database. Each step is idempotent.
 */
@Component
@Order(0)
public class StartupRunner implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupRunner.class);

  private final ModelDeployer deployer;
  private final OrganisationSeeder organisation;
  private final AuthorizationSeeder authorizations;
  private final TasklistFilterSeeder filters;
  private final DemoMovementSeeder demoMovement;

  public StartupRunner(ModelDeployer deployer, OrganisationSeeder organisation, AuthorizationSeeder authorizations,
      TasklistFilterSeeder filters, DemoMovementSeeder demoMovement) {
    this.demoMovement = demoMovement;
    this.deployer = deployer;
    this.organisation = organisation;
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    long started = System.nanoTime();
    deployer.deploy();
    organisation.seed();
    authorizations.seed();
    filters.seed();
    demoMovement.seed();
    // the web server accepts requests before this work is done: this line says the application is ready
    // (the start-up benchmark waits for it, docs/benchmarks.md)
    LOG.info("Start-up work done in {} ms: models, organisation, rights and filters in place", (System.nanoTime() - started) / 1_000_000);
  }
}
