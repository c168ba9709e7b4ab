package vn.viethoa.movement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address officials reach the application at, for the links in mails: {@code
 * movement.public-base-url} when it is set (behind a reverse proxy it must be), otherwise derived
 * from the server's own configuration — scheme, address, the port the server really listens on
 * and the context path — so that a changed port or host never sends officials to a dead link.
 */
@Component
public class PublicAddress {

  private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

  private final String configured;
  private final Environment environment;
  private volatile int port;

  public PublicAddress(MovementProperties movement, Environment environment) {
    this.configured = movement.publicBaseUrl() == null ? "" : movement.publicBaseUrl().strip();
    this.environment = environment;
    this.port = environment.getProperty("server.port", Integer.class, 8080);
  }

  @EventListener
  void onServerStarted(WebServerInitializedEvent event) {
    // the management server (a separate port) announces itself too; only the application's counts
    if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
      port = event.getWebServer().getPort();
    }
  }

  /** The base address without a trailing slash, e.g. {@code https://thidua.viethoa.gov.vn}. */
  public String base() {
    if (!configured.isEmpty()) {
      return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }
    return derive(environment.getProperty("server.ssl.enabled", Boolean.class, false),
        environment.getProperty("server.address"), port, environment.getProperty("server.servlet.context-path", ""));
  }

  /** Whether the address was set explicitly (otherwise it is derived from the server). */
  public boolean configured() {
    return !configured.isEmpty();
  }

  static String derive(boolean ssl, String address, int port, String contextPath) {
    String host = address == null || address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address)
        ? "localhost" : address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    boolean defaultPort = ssl ? port == 443 : port == 80;
    String path = contextPath == null || "/".equals(contextPath) ? "" : contextPath.replaceAll("/+$", "");
    return (ssl ? "https" : "http") + "://" + host + (defaultPort ? "" : ":" + port) + path;
  }

  /**
   * Checks once after start-up that the address answers, so that an administrator learns of a
   * wrong PUBLIC_BASE_URL from the log instead of from officials; never delays the start.
   */
  @EventListener(ApplicationReadyEvent.class)
  void checkAnswers() {
    String base = base();
    Thread check = new Thread(() -> {
      String problem = probe(base);
      if (problem == null) {
        LOG.info("Links in mails lead to {} ({}), which answers", base, configured() ? "configured" : "derived from the server");
      } else {
        LOG.warn("Links in mails lead to {} ({}), which does not answer from this server: {}. "
            + "Set PUBLIC_BASE_URL to the address officials use.", base, configured() ? "configured" : "derived from the server", problem);
      }
    }, "public-address-check");
    check.setDaemon(true);
    check.start();
  }

  static String probe(String base) {
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER).build();
      HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/")).timeout(Duration.ofSeconds(10))
          .GET().build(), HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() >= 500 ? "HTTP " + answer.statusCode() : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (Exception e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
  }
}
