package vn.viethoa.movement;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Application-wide settings under {@code movement.*} that belong to no single capability. */
@ConfigurationProperties("movement")
public record MovementProperties(String dataDir, ZoneId zone, String publicBaseUrl, Ward ward) {

  /**
   * Texts naming the ward; they appear in mails and in the header of generated documents
   * (ND 30/2020, appendix I): {@code parentBody} is the direct superior body written above the
   * issuing body (empty when there is none), {@code issuingBody} the issuing body's lines,
   * {@code place} the place name before the date, {@code symbol} the issuer's part of a document
   * symbol (BC-<b>UBND</b>).
   */
  public record Ward(String name, String committee, String city, String movementName, String parentBody,
      List<String> issuingBody, String place, String symbol) {

    public Ward {
      parentBody = parentBody == null ? "" : parentBody;
      issuingBody = issuingBody == null || issuingBody.isEmpty() ? List.of(committee == null ? "" : committee) : issuingBody;
      place = place == null ? name : place;
      symbol = symbol == null ? "UBND" : symbol;
    }
  }
}
