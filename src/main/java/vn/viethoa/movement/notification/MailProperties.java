package vn.viethoa.movement.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sender address, the SMTP connections kept open, and the embedded SMTP server of the demo
 * profile, under {@code movement.mail}.
 */
@ConfigurationProperties("movement.mail")
public record MailProperties(String from, Connections connections, EmbeddedServer embeddedServer, Health health) {

  public MailProperties {
    connections = connections == null ? new Connections(0, null) : connections;
    health = health == null ? new Health(true, null) : health;
  }

  /**
   * While mails wait for the SMTP server (their jobs failed and wait for a retry, or gave up as
   * incidents), the server is probed every {@code probeInterval} (a connection, no mail); once it
   * answers, the waiting jobs are due at once instead of at the end of their back-off.
   */
  public record Health(boolean probe, Duration probeInterval) {
    public Health {
      probeInterval = probeInterval == null ? Duration.ofSeconds(30) : probeInterval;
    }
  }

  /**
   * SMTP connections reused from mail to mail: opening one per mail costs far more than sending on
   * an open one (docs/benchmarks.md). At most {@code max} open; closed after {@code idleTimeout}
   * unused, before the server's own timeout would drop them.
   */
  public record Connections(int max, Duration idleTimeout) {
    public Connections {
      max = max <= 0 ? 4 : max;
      idleTimeout = idleTimeout == null ? Duration.ofSeconds(30) : idleTimeout;
    }
  }

  public record EmbeddedServer(boolean enabled, String host, int port) {}
}
