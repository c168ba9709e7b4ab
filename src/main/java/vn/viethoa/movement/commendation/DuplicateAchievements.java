package vn.viethoa.movement.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendarProperties;
import vn.viethoa.movement.calendar.VietnameseDates;

/**
 * The same achievement must not be commended twice ("không khen thưởng nhiều lần, nhiều hình thức
 * cho một thành tích đạt được", Law on Emulation and Commendation 2022, Art. 5): the 2027 annual
 * round and the 2027 interim review both look at 2027. When the same candidate is proposed in
 * another round whose period overlaps, the lead unit (compilation) and the council (vote) read a
 * warning next to the criteria; they judge whether the achievement is the same.
 */
@Component
public class DuplicateAchievements {

  /** Proposals that no longer stand do not count. */
  private static final Set<ProposalState> GONE = Set.of(ProposalState.WITHDRAWN, ProposalState.REFUSED,
      ProposalState.NOT_ELIGIBLE, ProposalState.COUNCIL_REFUSED, ProposalState.RETURNED);

  private final ProposalRepository register;
  private final PlanCalendarProperties calendar;

  public DuplicateAchievements(ProposalRepository register, PlanCalendarProperties calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  /** Years whose achievements a round looks at: its year, or the phase or period a review closes. */
  int[] period(RoundKind kind, int year) {
    return switch (kind) {
      case annual -> new int[] {year, year};
      case interim_review -> new int[] {calendar.firstYear(), calendar.milestones().phaseOneLastYear()};
      case final_review -> new int[] {calendar.firstYear(), calendar.lastYear()};
    };
  }

  /** The warning for one proposal, if the candidate stands in another round of an overlapping period. */
  public Optional<String> warning(Proposal p, List<Proposal> all) {
    int[] own = period(p.roundKind(), p.year());
    String key = ProposalValidator.candidateKey(p);
    List<String> others = new ArrayList<>();
    for (Proposal o : all) {
      if (o.id() == p.id() || o.businessKey().equals(p.businessKey()) || GONE.contains(o.state())
          || !ProposalValidator.candidateKey(o).equals(key)) {
        continue;
      }
      int[] theirs = period(o.roundKind(), o.year());
      if (theirs[0] <= own[1] && own[0] <= theirs[1]) {
        others.add(o.roundKind().label() + ", năm " + o.year() + " (mã đề nghị " + o.id() + ", " + o.form().label() + ", "
            + o.state().label().toLowerCase(java.util.Locale.forLanguageTag("vi"))
            + (o.decisionNumber() == null ? "" : ", quyết định số " + o.decisionNumber()
                + (o.decisionDate() == null ? "" : " ngày " + VietnameseDates.date(o.decisionDate()))) + ")");
      }
    }
    if (others.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Cảnh báo trùng thành tích: đối tượng này cũng được đề nghị trong đợt " + String.join("; ", others)
        + ". Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5): "
        + "đề nghị chỉ được xét với thành tích khác thành tích đã khen.");
  }

  /** Adds the warnings to the "criteria" text of the items of a reviewers' list (compilation, vote). */
  public void annotate(List<Map<String, Object>> items) {
    if (items.isEmpty()) {
      return;
    }
    List<Proposal> all = register.query(null, null);
    for (Map<String, Object> item : items) {
      Object id = item.get(ProposalValidator.PROPOSAL_ID);
      if (id == null) {
        continue;
      }
      all.stream().filter(p -> p.id() == ((Number) id).longValue()).findFirst()
          .flatMap(p -> warning(p, all))
          .ifPresent(w -> item.put("criteria", item.get("criteria") + "\n" + w));
    }
  }
}
