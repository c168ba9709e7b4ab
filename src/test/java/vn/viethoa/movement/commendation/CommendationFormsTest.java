package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The round's forms carry the keys the server reads, under the labels its messages use. */
class CommendationFormsTest {

  static JsonNode form(String id) throws Exception {
    return new ObjectMapper().readTree(Path.of("forms", id + ".form").toFile());
  }

  /** Every keyed field of a form or of one of its lists, by key. */
  static Map<String, JsonNode> fields(JsonNode components) {
    Map<String, JsonNode> fields = new HashMap<>();
    for (JsonNode c : components) {
      if (c.has("key")) {
        fields.put(c.get("key").asText(), c);
      }
      if (c.has("components") && !"dynamiclist".equals(c.path("type").asText())) {
        fields.putAll(fields(c.get("components")));
      }
    }
    return fields;
  }

  static JsonNode list(JsonNode form, String path) {
    for (JsonNode c : form.get("components")) {
      if ("dynamiclist".equals(c.path("type").asText()) && path.equals(c.path("path").asText())) {
        return c;
      }
    }
    throw new AssertionError("no list " + path);
  }

  static final List<String> PROPOSAL_KEYS = List.of(ProposalValidator.CANDIDATE_TYPE, ProposalValidator.CANDIDATE_UNIT,
      ProposalValidator.CANDIDATE_NAME, ProposalValidator.CANDIDATE_POSITION, ProposalValidator.FORM_SOUGHT,
      ProposalValidator.ACHIEVEMENTS, ProposalValidator.INITIATIVES, ProposalValidator.INITIATIVE_EFFECT,
      ProposalValidator.EXCELLENT_COMPLETION, ProposalValidator.ACTIVE_DIGITAL_USE, ProposalValidator.APPLIED_INITIATIVES,
      ProposalValidator.SKILLS_CLASSES, ProposalValidator.GREEN_LIVING, ProposalValidator.ENERGY_SAVING);

  @Test
  void aProposalHasTheSameFieldsInTheUnitsListAndOnTheCorrectionForm() throws Exception {
    Map<String, JsonNode> inList = fields(list(form(CommendationRoundProcess.PROPOSALS_FORM), CommendationRoundProcess.PROPOSALS)
        .get("components"));
    Map<String, JsonNode> correction = fields(form(CommendationRoundProcess.CORRECTION_FORM).get("components"));
    assertThat(inList).containsKeys(PROPOSAL_KEYS.toArray(String[]::new)).containsKey(ProposalValidator.PROPOSAL_ID);
    assertThat(correction).containsKeys(PROPOSAL_KEYS.toArray(String[]::new));
    for (String key : PROPOSAL_KEYS) {
      assertThat(correction.get(key).path("label").asText(correction.get(key).path("dateLabel").asText()))
          .as(key).isEqualTo(inList.get(key).path("label").asText());
    }
    assertThat(inList.get(ProposalValidator.PROPOSAL_ID).path("readonly").asBoolean()).isTrue();
    assertThat(inList.get(ProposalValidator.CANDIDATE_UNIT).path("valuesKey").asText()).isEqualTo(CommendationRoundProcess.UNIT_OPTIONS);
    // the forms offer exactly the candidate types and forms of commendation the server knows
    assertThat(inList.get(ProposalValidator.CANDIDATE_TYPE).get("values").findValuesAsText("value"))
        .containsExactlyInAnyOrder(java.util.Arrays.stream(CandidateType.values()).map(Enum::name).toArray(String[]::new));
    assertThat(inList.get(ProposalValidator.FORM_SOUGHT).get("values").findValuesAsText("value"))
        .containsExactlyInAnyOrder(java.util.Arrays.stream(CommendationForm.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void eachReviewersListCarriesTheProposalIdAndTheAnswerItsStepReads() throws Exception {
    Map<String, List<String>> answers = Map.of(
        CommendationRoundProcess.COMPILATION_FORM + "/" + CommendationRoundProcess.REVIEWS, List.of("action", "returnNote"),
        CommendationRoundProcess.VOTE_FORM + "/" + CommendationRoundProcess.VOTES, List.of("vote", "comment"),
        CommendationRoundProcess.DECISION_FORM + "/" + CommendationRoundProcess.DECISIONS, List.of("decision", "note"),
        CommendationRoundProcess.CITY_ANSWER_FORM + "/" + CommendationRoundProcess.CITY_ANSWERS,
        List.of("outcome", "decisionNumber", "decisionDate", "note"));
    answers.forEach((where, keys) -> {
      try {
        String[] parts = where.split("/");
        Map<String, JsonNode> f = fields(list(form(parts[0]), parts[1]).get("components"));
        assertThat(f).as(where).containsKey(ProposalValidator.PROPOSAL_ID).containsKeys(keys.toArray(String[]::new));
        assertThat(f.get(ProposalValidator.PROPOSAL_ID).path("readonly").asBoolean()).as(where).isTrue();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    Map<String, JsonNode> decision = fields(form(CommendationRoundProcess.DECISION_FORM).get("components"));
    assertThat(decision).containsKeys(CommendationRoundProcess.WARD_DECISION_NUMBER, CommendationRoundProcess.WARD_DECISION_DATE,
        CommendationRoundProcess.CITY_DOSSIER_NUMBER, CommendationRoundProcess.CITY_DOSSIER_DATE);
    Map<String, JsonNode> start = fields(form(CommendationRoundProcess.START_FORM).get("components"));
    assertThat(start.get("roundKind").get("values").findValuesAsText("value")).containsExactlyElementsOf(RoundKind.names());
  }
}
