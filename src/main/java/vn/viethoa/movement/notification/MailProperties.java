package vn.viethoa.movement.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sender address and the embedded SMTP server of the demo profile, under {@code movement.mail}. */
@ConfigurationProperties("movement.mail")
public record MailProperties(String from, EmbeddedServer embeddedServer) {

  public record EmbeddedServer(boolean enabled, String host, int port) {}
}
