package vn.viethoa.movement.commendation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.validation.Markdown;

/** How proposals read on the reviewers' forms: one entry of a list, and the round at a glance (markdown). */
public final class RoundTexts {

  private RoundTexts() {}

  /** The read-only part of a list entry: which proposal, who, what, and the criteria table's answer. */
  public static Map<String, Object> item(Proposal p) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put(ProposalValidator.PROPOSAL_ID, p.id());
    item.put("candidate", p.candidateType().label() + ": " + p.candidateLabel());
    item.put("formLabel", p.form().label());
    return item;
  }

  /** An entry with the check against the criteria, for the forms that show it (compilation, vote). */
  public static Map<String, Object> itemWithCriteria(Proposal p, boolean withFigures) {
    Map<String, Object> item = item(p);
    item.put("criteria", p.criteriaText());
    if (withFigures) {
      item.put("figures", p.criteriaFigures());
    }
    return item;
  }

  /** Every proposal of the round with its state, for the lead unit, the council and leadership. */
  public static String summary(CommendationRound round, List<Proposal> proposals) {
    return summary(round, proposals, Integer.MAX_VALUE);
  }

  /** The page with a round's whole list; {key} is the round's business key. */
  public static final String FULL_LIST_PATH = "/api/commendations/rounds/{key}/summary";

  /**
   * The round at a glance for a form: the count in each state (always whole), then the first
   * {@code listed} proposals and a link to the page with all of them, so the text stays within a
   * string variable's limit however many proposals the round has.
   */
  public static String summary(CommendationRound round, List<Proposal> proposals, int listed) {
    StringBuilder md = new StringBuilder("#### ").append(round.kind().label()).append(", năm ").append(round.year())
        .append(": ").append(proposals.size()).append(" đề nghị\n\n");
    if (proposals.isEmpty()) {
      return md.append("Chưa có đề nghị nào.\n").toString();
    }
    // at most `listed` entries and never beyond the budget: an entry's length depends on names and reasons
    int budget = listed == Integer.MAX_VALUE ? Integer.MAX_VALUE : vn.viethoa.movement.validation.VariableText.MAX - 800;
    StringBuilder entries = new StringBuilder();
    int shown = 0;
    for (Proposal p : proposals) {
      String entry = entry(p);
      if (shown == listed || entries.length() + entry.length() > budget) {
        break;
      }
      entries.append(entry);
      shown++;
    }
    if (shown < proposals.size()) {
      // the list is cut: the counts per state say what the whole round holds
      Map<ProposalState, Long> byState = new java.util.EnumMap<>(ProposalState.class);
      proposals.forEach(p -> byState.merge(p.state(), 1L, Long::sum));
      md.append("Theo trạng thái: ").append(byState.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
          .collect(java.util.stream.Collectors.joining("; "))).append(".\n\n");
    }
    md.append(entries);
    if (shown < proposals.size()) {
      md.append("- … và ").append(proposals.size() - shown).append(" đề nghị khác ([xem danh sách đầy đủ](")
          .append(FULL_LIST_PATH.replace("{key}", round.businessKey())).append(")).\n");
    }
    return md.toString();
  }

  private static String entry(Proposal p) {
    StringBuilder md = new StringBuilder();
    md.append("- **[").append(p.id()).append("] ").append(Markdown.escape(p.candidateLabel())).append("** (")
        .append(p.candidateType().label().toLowerCase(java.util.Locale.ROOT)).append(") — ").append(p.form().label())
        .append("; do ").append(p.proposingUnitName()).append(" đề nghị. Tiêu chí: ").append(p.criteriaText())
        .append(". Trạng thái: **").append(p.state().label()).append("**");
    if (p.votesFor() != null) {
      md.append("; Hội đồng: ").append(p.votesFor()).append("/").append(p.councilSize()).append(" thành viên đồng ý");
    }
    if (p.decisionNumber() != null) {
      md.append("; quyết định số ").append(Markdown.escape(p.decisionNumber())).append(" ngày ").append(VietnameseDates.date(p.decisionDate()));
    }
    return md.append(".\n").toString();
  }
}
