package vn.viethoa.movement.lifecycle;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The whole movement 2026–2030 (bpmn/emulation-movement.bpmn): launch, the yearly cycles of phase
 * 1 and 2 as call activities (each year runs the newest version of annual-reporting and
 * commendation-round), the interim and final reviews, and the periodic duties until the end. The
 * reviews run beside the years, each opened by its own date (docs/adr/0009).
 */
public final class MovementProcess {

  public static final String KEY = "emulation-movement";
  public static final String START_FORM = "movement-start";

  public static String businessKey(int firstYear, int lastYear) {
    return "PHONGTRAO-" + firstYear + "-" + lastYear;
  }

  public static final class Elements {
    public static final String START = "StartEvent_MovementStarted";
    public static final String SUBPROCESS_LAUNCH = "SubProcess_Launch";
    public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
    public static final String TASK_APPROVE_AND_LAUNCH = "Task_ApproveAndLaunch";
    public static final String TASK_PUBLICIZE = "Task_PublicizeMovement";
    public static final String TASK_MOBILISE_BUSINESSES = "Task_MobiliseBusinesses";
    public static final String TASK_WRITE_NEWS = "Task_WriteNewsArticles";
    public static final String TASK_INFORM_HOUSEHOLDS = "Task_InformHouseholds";
    public static final String GATEWAY_PLAN_TIMELINE = "Gateway_PlanTimeline";
    public static final String GATEWAY_PLAN_TIMELINE_DONE = "Gateway_PlanTimelineDone";
    public static final String TIMER_INTERIM_REVIEW_OPENS = "Timer_InterimReviewOpens";
    public static final String TIMER_FINAL_REVIEW_OPENS = "Timer_FinalReviewOpens";
    public static final String SUBPROCESS_PHASE_ONE = "SubProcess_PhaseOne";
    public static final String CALL_PHASE_ONE_REPORTING = "CallActivity_PhaseOneReporting";
    public static final String CALL_PHASE_ONE_COMMENDATION = "CallActivity_PhaseOneCommendation";
    public static final String SUBPROCESS_INTERIM_REVIEW = "SubProcess_InterimReview";
    public static final String TASK_PREPARE_INTERIM_REVIEW = "Task_PrepareInterimReview";
    public static final String TASK_HOLD_INTERIM_CONFERENCE = "Task_HoldInterimConference";
    public static final String CALL_INTERIM_COMMENDATION = "CallActivity_InterimCommendation";
    public static final String TASK_SEND_INTERIM_RESULT = "Task_SendInterimResultToCity";
    public static final String SUBPROCESS_PHASE_TWO = "SubProcess_PhaseTwo";
    public static final String CALL_PHASE_TWO_REPORTING = "CallActivity_PhaseTwoReporting";
    public static final String CALL_PHASE_TWO_COMMENDATION = "CallActivity_PhaseTwoCommendation";
    public static final String SUBPROCESS_FINAL_REVIEW = "SubProcess_FinalReview";
    public static final String TASK_PREPARE_FINAL_REVIEW = "Task_PrepareFinalReview";
    public static final String TASK_HOLD_FINAL_CONFERENCE = "Task_HoldFinalConference";
    public static final String CALL_FINAL_COMMENDATION = "CallActivity_FinalCommendation";
    public static final String TASK_SEND_FINAL_RESULT = "Task_SendFinalResultToCity";
    public static final String END_CLOSED = "EndEvent_MovementClosed";
    public static final String TASK_PERIODIC_HOUSEHOLD_REPORT = "Task_SubmitPeriodicHouseholdReport";
    public static final String TASK_COMPILE_PERIODIC_REPORTS = "Task_CompilePeriodicReports";
    public static final String TASK_SATISFACTION_SURVEY = "Task_ConductSatisfactionSurvey";
    public static final String TASK_SUPERVISION_REPORT = "Task_ReportSupervision";
    public static final String TASK_FORWARD_SUPERVISION_REPORT = "Task_ForwardSupervisionReport";

    private Elements() {}
  }

  // the start form: what already happened when the movement is recorded mid-plan
  public static final VariableFactory<String> PLAN_NUMBER = stringVariable("planNumber");
  public static final VariableFactory<String> PLAN_ISSUED_ON = stringVariable("planIssuedOn");
  public static final VariableFactory<String> LAUNCHED_ON = stringVariable("launchedOn");
  public static final VariableFactory<Boolean> LAUNCH_RECORDED = booleanVariable("launchRecorded");
  /** First year each phase runs, fixed when the movement starts. */
  public static final VariableFactory<Integer> PHASE_ONE_FROM = intVariable("phaseOneFrom");
  public static final VariableFactory<Integer> PHASE_TWO_FROM = intVariable("phaseTwoFrom");
  // milestones of the plan calendar
  public static final VariableFactory<Date> LAUNCH_DUE = dateVariable("launchDue");
  public static final VariableFactory<Date> INTERIM_REVIEW_DUE = dateVariable("interimReviewDue");
  public static final VariableFactory<Date> FINAL_REVIEW_DUE = dateVariable("finalReviewDue");
  /** When each review opens (its timer), and whether the movement holds it at all (fixed at the start). */
  public static final VariableFactory<Date> INTERIM_REVIEW_OPENS = dateVariable("interimReviewOpens");
  public static final VariableFactory<Date> FINAL_REVIEW_OPENS = dateVariable("finalReviewOpens");
  public static final VariableFactory<Boolean> INTERIM_REVIEW_TO_HOLD = booleanVariable("interimReviewToHold");
  public static final VariableFactory<Boolean> FINAL_REVIEW_TO_HOLD = booleanVariable("finalReviewToHold");
  // one occurrence of a periodic duty (local to its event sub-process)
  public static final VariableFactory<Boolean> PERIOD_CURRENT = booleanVariable("periodCurrent");
  public static final VariableFactory<String> PERIOD_LABEL = stringVariable("periodLabel");
  /** The year the period starts in: what its records (surveys…) count for. */
  public static final VariableFactory<Integer> PERIOD_YEAR = intVariable("periodYear");
  public static final VariableFactory<Date> DUTY_DUE = dateVariable("dutyDue");
  /** Ward-wide figures across the years of a review, as markdown. */
  public static final VariableFactory<String> REVIEW_SUMMARY = stringVariable("reviewSummary");
  /** "interim" or "final": which review document the review task's form links to. */
  public static final VariableFactory<String> REVIEW_KIND = stringVariable("reviewKind");

  private MovementProcess() {}
}
