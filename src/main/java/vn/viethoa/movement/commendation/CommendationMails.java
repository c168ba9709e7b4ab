package vn.viethoa.movement.commendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.notification.MailTemplates;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.OutgoingMail;
import vn.viethoa.movement.notification.Recipient;
import vn.viethoa.movement.organisation.Directory;
import vn.viethoa.movement.organisation.Organisation;

/** The round's mails, one per person and event (the dedup key names both). */
@Component
public class CommendationMails {

  private final ProposalRepository register;
  private final Directory directory;
  private final Organisation organisation;
  private final MailTemplates templates;
  private final MovementProperties movement;
  private final PlanClock clock;
  private final CommendationProperties properties;

  public CommendationMails(ProposalRepository register, Directory directory, Organisation organisation,
      MailTemplates templates, MovementProperties movement, PlanClock clock, CommendationProperties properties) {
    this.register = register;
    this.directory = directory;
    this.organisation = organisation;
    this.templates = templates;
    this.movement = movement;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * The council's vote is tallied: every member of each proposing unit is told, for each of the
   * unit's proposals put to the vote, whether the council passed it, with the count and the rule.
   * Read from the stored tally, not the current state (leadership may already have decided when a
   * retried mail goes out).
   */
  public List<OutgoingMail> councilOutcome(CommendationRound round) {
    Map<String, List<Map<String, Object>>> byUnit = new LinkedHashMap<>();
    for (Proposal p : register.ofRound(round.businessKey())) {
      if (p.votesFor() == null) {
        continue;
      }
      CouncilTally tally = tallyOf(p);
      byUnit.computeIfAbsent(p.proposingUnitId(), k -> new ArrayList<>()).add(Map.of(
          "candidate", p.candidateLabel(), "form", p.form().label(),
          "outcome", tally.passed() ? "Hội đồng thông qua, trình lãnh đạo UBND phường quyết định"
              : "Hội đồng không thông qua; đề nghị không được xét tiếp trong đợt này",
          "detail", tally.explanation()));
    }
    return toProposingUnits(round, byUnit, "council-outcome",
        "Kết quả biểu quyết của Hội đồng Thi đua - Khen thưởng (" + round.label() + ")", "commendation-council-outcome");
  }

  /**
   * Leadership decided: every member of each proposing unit is told, for each of the unit's
   * proposals the council passed, whether it was commended with a Giấy khen (decision number and
   * date), proposed to the city (the Tờ trình) or refused, with leadership's note.
   */
  public List<OutgoingMail> leadershipDecision(CommendationRound round) {
    Map<String, List<Map<String, Object>>> byUnit = new LinkedHashMap<>();
    for (Proposal p : register.ofRound(round.businessKey())) {
      if (p.votesFor() == null || !tallyOf(p).passed()) {
        continue;
      }
      String outcome;
      String detail;
      if (p.state() == ProposalState.COMMENDED && p.decisionLevel() == CommendationForm.Level.WARD) {
        outcome = "Được tặng " + p.form().label();
        detail = "Quyết định số " + p.decisionNumber() + " ngày " + VietnameseDates.date(p.decisionDate()) + ".";
      } else if (p.state() == ProposalState.APPROVED || p.dossierNumber() != null) {
        outcome = "Lãnh đạo UBND phường đồng ý, trình UBND thành phố xét tặng " + p.form().label();
        detail = "Tờ trình số " + p.dossierNumber() + " ngày " + VietnameseDates.date(p.dossierDate())
            + "; Phòng Văn hoá - Xã hội cập nhật kết quả khi UBND thành phố trả lời.";
      } else if (p.state() == ProposalState.REFUSED) {
        outcome = "Lãnh đạo UBND phường không đồng ý khen thưởng";
        detail = p.stateNote() == null ? "" : p.stateNote();
      } else {
        continue;
      }
      byUnit.computeIfAbsent(p.proposingUnitId(), k -> new ArrayList<>()).add(Map.of(
          "candidate", p.candidateLabel(), "form", p.form().label(), "outcome", outcome, "detail", detail));
    }
    return toProposingUnits(round, byUnit, "leadership-decision",
        "Quyết định của lãnh đạo UBND phường về đề nghị khen thưởng (" + round.label() + ")", "commendation-leadership-decision");
  }

  private CouncilTally tallyOf(Proposal p) {
    return new CouncilTally(p.votesFor(), p.votesCast() == null ? 0 : p.votesCast(),
        p.councilSize() == null ? 0 : p.councilSize(), properties.council());
  }

  /** One mail per member of each proposing unit, listing that unit's proposals; one dedup key per event and person. */
  private List<OutgoingMail> toProposingUnits(CommendationRound round, Map<String, List<Map<String, Object>>> byUnit,
      String event, String subject, String template) {
    List<OutgoingMail> mails = new ArrayList<>();
    Map<String, List<Map<String, Object>>> byPerson = new LinkedHashMap<>();
    Map<String, Recipient> people = new LinkedHashMap<>();
    Map<String, String> unitOf = new HashMap<>();
    byUnit.forEach((unitId, items) -> {
      for (Recipient r : directory.membersOf(unitId)) {
        people.putIfAbsent(r.userId(), r);
        unitOf.putIfAbsent(r.userId(), organisation.get(unitId).name());
        byPerson.computeIfAbsent(r.userId(), k -> new ArrayList<>()).addAll(items);
      }
    });
    for (Recipient r : people.values()) {
      Map<String, Object> model = new HashMap<>();
      model.put("recipientName", r.displayName());
      model.put("committee", movement.ward().committee());
      model.put("roundLabel", round.label());
      model.put("unitName", unitOf.get(r.userId()));
      model.put("items", byPerson.get(r.userId()));
      model.put("businessKey", round.businessKey());
      mails.add(new OutgoingMail("commendation:" + round.processInstanceId() + ":" + event + ":" + r.userId(),
          NotificationKind.OUTCOME, r, subject, templates.text(template, model), templates.html(template, model),
          round.processInstanceId(), round.businessKey(), null));
    }
    return mails;
  }

  /**
   * The ward's Giấy khen decision: every member of a commended candidate's unit, when another unit
   * proposed it, is told which of their candidates were commended, under which decision. The
   * proposing unit reads it in leadership's decision ({@link #leadershipDecision}).
   */
  public List<OutgoingMail> wardDecision(CommendationRound round) {
    Map<String, Recipient> people = new LinkedHashMap<>();
    Map<String, List<Proposal>> theirs = new HashMap<>();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.COMMENDED)) {
      if (p.decisionLevel() != CommendationForm.Level.WARD) {
        continue;
      }
      if (p.candidateUnitId() == null || p.candidateUnitId().equals(p.proposingUnitId())) {
        continue;
      }
      Set<String> proposers = Set.copyOf(directory.memberIds(p.proposingUnitId()));
      for (Recipient r : directory.membersOf(p.candidateUnitId())) {
        if (proposers.contains(r.userId())) {
          continue;
        }
        people.putIfAbsent(r.userId(), r);
        List<Proposal> list = theirs.computeIfAbsent(r.userId(), k -> new ArrayList<>());
        if (!list.contains(p)) {
          list.add(p);
        }
      }
    }
    List<OutgoingMail> mails = new ArrayList<>();
    for (Recipient r : people.values()) {
      List<Proposal> commended = theirs.get(r.userId());
      Proposal first = commended.get(0);
      Map<String, Object> model = new HashMap<>();
      model.put("recipientName", r.displayName());
      model.put("committee", movement.ward().committee());
      model.put("roundLabel", round.label());
      model.put("decisionNumber", first.decisionNumber());
      model.put("decisionDate", VietnameseDates.date(first.decisionDate()));
      model.put("candidates", commended.stream().map(p -> Map.of(
          "candidate", p.candidateLabel(), "form", p.form().label(), "proposer", p.proposingUnitName())).toList());
      model.put("businessKey", round.businessKey());
      mails.add(new OutgoingMail("commendation:" + round.processInstanceId() + ":ward-decision:" + r.userId(),
          NotificationKind.OUTCOME, r,
          "Quyết định khen thưởng số " + first.decisionNumber() + " (" + round.label() + ")",
          templates.text("commendation-ward-decision", model), templates.html("commendation-ward-decision", model),
          round.processInstanceId(), round.businessKey(), null));
    }
    return mails;
  }

  /** No answer from the city by the configured time: the lead unit is reminded, once per round and person. */
  public List<OutgoingMail> cityAnswerReminder(CommendationRound round) {
    List<Proposal> waiting = register.ofRound(round.businessKey(), ProposalState.APPROVED);
    List<OutgoingMail> mails = new ArrayList<>();
    for (Recipient r : directory.membersOf(organisation.leadUnit().id())) {
      Map<String, Object> model = new HashMap<>();
      model.put("recipientName", r.displayName());
      model.put("committee", movement.ward().committee());
      model.put("roundLabel", round.label());
      model.put("today", VietnameseDates.date(clock.today()));
      model.put("proposals", waiting.stream().map(p -> Map.of("candidate", p.candidateLabel(), "form", p.form().label(),
          "dossier", "Tờ trình số " + p.dossierNumber() + " ngày " + VietnameseDates.date(p.dossierDate()))).toList());
      model.put("businessKey", round.businessKey());
      mails.add(new OutgoingMail("commendation:" + round.processInstanceId() + ":city-reminder:" + r.userId(),
          NotificationKind.REMINDER, r, "Nhắc việc: chưa có kết quả khen thưởng của UBND thành phố (" + round.label() + ")",
          templates.text("commendation-city-reminder", model), templates.html("commendation-city-reminder", model),
          round.processInstanceId(), round.businessKey(), null));
    }
    return mails;
  }
}
