package vn.viethoa.movement.documents;

import java.time.LocalDate;
import vn.viethoa.movement.commendation.CandidateType;
import vn.viethoa.movement.commendation.CommendationForm;

/**
 * One line of a commendation document, as the commendation register will hand it over: who
 * (name, kind of candidate, position and unit), which form, for what, and — when the line records
 * an earlier commendation (the proposal's "Khen thưởng đã đạt") — that decision's number and date.
 */
public record CommendedEntry(String name, CandidateType type, String unit, CommendationForm form, String achievement,
    String decisionNumber, LocalDate decisionDate) {

  public CommendedEntry {
    if (name == null || name.isBlank() || type == null || form == null) {
      throw new IllegalArgumentException("A commended entry needs a name, a candidate type and a form");
    }
  }
}
