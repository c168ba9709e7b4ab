package vn.viethoa.movement.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.MovementProperties;

/**
 * Fills a document's template with its values and the parts every document shares (ND 30/2020):
 * superior and issuing body, national motto (in the template), number and symbol, place and date,
 * recipients, signature block.
 */
@Component
public class DocumentRenderer {

  private final ResourceLoader resources;
  private final DocumentProperties properties;
  private final MovementProperties.Ward ward;

  public DocumentRenderer(ResourceLoader resources, DocumentProperties properties, MovementProperties movement) {
    this.resources = resources;
    this.properties = properties;
    this.ward = movement.ward();
  }

  /** How a document is issued: its number if registered, its date if signed, who signs. */
  public record Issue(String recordedNumber, LocalDate signedOn, int year, boolean signedOnBehalf) {}

  public byte[] render(DocumentKind kind, DocumentValues values, Issue issue) {
    shared(kind, values, issue);
    Resource template = resources.getResource(properties.templates() + kind.templateName());
    try (InputStream in = template.getInputStream()) {
      return values.template().fill(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Template " + template + " cannot be read", e);
    }
  }

  void shared(DocumentKind kind, DocumentValues values, Issue issue) {
    Locale vi = Locale.forLanguageTag("vi");
    values.list("parentBody", ward.parentBody().isBlank() ? List.of() : List.of(ward.parentBody().toUpperCase(vi)));
    values.list("issuingBody", ward.issuingBody().stream().map(l -> l.toUpperCase(vi)).toList());
    values.text("documentNumber", VietnameseText.documentNumber(issue.recordedNumber(), kind, ward.symbol()));
    values.text("placeDate", VietnameseText.placeAndDate(ward.place(), issue.signedOn(), issue.year()));
    values.list("recipients", VietnameseText.dashed(properties.recipientsOf(kind)));
    List<String> signature = new ArrayList<>();
    if (issue.signedOnBehalf()) {
      signature.add(properties.signature().onBehalf());
    }
    signature.add(properties.signature().title());
    values.list("signature", signature);
    values.text("signerName", properties.signature().name());
    values.text("committee", ward.committee());
    values.text("wardName", ward.name());
    values.text("city", ward.city());
    values.text("movementName", ward.movementName());
  }

  public MovementProperties.Ward ward() {
    return ward;
  }

  public DocumentProperties properties() {
    return properties;
  }
}
