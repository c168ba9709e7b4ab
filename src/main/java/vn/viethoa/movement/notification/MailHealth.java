package vn.viethoa.movement.notification;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What this node knows of the SMTP server: up since the last mail it accepted or the last probe it
 * answered, down since the first refusal after that. One log line per change, not one per mail.
 */
@Component
public class MailHealth {

  private static final Logger LOG = LoggerFactory.getLogger(MailHealth.class);

  /** The state as administrators read it ({@code /api/notifications/mail-health}). */
  public record Status(boolean up, Instant since, String lastError) {}

  private volatile Status status = new Status(true, null, null);

  public Status status() {
    return status;
  }

  public boolean up() {
    return status.up();
  }

  void failed(String reason) {
    Status before = status;
    if (before.up()) {
      LOG.warn("Mail server not answering: {}; mails wait and are retried once it answers again", reason);
      status = new Status(false, now(), reason);
    } else {
      status = new Status(false, before.since(), reason);
    }
  }

  void succeeded() {
    if (!status.up()) {
      LOG.info("Mail server answers again (down since {})", status.since());
      status = new Status(true, now(), null);
    }
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
