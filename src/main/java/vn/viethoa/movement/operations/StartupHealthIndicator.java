package vn.viethoa.movement.operations;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health component "startup", part of the readiness group: DOWN until the start-up work is done. */
@Component("startupHealthIndicator")
public class StartupHealthIndicator implements HealthIndicator {

  private final StartupProgress progress;

  public StartupHealthIndicator(StartupProgress progress) {
    this.progress = progress;
  }

  @Override
  public Health health() {
    if (!progress.isDone()) {
      return Health.down().withDetail("message", StartingUpFilter.MESSAGE).build();
    }
    return Health.up().withDetail("startupWorkMillis", progress.took().toMillis()).build();
  }
}
