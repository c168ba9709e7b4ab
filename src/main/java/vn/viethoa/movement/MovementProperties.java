package vn.viethoa.movement;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Application-wide settings under {@code movement.*} that belong to no single capability. */
@ConfigurationProperties("movement")
public record MovementProperties(String dataDir, ZoneId zone, String publicBaseUrl, Ward ward) {

  /** Texts naming the ward; they appear in headers of mails and documents. */
  public record Ward(String name, String committee, String city, String movementName) {}
}
