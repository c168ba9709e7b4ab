package vn.viethoa.movement.commendation;

import vn.viethoa.movement.organisation.Unit;

/**
 * A validated proposal as a unit submits it, before it is stored: the candidate, the form of
 * commendation sought, achievements, initiatives and their effect, and the declared facts.
 * {@code proposalId} names the register entry it completes (a draft carried over from the annual
 * report, or a proposal returned for correction), or is null for a new one.
 */
public record ProposalInput(
    Long proposalId,
    CandidateType type,
    String name,
    String position,
    Unit candidateUnit,
    CommendationForm form,
    String achievements,
    String initiatives,
    String initiativeEffect,
    CandidateFacts facts) {}
