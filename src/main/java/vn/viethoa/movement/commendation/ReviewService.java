package vn.viethoa.movement.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.Directory;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.validation.FormInput;

/**
 * The rules of the second half of a round (docs/commendation.md): the council votes member by
 * member and a proposal passes at the configured share; leadership decides — the ward's Chairman
 * commends with a Giấy khen under a numbered decision, proposals for a Bằng khen or Cờ thi đua go to
 * the city in a dossier; the city's answer is recorded. Every change lands in the register.
 */
@Service
public class ReviewService {

  public static final String VOTE_FOR = "for";
  public static final String VOTE_AGAINST = "against";
  public static final String DECISION_APPROVE = "approve";
  public static final String DECISION_REFUSE = "refuse";
  public static final String OUTCOME_COMMENDED = "commended";
  public static final String OUTCOME_REFUSED = "refused";
  public static final String OUTCOME_PENDING = "pending";

  private final Organisation organisation;
  private final Directory directory;
  private final PlanClock clock;
  private final CommendationProperties properties;
  private final ProposalRepository register;
  private final ApplicationEventPublisher events;

  public ReviewService(Organisation organisation, Directory directory, PlanClock clock, CommendationProperties properties,
      ProposalRepository register, ApplicationEventPublisher events) {
    this.organisation = organisation;
    this.directory = directory;
    this.clock = clock;
    this.properties = properties;
    this.register = register;
    this.events = events;
  }

  /** The multi-instance collection of the vote: every member of the council group, read when the vote opens. */
  public List<String> councilMembers() {
    return directory.memberIds(organisation.council().id());
  }

  /** The rule in words with this council's numbers, shown read-only on the vote form (computed when the vote opens). */
  public String voteRule(int councilSize, ZonedDateTime due) {
    return CouncilTally.rule(councilSize, properties.council(), VietnameseDates.DATE_TIME.format(due));
  }

  public ZonedDateTime voteDue() {
    return clock.deadlineInWorkingDays(properties.voteDays());
  }

