package vn.viethoa.movement.commendation;

/** A candidate a unit puts forward: who, with which form sought, for what. */
public record Nomination(CandidateType type, String name, String position, CommendationForm form, String achievement) {}
