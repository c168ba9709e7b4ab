package vn.viethoa.movement.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many entries of a list a form's summary shows (movement.summaries): summaries are computed
 * from the application's tables when a task is created, show every count and the first entries of
 * each list, and link to a page with the whole list, so they stay within a string variable's
 * {@value VariableText#MAX} characters however large the ward or the round.
 */
@ConfigurationProperties("movement.summaries")
public record SummaryLimits(Integer wardListed, Integer roundListed) {

  public static final SummaryLimits DEFAULTS = new SummaryLimits(null, null);

  public SummaryLimits {
    // a ward list entry is a name or a short line (~60 characters); a round entry a proposal (~250–320)
    wardListed = wardListed == null ? 20 : wardListed;
    roundListed = roundListed == null ? 10 : roundListed;
  }
}
