package vn.viethoa.movement.commendation;

/**
 * What a proposal declares about a candidate that no annual report holds: for an individual
 * (III.1.2) outstanding completion, active use of digital technology and applied initiatives; for a
 * household (III.1.3) digital-skills classes attended, green living and energy saving; for a resident
 * proposed by a residential group (III.1.3 applied to a person) active digital use, classes and green
 * living; for any candidate of the city's forms whether it is "tiêu biểu, xuất sắc" (III.2). Null means
 * not declared, which the eligibility tables read as "no".
 */
public record CandidateFacts(
    Boolean excellentCompletion,
    Boolean activeDigitalUse,
    Integer appliedInitiatives,
    Integer skillsClasses,
    Boolean greenLiving,
    Boolean energySaving,
    Boolean exemplary) {

  public static final CandidateFacts NONE = new CandidateFacts(null, null, null, null, null, null, null);

  /** The same facts, declared "tiêu biểu, xuất sắc" or not (a condition of the city's forms). */
  public CandidateFacts withExemplary(Boolean value) {
    return new CandidateFacts(excellentCompletion, activeDigitalUse, appliedInitiatives, skillsClasses, greenLiving,
        energySaving, value);
  }
}
