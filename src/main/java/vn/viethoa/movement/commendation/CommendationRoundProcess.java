package vn.viethoa.movement.commendation;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Everything about the commendation round (bpmn/commendation-round.bpmn): key, forms, element ids,
 * message, variables. One instance per round, business key "KHENTHUONG-<year>-<kind>". Section III
 * of the plan: units propose candidates, the lead unit compiles the list, the council reviews,
 * leadership decides; Bằng khen and Cờ thi đua (review rounds only) go to the city, whose answers
 * are tracked apart ({@link CityAnswersProcess}) so that the round ends with its own decision.
 */
public final class CommendationRoundProcess {

  public static final String KEY = "commendation-round";
  public static final String START_FORM = "commendation-round-start";
  public static final String PROPOSALS_FORM = "commendation-proposals";
  public static final String CORRECTION_FORM = "commendation-proposal-correction";
  public static final String COMPILATION_FORM = "commendation-compilation";
  public static final String VOTE_FORM = "commendation-council-vote";
  public static final String DECISION_FORM = "commendation-leadership-decision";
  public static final String CITY_ANSWER_FORM = "commendation-city-answer";
  /** The city's answer, correlated by business key (REST: POST /engine-rest/message). */
  public static final String CITY_ANSWER_MESSAGE = "commendation-city-answer";

  /**
   * The Front's proposal task: the Committee asks the Fatherland Front to cooperate in putting
   * forward exemplary people and households, as it does for the 30/11 report; no duty of its own.
   */
  public static final String FRONT_PROPOSAL_TASK_NAME = "Đề nghị phối hợp giới thiệu cá nhân, hộ gia đình tiêu biểu để khen thưởng";

  public static String businessKey(int year, RoundKind kind) {
    return "KHENTHUONG-" + year + "-" + kind.name();
  }

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_RoundStarted";
    public static final String TASK_PROPOSE = "Task_ProposeCandidates";
    public static final String TIMER_PROPOSALS_CLOSED = "Timer_ProposalWindowClosed";
    public static final String TASK_CLOSE_PROPOSALS = "Task_CloseProposalWindow";
    public static final String TASK_COMPILE = "Task_CompileList";
    public static final String TASK_CORRECT = "Task_CorrectProposal";
    public static final String TASK_VOTE = "Task_CouncilVote";
    public static final String TIMER_VOTING_CLOSED = "Timer_VotingClosed";
    public static final String TASK_TALLY = "Task_TallyVotes";
    /** The proposing units are told the council's outcome of each of their proposals (a branch of its own). */
    public static final String TASK_NOTIFY_COUNCIL_OUTCOME = "Task_NotifyCouncilOutcome";
    public static final String END_COUNCIL_OUTCOME_NOTIFIED = "EndEvent_CouncilOutcomeNotified";
    public static final String TASK_DECIDE = "Task_LeadershipDecision";
    /** The proposing units are told leadership's decision on each proposal the council passed (a branch of its own). */
    public static final String TASK_NOTIFY_LEADERSHIP_DECISION = "Task_NotifyLeadershipDecision";
    public static final String END_LEADERSHIP_DECISION_NOTIFIED = "EndEvent_LeadershipDecisionNotified";
    public static final String TASK_NOTIFY_WARD = "Task_NotifyWardCommendations";
    public static final String END_NOTHING_TO_REVIEW = "EndEvent_NothingToReview";
    public static final String END_NONE_ELIGIBLE = "EndEvent_NoneEligible";
    public static final String END_WARD_NOTIFIED = "EndEvent_WardCommendationsNotified";
    /** Leadership refused every proposal: neither branch of Gateway_DecisionOutcomes is taken. */
    public static final String END_ALL_REFUSED = "EndEvent_AllRefused";
    /** The Giấy khen branch when only city forms were approved. */
    public static final String END_NO_WARD_COMMENDATION = "EndEvent_NoWardCommendation";
    /** The city branch when only Giấy khen were approved. */
    public static final String END_NOTHING_TO_CITY = "EndEvent_NothingProposedToCity";
    /** City forms approved: the dossier goes to the city, its answers are tracked by {@link CityAnswersProcess}. */
    public static final String TASK_TRACK_CITY_ANSWERS = "Task_TrackCityAnswers";
    public static final String END_PROPOSED_TO_CITY = "EndEvent_ProposedToCity";

