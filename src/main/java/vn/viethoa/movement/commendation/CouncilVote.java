package vn.viethoa.movement.commendation;

import java.time.OffsetDateTime;

/** One council member's vote on one proposal. */
public record CouncilVote(long proposalId, String memberId, boolean inFavour, String comment, OffsetDateTime votedAt) {}
