package vn.viethoa.movement.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendarProperties;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.commendation.CandidateType;
import vn.viethoa.movement.commendation.CommendationForm;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;

/**
 * The Chairman's commendation decision (Quyết định tặng Giấy khen, with its list) and the ward's
 * proposal to the city (Tờ trình đề nghị tặng Bằng khen, Cờ thi đua, with its list), from a plain
 * list of entries. The commendation register decides who is on the list; this class only writes.
 */
@Component
public class CommendationDocuments {

  private final DocumentRenderer renderer;
  private final PlanReference plan;
  private final Organisation organisation;
  private final PlanCalendarProperties calendar;

  public CommendationDocuments(DocumentRenderer renderer, PlanReference plan, Organisation organisation,
      PlanCalendarProperties calendar) {
    this.renderer = renderer;
    this.plan = plan;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /**
   * A decision: {@code year} is the movement year (or the review's last year); number and date
   * once the decision is registered, else null (left blank for the records office).
   */
  public record DecisionRequest(CommendationOccasion occasion, int year, String documentNumber, LocalDate signedOn,
      List<CommendedEntry> entries) {}

  public record ProposalRequest(CommendationOccasion occasion, int year, String documentNumber, LocalDate signedOn,
      List<CommendedEntry> entries) {}

  public byte[] decision(DecisionRequest request) {
    return renderer.render(DocumentKind.COMMENDATION_DECISION, decisionValues(request),
        new DocumentRenderer.Issue(request.documentNumber(), request.signedOn(), request.year(), false));
  }

  public byte[] proposal(ProposalRequest request) {
    return renderer.render(DocumentKind.COMMENDATION_PROPOSAL, proposalValues(request),
        new DocumentRenderer.Issue(request.documentNumber(), request.signedOn(), request.year(), true));
  }

  public static String decisionFileName(int year) {
    return DocumentKind.COMMENDATION_DECISION.fileStem() + "-" + year + ".docx";
  }

  public static String proposalFileName(int year) {
    return DocumentKind.COMMENDATION_PROPOSAL.fileStem() + "-" + year + ".docx";
  }

  DocumentValues decisionValues(DecisionRequest request) {
    List<CommendedEntry> entries = request.entries();
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("A decision needs at least one entry");
    }
    entries.stream().filter(e -> e.form() != CommendationForm.giay_khen).findFirst().ifPresent(e -> {
      throw new IllegalArgumentException("The ward's Chairman awards Giấy khen only, not " + e.form() + " (" + e.name() + ")");
    });
    DocumentValues v = new DocumentValues();
    String occasion = occasion(request.occasion(), request.year());
    v.text("occasion", occasion);
    v.text("committeeUpper", renderer.ward().committee().toUpperCase(Locale.forLanguageTag("vi")));
    List<String> bases = new ArrayList<>(renderer.properties().basesWithCityRegulation());
    bases.add("Căn cứ " + plan.citation(renderer.ward().committee()) + " về triển khai " + renderer.ward().movementName() + ";");
    bases.add("Xét đề nghị của " + organisation.council().name() + ".");
    v.list("bases", bases);
    v.text("counts", counts(entries));
    v.text("officeName", organisation.all().stream().filter(Unit::receivesResidentialReports).map(Unit::name).findFirst()
        .orElse("Văn phòng HĐND và UBND phường"));
    v.text("leadUnitName", organisation.leadUnit().name());
    v.text("dateClause", dateClause(request.signedOn(), request.year()));
    v.text("rewardClause", renderer.properties().rewardClause());
    v.rows("entries", rows(entries, false));
    return v;
  }

