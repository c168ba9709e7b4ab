package vn.viethoa.movement.documents;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of generated documents under {@code movement.documents}: where the templates are, who
 * signs, who receives each document, the legal bases of commendation documents (national texts, the
 * city's regulation, the circular of the dossier forms, the reward clause). The header texts
 * (issuing body, place) are under {@code movement.ward}.
 */
@ConfigurationProperties("movement.documents")
public record DocumentProperties(String templates, Signature signature, Map<String, List<String>> recipients,
    List<String> commendationBases, String proposalAddressee, String cityRegulation, String cityRegulationReference,
    String dossierCircular, String rewardClause) {

  public DocumentProperties {
    templates = templates == null ? "classpath:templates/docx/" : templates;
    signature = signature == null ? new Signature(null, null, null) : signature;
    recipients = recipients == null ? Map.of() : recipients;
    commendationBases = commendationBases == null ? List.of() : commendationBases;
    cityRegulation = cityRegulation == null ? "" : cityRegulation.strip();
    cityRegulationReference = cityRegulationReference == null ? "" : cityRegulationReference.strip();
    dossierCircular = dossierCircular == null ? "" : dossierCircular.strip();
    rewardClause = rewardClause == null ? "" : rewardClause.strip();
  }

  /**
   * The legal bases of a commendation document: the national texts of configuration, then the
   * city's regulation on emulation and commendation (with the decision that issued it, when given).
   */
  public List<String> basesWithCityRegulation() {
    List<String> bases = new java.util.ArrayList<>(commendationBases);
    if (!cityRegulation.isBlank()) {
      bases.add("Căn cứ " + cityRegulation + (cityRegulationReference.isBlank() ? "" : " ban hành kèm theo "
          + cityRegulationReference) + ";");
    }
    return bases;
  }

  /** The signature block: on whose behalf, the signer's title and name. */
  public record Signature(String onBehalf, String title, String name) {
    public Signature {
      onBehalf = onBehalf == null ? "TM. ỦY BAN NHÂN DÂN" : onBehalf;
      title = title == null ? "CHỦ TỊCH" : title;
      name = name == null ? "" : name;
    }
  }

  public List<String> recipientsOf(DocumentKind kind) {
    return recipients.getOrDefault(kind.id(), List.of("Lưu: VT"));
  }
}
