package vn.viethoa.movement.adjustment;

/** A validated adjustment request as the Committee receives it. */
public record AdjustmentRequest(
    RequestKind kind, String planSection, String title, String details, String proposedChange) {}