    private Elements() {}
  }

  // the round
  public static final VariableFactory<Integer> YEAR = intVariable("year");
  public static final VariableFactory<String> ROUND_KIND = stringVariable("roundKind");
  /** e.g. "Khen thưởng hằng năm, năm 2026"; shown on every form. */
  public static final VariableFactory<String> ROUND_LABEL = stringVariable("roundLabel");
  public static final VariableFactory<Date> PROPOSALS_DUE = dateVariable("proposalsDue");
  public static final VariableFactory<String> PROPOSALS_DUE_TEXT = stringVariable("proposalsDueText");
  public static final VariableFactory<Date> CORRECTION_DUE = dateVariable("correctionDue");
  public static final VariableFactory<Date> VOTE_DUE = dateVariable("voteDue");
  /** The council's pass rule in words with its numbers, set when the vote opens; the vote form shows it read-only. */
  public static final VariableFactory<String> VOTE_RULE = stringVariable("voteRule");
  public static final VariableFactory<Date> CITY_REMINDER_AT = dateVariable("cityAnswerReminderAt");
  /** The round's proposals and where they stand, Vietnamese markdown shown on the reviewers' forms. */
  public static final VariableFactory<String> ROUND_SUMMARY = stringVariable("roundSummary");
  /** Choices of the candidate's unit or residential group (Json [{label, value}]). */
  public static final String UNIT_OPTIONS = "unitOptions";
  // counts the gateways read
  public static final VariableFactory<Integer> RETURNED_COUNT = intVariable("returnedCount");
  public static final VariableFactory<Integer> UNDER_REVIEW_COUNT = intVariable("underReviewCount");
  public static final VariableFactory<Integer> COUNCIL_SIZE = intVariable("councilSize");
  public static final VariableFactory<Integer> ELIGIBLE_COUNT = intVariable("eligibleCount");
  public static final VariableFactory<Integer> WARD_COMMENDED_COUNT = intVariable("wardCommendedCount");
  public static final VariableFactory<Integer> CITY_PROPOSED_COUNT = intVariable("cityProposedCount");
  public static final VariableFactory<Integer> CITY_PENDING_COUNT = intVariable("cityPendingCount");
  // one proposing unit (local to its instance of the multi-instance task)
  public static final VariableFactory<String> PROPOSER_UNIT_ID = stringVariable("proposerUnitId");
  public static final VariableFactory<String> UNIT_NAME = stringVariable("unitName");
  // one returned proposal (local)
  /** The multi-instance element; read as a number (a form may send it back as an integer). */
  public static final String PROPOSAL_ID = ProposalValidator.PROPOSAL_ID;
  public static final VariableFactory<String> PROPOSING_UNIT_ID = stringVariable("proposingUnitId");
  public static final VariableFactory<String> RETURN_NOTE = stringVariable("returnNote");
  // one council member (local)
  public static final VariableFactory<String> COUNCIL_MEMBER = stringVariable("councilMember");
  // lists the forms edit (Json), one per step
  public static final String PROPOSALS = ProposalValidator.PROPOSALS;
  public static final String REVIEWS = "reviews";
  public static final String VOTES = "votes";
  public static final String DECISIONS = "decisions";
  public static final String CITY_ANSWERS = "cityAnswers";
  // leadership's documents
  public static final String WARD_DECISION_NUMBER = "wardDecisionNumber";
  public static final String WARD_DECISION_DATE = "wardDecisionDate";
  public static final String CITY_DOSSIER_NUMBER = "cityDossierNumber";
  public static final String CITY_DOSSIER_DATE = "cityDossierDate";

  /** The round an execution belongs to. */
  public static CommendationRound round(VariableScope execution, String processInstanceId) {
    return new CommendationRound(YEAR.from(execution).get(), RoundKind.valueOf(ROUND_KIND.from(execution).get()),
        processInstanceId);
  }

  /** A list or map as a Json variable, which Tasklist hands to a form's dynamic list and reads back. */
  public static TypedValue json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private CommendationRoundProcess() {}
}
