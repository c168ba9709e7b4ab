package vn.viethoa.movement.organisation;

/**
 * A group of the organisation: a unit, a residential group, the leadership or the council. Its id
 * is the Camunda group id that tasks are routed to. {@code receivesResidentialReports}: the unit the
 * residential groups report to (section V.7: the office), which folds their figures into its own report.
 */
public record Unit(String id, String name, UnitKind kind, boolean reportsAnnually, boolean lead,
    boolean receivesResidentialReports) {}
