package vn.viethoa.movement.documents;

/**
 * The documents the application writes, each from its template {@code <id>.docx}, with the type
 * part of its symbol (ND 30/2020, appendix III): BC = báo cáo, QĐ = quyết định, TTr = tờ trình,
 * BB = biên bản.
 */
public enum DocumentKind {
  /** The annual report as sent to the city: results, commendation, directions; no internal compliance details. */
  ANNUAL_REPORT("annual-report", "BC", "bao-cao-nam"),
  /** The same report for the ward itself, with who reported late or not at all and when each unit sent. */
  ANNUAL_REPORT_INTERNAL("annual-report-internal", "BC", "bao-cao-nam-noi-bo"),
  REVIEW_REPORT("review-report", "BC", "bao-cao"),
  COMMENDATION_DECISION("commendation-decision", "QĐ", "quyet-dinh-khen-thuong"),
  COMMENDATION_PROPOSAL("commendation-proposal", "TTr", "to-trinh-de-nghi-khen-thuong"),
  /** Minutes of the council's vote on a round, for the city dossier (BB = biên bản). */
  COUNCIL_MINUTES("council-minutes", "BB", "bien-ban-hop-hoi-dong"),
  /** The achievement report of one candidate proposed to the city (báo cáo thành tích). */
  ACHIEVEMENT_REPORT("achievement-report", "BC", "bao-cao-thanh-tich");

  private final String id;
  private final String typeSymbol;
  private final String fileStem;

  DocumentKind(String id, String typeSymbol, String fileStem) {
    this.id = id;
    this.typeSymbol = typeSymbol;
    this.fileStem = fileStem;
  }

  public String id() {
    return id;
  }

  public String typeSymbol() {
    return typeSymbol;
  }

  /** ASCII stem of download file names, e.g. bao-cao-nam-2026.docx. */
  public String fileStem() {
    return fileStem;
  }

  public String templateName() {
    return id + ".docx";
  }
}
