package vn.viethoa.movement.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a proposal's history: the state it entered, when, by whom, why, under which document. */
public record StateChange(
    ProposalState state,
    OffsetDateTime changedAt,
    String actor,
    String note,
    String documentNumber,
    LocalDate documentDate,
    CommendationForm.Level issuingLevel) {

  public static StateChange to(ProposalState state, String actor, String note) {
    return new StateChange(state, null, actor, note, null, null, null);
  }

  public StateChange withDocument(String number, LocalDate date, CommendationForm.Level level) {
    return new StateChange(state, changedAt, actor, note, number, date, level);
  }
}
