package vn.viethoa.movement.adjustment;

/** Leadership's decision on a request: approved or not, with a note and an optional document number. */
public record AdjustmentDecision(boolean approved, String note, String documentNumber) {}
