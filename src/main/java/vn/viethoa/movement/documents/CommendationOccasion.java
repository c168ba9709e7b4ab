package vn.viethoa.movement.documents;

/** What a commendation is for: a year of the movement, the interim review, or the final review. */
public enum CommendationOccasion {
  ANNUAL,
  INTERIM_REVIEW,
  FINAL_REVIEW
}
