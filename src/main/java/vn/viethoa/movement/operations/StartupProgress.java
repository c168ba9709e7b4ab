package vn.viethoa.movement.operations;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Whether the start-up work (models, users, rights, filters, demo data) is done. The web server
 * answers before it is: until then readiness is DOWN ({@link StartupHealthIndicator}) and the
 * webapps and APIs answer "đang khởi động" ({@link StartingUpFilter}) instead of empty screens.
 */
@Component
public class StartupProgress {

  private final AtomicReference<Duration> took = new AtomicReference<>();

  /** Called by the start-up runner once its last step is done. */
  public void done(Duration duration) {
    took.set(duration);
  }

  public boolean isDone() {
    return took.get() != null;
  }

  /** How long the start-up work took; null while it runs. */
  public Duration took() {
    return took.get();
  }
}
