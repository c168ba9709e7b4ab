package vn.viethoa.movement;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.demo.DemoMovementSeeder;
import vn.viethoa.movement.deployment.EngineIndexes;
import vn.viethoa.movement.deployment.ModelDeployer;
import vn.viethoa.movement.operations.StartupProgress;
import vn.viethoa.movement.organisation.OrganisationSeeder;
import vn.viethoa.movement.security.AuthorizationSeeder;
import vn.viethoa.movement.tasklist.TasklistFilterSeeder;

/**
 * What every start does, in order: add the indexes the engine's schema lacks, deploy models and forms, reconcile users and groups with the
 * configuration, grant rights, create the shared Tasklist filters, and in the demo profile start the
 * movement on a fresh database. Each step is idempotent.
 */
@Component
@Order(0)
public class StartupRunner implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupRunner.class);

  private final EngineIndexes indexes;
  private final ModelDeployer deployer;
  private final OrganisationSeeder organisation;
  private final AuthorizationSeeder authorizations;
  private final TasklistFilterSeeder filters;
  private final DemoMovementSeeder demoMovement;
  private final StartupProgress progress;

  public StartupRunner(EngineIndexes indexes, ModelDeployer deployer, OrganisationSeeder organisation, AuthorizationSeeder authorizations,
      TasklistFilterSeeder filters, DemoMovementSeeder demoMovement, StartupProgress progress) {
    this.indexes = indexes;
    this.demoMovement = demoMovement;
    this.progress = progress;
    this.deployer = deployer;
    this.organisation = organisation;
    this.authorizations = authorizations;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    long started = System.nanoTime();
    indexes.ensure();
    deployer.deploy();
    organisation.seed();
    authorizations.seed();
    filters.seed();
    demoMovement.seed();
    // the web server accepts requests before this work is done: until now readiness was DOWN and the webapps
    // answered "đang khởi động" (docs/operations.md); this line says the application is ready (the start-up
    // benchmark waits for it, docs/benchmarks.md)
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    progress.done(took);
    LOG.info("Start-up work done in {} ms: models, organisation, rights and filters in place", took.toMillis());
  }
}