  DocumentValues proposalValues(ProposalRequest request) {
    List<CommendedEntry> entries = request.entries();
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("A proposal needs at least one entry");
    }
    entries.stream().filter(e -> e.form().level() != CommendationForm.Level.CITY).findFirst().ifPresent(e -> {
      throw new IllegalArgumentException("The proposal to the city is for city-level forms only, not " + e.form()
          + " (" + e.name() + ")");
    });
    entries.stream().filter(e -> !e.type().allows(e.form())).findFirst().ifPresent(e -> {
      throw new IllegalArgumentException(e.form() + " is not for " + e.type() + " (" + e.name() + ")");
    });
    DocumentValues v = new DocumentValues();
    String occasion = occasion(request.occasion(), request.year());
    v.text("occasion", occasion);
    String addressee = renderer.properties().proposalAddressee();
    v.text("addressee", addressee);
    Map<CommendationForm, List<CommendedEntry>> byForm = new EnumMap<>(CommendationForm.class);
    entries.forEach(e -> byForm.computeIfAbsent(e.form(), f -> new ArrayList<>()).add(e));
    v.text("formsPhrase", byForm.keySet().stream().map(CommendationDocuments::formName).collect(Collectors.joining(", ")));
    List<String> bases = new ArrayList<>(renderer.properties().basesWithCityRegulation());
    bases.add("Căn cứ " + plan.citation(renderer.ward().committee()) + " về triển khai " + renderer.ward().movementName() + ";");
    bases.add("Căn cứ kết quả " + occasion + " và đề nghị của " + organisation.council().name() + ",");
    v.list("bases", bases);
    List<String> lines = new ArrayList<>();
    byForm.forEach((form, list) -> lines.add(formName(form) + " cho " + counts(list)));
    v.list("formLines", VietnameseText.dashed(lines));
    v.text("dateClause", dateClause(request.signedOn(), request.year()));
    v.rows("entries", rows(entries, true));
    return v;
  }

  /** What the movement year or review is called in a document. */
  String occasion(CommendationOccasion occasion, int year) {
    String movement = renderer.ward().movementName();
    // a year of the movement is "Phong trào … năm 2026", not "… giai đoạn 2026 - 2030 năm 2026"
    String withoutPeriod = VietnameseText.withoutPeriod(movement);
    return switch (occasion) {
      case ANNUAL -> "thực hiện " + withoutPeriod + " năm " + year;
      case INTERIM_REVIEW -> "sơ kết giai đoạn 1 (" + calendar.firstYear() + " - " + calendar.milestones().phaseOneLastYear()
          + ") thực hiện " + withoutPeriod;
      case FINAL_REVIEW -> "tổng kết " + VietnameseText.count(calendar.lastYear() - calendar.firstYear() + 1)
          + " năm thực hiện " + movement;
    };
  }

  static String formName(CommendationForm form) {
    return switch (form) {
      case giay_khen -> "Giấy khen của Chủ tịch Ủy ban nhân dân phường";
      case bang_khen -> "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố";
      case co_thi_dua -> "Cờ thi đua của Ủy ban nhân dân thành phố";
    };
  }

  static String kindWord(CandidateType type) {
    return switch (type) {
      case collective -> "tập thể";
      case individual -> "cá nhân";
      case residential_group -> "tổ dân phố";
      case household -> "hộ gia đình";
      case resident -> "người dân";
    };
  }

  /** "02 tập thể, 01 tổ dân phố và 03 cá nhân". */
  static String counts(List<CommendedEntry> entries) {
    Map<CandidateType, Long> byType = new EnumMap<>(CandidateType.class);
    entries.forEach(e -> byType.merge(e.type(), 1L, Long::sum));
    List<String> parts = byType.entrySet().stream().map(en -> VietnameseText.count(en.getValue()) + " " + kindWord(en.getKey()))
        .toList();
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
  }

  static String dateClause(LocalDate signedOn, int year) {
    return signedOn == null ? "ngày" + VietnameseText.BLANK + "tháng" + VietnameseText.BLANK + "năm " + year
        : VietnameseText.longDate(signedOn);
  }

  /** Entries grouped by kind of candidate under a bold heading (I. TẬP THỂ, II. CÁ NHÂN, …). */
  static List<DocxTemplate.Row> rows(List<CommendedEntry> entries, boolean proposal) {
    Map<CandidateType, List<CommendedEntry>> byType = new EnumMap<>(CandidateType.class);
    entries.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
    String[] roman = {"I", "II", "III", "IV", "V"};
    List<DocxTemplate.Row> rows = new ArrayList<>();
    int group = 0;
    for (var en : byType.entrySet()) {
      Map<String, String> heading = new LinkedHashMap<>();
      heading.put("no", roman[group++]);
      heading.put("name", kindWord(en.getKey()).toUpperCase(Locale.forLanguageTag("vi")));
      rows.add(DocxTemplate.Row.heading(heading));
      int n = 0;
      for (CommendedEntry e : en.getValue()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("no", String.valueOf(++n));
        row.put("name", e.name());
        row.put("unit", e.unit() == null ? "" : e.unit());
        row.put("achievement", e.achievement() == null ? "" : e.achievement());
        if (proposal) {
          row.put("form", e.form() == CommendationForm.bang_khen ? "Bằng khen" : "Cờ thi đua của UBND thành phố");
          row.put("previous", e.decisionNumber() == null ? "" : "Quyết định số " + e.decisionNumber()
              + (e.decisionDate() == null ? "" : " ngày " + VietnameseDates.date(e.decisionDate())));
        }
        rows.add(DocxTemplate.Row.of(row));
      }
    }
    return rows;
  }
}
