package vn.viethoa.movement.commendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public CommendationMails(ProposalRepository register, Directory directory, Organisation organisation,
      MailTemplates templates, MovementProperties movement, PlanClock clock) {
    this.register = register;
    this.directory = directory;
    this.organisation = organisation;
    this.templates = templates;
    this.movement = movement;
    this.clock = clock;
  }

  /**
   * The ward's Giấy khen decision: every member of a commended candidate's unit, and of the unit that
   * proposed it, is told which of their candidates were commended, under which decision.
   */
  public List<OutgoingMail> wardDecision(CommendationRound round) {
    Map<String, Recipient> people = new LinkedHashMap<>();
    Map<String, List<Proposal>> theirs = new HashMap<>();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.COMMENDED)) {
      if (p.decisionLevel() != CommendationForm.Level.WARD) {
        continue;
      }
      List<String> units = p.candidateUnitId() == null || p.candidateUnitId().equals(p.proposingUnitId())
          ? List.of(p.proposingUnitId()) : List.of(p.candidateUnitId(), p.proposingUnitId());
      for (Recipient r : directory.membersOf(units.toArray(String[]::new))) {
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
