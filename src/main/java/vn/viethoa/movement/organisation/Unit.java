package vn.viethoa.movement.organisation;

/**
 * A group of the organisation: a unit, a residential group, the leadership or the council. Its id
 * is the Camunda group id that tasks are routed to. {@code receivesResidentialReports}: the unit the
 * residential groups report to (section V.7: the office), which folds their figures into its own report.
 * {@code front}: the Fatherland Front (Ủy ban MTTQ phường), which is not an office of the Committee: it
 * coordinates and supervises, so the Committee asks for its cooperation ("đề nghị phối hợp"), does not
 * score it against the collective targets and never escalates its late tasks to its own leadership.
 */
public record Unit(String id, String name, UnitKind kind, boolean reportsAnnually, boolean lead,
    boolean receivesResidentialReports, boolean front) {

  public Unit(String id, String name, UnitKind kind, boolean reportsAnnually, boolean lead, boolean receivesResidentialReports) {
    this(id, name, kind, reportsAnnually, lead, receivesResidentialReports, false);
  }

  /** A unit under the Committee: the 30/11 duty, the collective targets and escalations apply to it. */
  public boolean underCommittee() {
    return kind == UnitKind.UNIT && !front;
  }
}
