package vn.viethoa.movement.commendation;

/**
 * The answer of a candidate type's eligibility table: whether the candidate meets the criteria of
 * section III.1, the table's reason, and the figures it was given (in Vietnamese, for reviewers).
 */
public record Eligibility(boolean met, String reason, String figures) {}
