package vn.viethoa.movement.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizes a submission must keep whatever its form says ({@code movement.security.submissions}): the
 * engine stores a text of up to 4,000 characters in a string variable; lists are stored as JSON.
 */
@ConfigurationProperties("movement.security.submissions")
public record SubmissionLimits(@DefaultValue("4000") int maxTextLength, @DefaultValue("500") int maxListEntries,
    @DefaultValue("1000000") int maxListBytes) {

  FormContract.Limits toLimits() {
    return new FormContract.Limits(maxTextLength, maxListEntries, maxListBytes);
  }
}
