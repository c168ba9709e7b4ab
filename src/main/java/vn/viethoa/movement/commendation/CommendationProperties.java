package vn.viethoa.movement.commendation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The commendation rounds under {@code movement.commendation} (docs/configuration.md,
 * docs/commendation.md). Periods are calendar days; each falls due at the plan's deadline time.
 *
 * @param proposalDays days units have to propose candidates after a round opens
 * @param correctionDays days a unit has to correct a proposal returned to it
 * @param voteDays days the council has to vote; who has not voted by then counts as not in favour
 * @param cityAnswerReminderDays days after the dossier went to the city when the lead unit is
 *     reminded that no answer came
 * @param interimReviewYear year of the interim review (section IV: end of 2027)
 * @param finalReviewYear year of the final review (section IV: 2030)
 * @param council the council's pass threshold
 */
@ConfigurationProperties("movement.commendation")
public record CommendationProperties(
    int proposalDays,
    int correctionDays,
    int voteDays,
    int cityAnswerReminderDays,
    int interimReviewYear,
    int finalReviewYear,
    Council council) {

  /**
   * A proposal passes when the votes in favour reach {@code passPercent} percent of the basis: all
   * members of the council, or the votes cast. The legal source and what the ward must verify are in
   * docs/commendation.md.
   */
  public record Council(BigDecimal passPercent, Basis basis) {}

  public enum Basis {
    /** Every member of the council; a member who does not vote counts as not in favour. */
    MEMBERS,
    /** Only the members who voted. */
    VOTES_CAST
  }
}