  /** What a council member votes on: every proposal under review, each with the criteria table's answer. */
  public List<Map<String, Object>> voteItems(CommendationRound round) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.UNDER_REVIEW)) {
      Map<String, Object> item = RoundTexts.itemWithCriteria(p, true);
      item.put("achievements", p.achievements());
      item.put("vote", null);
      item.put("comment", null);
      items.add(item);
    }
    return items;
  }

  /** A member's votes: one for or against on every proposal under review, stored with the member and the time. */
  public void recordVote(CommendationRound round, String member, FormInput in) {
    Map<Long, Proposal> open = new LinkedHashMap<>();
    register.ofRound(round.businessKey(), ProposalState.UNDER_REVIEW).forEach(p -> open.put(p.id(), p));
    Map<Long, Boolean> votes = new LinkedHashMap<>();
    Map<Long, String> comments = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    for (FormInput entry : in.list(CommendationRoundProcess.VOTES, "Phiếu biểu quyết", 1000)) {
      Long id = entry.wholeNumber(ProposalValidator.PROPOSAL_ID, "Mã đề nghị", true, 1, Long.MAX_VALUE);
      String vote = entry.choice("vote", "Ý kiến biểu quyết", List.of(VOTE_FOR, VOTE_AGAINST));
      String comment = entry.text("comment", "Ý kiến khác", false, 1000);
      if (id == null) {
        continue;
      }
      if (!open.containsKey(id) || !seen.add(id)) {
        entry.reject("Mã đề nghị", "không có đề nghị " + id + " đang chờ biểu quyết, hoặc đã được biểu quyết ở mục khác.");
      } else if (vote != null) {
        votes.put(id, VOTE_FOR.equals(vote));
        comments.put(id, comment);
      }
    }
    for (Proposal p : open.values()) {
      if (!seen.contains(p.id())) {
        in.violations().add("“Phiếu biểu quyết”: chưa biểu quyết đề nghị " + p.id() + " (“" + p.candidateLabel() + "”).");
      }
    }
    in.violations().throwIfAny();
    OffsetDateTime now = now();
    votes.forEach((id, inFavour) -> register.insertVote(new CouncilVote(id, member, inFavour, comments.get(id), now)));
  }

  /**
   * The vote closed (every member voted, or the deadline passed): each proposal under review is
   * eligible when the votes in favour reach the threshold, refused by the council otherwise (its own
   * state: the proposal met the criteria). Returns how many are eligible.
   */
  public int tally(CommendationRound round, int councilSize) {
    int eligible = 0;
    OffsetDateTime now = now();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.UNDER_REVIEW)) {
      List<CouncilVote> votes = register.votes(p.id());
      int inFavour = (int) votes.stream().filter(CouncilVote::inFavour).count();
      CouncilTally tally = new CouncilTally(inFavour, votes.size(), councilSize, properties.council());
      register.recordTally(p.id(), inFavour, votes.size(), councilSize);
      if (tally.passed()) {
        register.transition(p.id(), StateChange.to(ProposalState.ELIGIBLE, null, "Hội đồng thông qua: " + tally.explanation()), now);
        eligible++;
      } else {
        register.transition(p.id(), StateChange.to(ProposalState.COUNCIL_REFUSED, null,
            "Hội đồng không thông qua: " + tally.explanation()), now);
      }
    }
    return eligible;
  }

  /** What leadership decides on: every proposal the council passed. */
  public List<Map<String, Object>> decisionItems(CommendationRound round) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.ELIGIBLE)) {
      Map<String, Object> item = RoundTexts.itemWithCriteria(p, false);
      item.put("level", p.level() == CommendationForm.Level.WARD ? "Chủ tịch UBND phường quyết định"
          : "Đề nghị UBND thành phố (Sở Nội vụ – Ban Thi đua Khen thưởng)");
      item.put("council", p.stateNote());
      item.put("decision", null);
      item.put("note", null);
      items.add(item);
    }
    return items;
  }

  /** Leadership's decision: how many were commended at once by the ward, how many go to the city, and when to chase the city. */
  public record Decision(int wardCommended, int cityProposed, ZonedDateTime cityReminderAt) {}

  /**
   * Leadership approves or refuses each eligible proposal. An approved Giấy khen is commended under
   * the ward's decision (number and date required); an approved Bằng khen or Cờ thi đua goes to the
   * city in the ward's dossier (number and date required).
   */
  public Decision recordDecision(CommendationRound round, FormInput in, String actor) {
    Map<Long, Proposal> eligible = new LinkedHashMap<>();
    register.ofRound(round.businessKey(), ProposalState.ELIGIBLE).forEach(p -> eligible.put(p.id(), p));
    Map<Long, Boolean> approved = new LinkedHashMap<>();
    Map<Long, String> notes = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    for (FormInput entry : in.list(CommendationRoundProcess.DECISIONS, "Danh sách đề nghị", 1000)) {
      Long id = entry.wholeNumber(ProposalValidator.PROPOSAL_ID, "Mã đề nghị", true, 1, Long.MAX_VALUE);
      String decision = entry.choice("decision", "Quyết định của lãnh đạo", List.of(DECISION_APPROVE, DECISION_REFUSE));
      String note = entry.text("note", "Ý kiến", false, 4000);
      if (id == null) {
        continue;
      }
      if (!eligible.containsKey(id) || !seen.add(id)) {
        entry.reject("Mã đề nghị", "không có đề nghị " + id + " đang chờ lãnh đạo quyết định, hoặc đã có ở mục khác.");
      } else if (decision != null) {
        approved.put(id, DECISION_APPROVE.equals(decision));
        notes.put(id, note);
      }
    }
    for (Proposal p : eligible.values()) {
      if (!seen.contains(p.id())) {
        in.violations().add("“Danh sách đề nghị”: chưa quyết định đề nghị " + p.id() + " (“" + p.candidateLabel() + "”).");
      }
    }
    boolean anyWard = approved.entrySet().stream().anyMatch(e -> e.getValue() && eligible.get(e.getKey()).level() == CommendationForm.Level.WARD);
    boolean anyCity = approved.entrySet().stream().anyMatch(e -> e.getValue() && eligible.get(e.getKey()).level() == CommendationForm.Level.CITY);
    String wardNumber = in.documentNumber(CommendationRoundProcess.WARD_DECISION_NUMBER, "Số quyết định khen thưởng", anyWard, "15/QĐ-UBND");
    LocalDate wardDate = documentDate(in, CommendationRoundProcess.WARD_DECISION_DATE, "Ngày quyết định", anyWard);
    String dossierNumber = in.documentNumber(CommendationRoundProcess.CITY_DOSSIER_NUMBER, "Số tờ trình đề nghị UBND thành phố", anyCity, "45/TTr-UBND");
    LocalDate dossierDate = documentDate(in, CommendationRoundProcess.CITY_DOSSIER_DATE, "Ngày trình", anyCity);
    in.violations().throwIfAny();
    OffsetDateTime now = now();
    int ward = 0;
    int city = 0;
    for (Proposal p : eligible.values()) {
      String note = notes.get(p.id());
      if (!approved.get(p.id())) {
        register.transition(p.id(), StateChange.to(ProposalState.REFUSED, actor, note == null ? "Lãnh đạo phường không đồng ý." : note)
            .withDocument(null, null, CommendationForm.Level.WARD), now);
      } else if (p.level() == CommendationForm.Level.WARD) {
        register.transition(p.id(), StateChange.to(ProposalState.COMMENDED, actor, note == null ? "Tặng " + p.form().label() + "." : note)
            .withDocument(wardNumber, wardDate, CommendationForm.Level.WARD), now);
        ward++;
      } else {
        register.transition(p.id(), StateChange.to(ProposalState.APPROVED, actor, note == null
                ? "Trình UBND thành phố (Sở Nội vụ – Ban Thi đua Khen thưởng) đề nghị tặng " + p.form().label() + "." : note)
            .withDocument(dossierNumber, dossierDate, CommendationForm.Level.WARD), now);
        city++;
      }
    }
    if (ward > 0 || city > 0) {
      // the decision and the Tờ trình as issued under these numbers are kept from now on
      events.publishEvent(new CommendationDocumentsRecorded(round.year(), round.kind(), ward > 0 ? wardNumber : null,
          ward > 0 ? wardDate : null, city > 0 ? dossierNumber : null, city > 0 ? dossierDate : null, actor));
    }
    ZonedDateTime reminder = dossierDate == null ? null : clock.deadlineOn(dossierDate.plusDays(properties.cityAnswerReminderDays()));
    return new Decision(ward, city, reminder);
  }

  /** What the lead unit records when the city answers: every proposal still waiting for it. */
  public List<Map<String, Object>> cityAnswerItems(CommendationRound round) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.APPROVED)) {
      Map<String, Object> item = RoundTexts.item(p);
      item.put("dossier", "Tờ trình số " + p.dossierNumber() + " ngày " + VietnameseDates.date(p.dossierDate()));
      item.put("outcome", OUTCOME_PENDING);
      item.put("decisionNumber", null);
      item.put("decisionDate", null);
      item.put("note", null);
      items.add(item);
    }
    return items;
  }

  /**
   * The city's answer, from the lead unit's form or from the city's system by message: commended
   * (with the city's decision number and date) or refused, for some or all proposals still waiting.
   * Returns how many still wait. Unknown proposals and an answer that answers nothing are refused.
   */
  public int recordCityAnswer(CommendationRound round, FormInput in, String actor) {
    Map<Long, Proposal> waiting = new LinkedHashMap<>();
    register.ofRound(round.businessKey(), ProposalState.APPROVED).forEach(p -> waiting.put(p.id(), p));
    record Answer(Proposal proposal, boolean commended, String number, LocalDate date, String note) {}
    List<Answer> answers = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    LocalDate today = clock.today();
    for (FormInput entry : in.list(CommendationRoundProcess.CITY_ANSWERS, "Kết quả của UBND thành phố", 1000)) {
      Long id = entry.wholeNumber(ProposalValidator.PROPOSAL_ID, "Mã đề nghị", true, 1, Long.MAX_VALUE);
      String outcome = entry.text("outcome", "Kết quả", false, 20);
      outcome = outcome == null ? OUTCOME_PENDING : outcome;
      if (!List.of(OUTCOME_COMMENDED, OUTCOME_REFUSED, OUTCOME_PENDING).contains(outcome)) {
        entry.reject("Kết quả", "không có giá trị \"" + outcome + "\".");
        continue;
      }
      boolean commended = OUTCOME_COMMENDED.equals(outcome);
      String number = entry.documentNumber("decisionNumber", "Số quyết định của UBND thành phố", commended, "1234/QĐ-UBND");
      LocalDate date = entry.date("decisionDate", "Ngày quyết định của UBND thành phố", commended);
      String note = entry.text("note", "Ghi chú", false, 4000);
      if (id == null) {
        continue;
      }
      Proposal p = waiting.get(id);
      if (p == null || !seen.add(id)) {
        entry.reject("Mã đề nghị", "không có đề nghị " + id + " đang chờ kết quả của thành phố, hoặc đã có ở mục khác.");
        continue;
      }
      if (date != null) {
        if (date.isAfter(today)) {
          entry.reject("Ngày quyết định của UBND thành phố", "không được sau ngày hôm nay (" + VietnameseDates.date(today) + ").");
        }
        if (p.dossierDate() != null && date.isBefore(p.dossierDate())) {
          entry.reject("Ngày quyết định của UBND thành phố", "không được trước ngày phường trình ("
              + VietnameseDates.date(p.dossierDate()) + ").");
        }
      }
      if (!OUTCOME_PENDING.equals(outcome)) {
        answers.add(new Answer(p, commended, number, date, note));
      }
    }
    if (in.violations().isEmpty() && answers.isEmpty()) {
      in.violations().add("“Kết quả của UBND thành phố”: chưa có kết quả nào (được khen thưởng hoặc không được khen thưởng).");
    }
    in.violations().throwIfAny();
    OffsetDateTime now = now();
    for (Answer a : answers) {
      String note = a.note() != null ? a.note()
          : a.commended() ? "UBND thành phố tặng " + a.proposal().form().label() + "." : "UBND thành phố không khen thưởng.";
      register.transition(a.proposal().id(), StateChange.to(a.commended() ? ProposalState.COMMENDED : ProposalState.REFUSED,
          actor, note).withDocument(a.number(), a.date(), CommendationForm.Level.CITY), now);
    }
    return waiting.size() - answers.size();
  }

  private LocalDate documentDate(FormInput in, String key, String label, boolean required) {
    LocalDate date = in.date(key, label, required);
    if (date != null && date.isAfter(clock.today())) {
      in.reject(label, "không được sau ngày hôm nay (" + VietnameseDates.date(clock.today()) + ").");
    }
    return required ? date : null;
  }

  private OffsetDateTime now() {
    return clock.nowOffset();
  }
}
