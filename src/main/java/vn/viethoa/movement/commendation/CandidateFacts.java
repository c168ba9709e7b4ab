package vn.viethoa.movement.commendation;

/**
 * What a proposal declares about a candidate that no annual report holds: for an individual
 * (III.1.2) outstanding completion, active use of digital technology and applied initiatives; for a
 * household (III.1.3) digital-skills classes attended, green living and energy saving. Null means
 * not declared, which the eligibility tables read as "no".
 */
public record CandidateFacts(
    Boolean excellentCompletion,
    Boolean activeDigitalUse,
    Integer appliedInitiatives,
    Integer skillsClasses,
    Boolean greenLiving,
    Boolean energySaving) {

  public static final CandidateFacts NONE = new CandidateFacts(null, null, null, null, null, null);
}
