package vn.viethoa.movement.adjustment;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * Everything about the plan adjustment process (bpmn/plan-adjustment.bpmn) in one place: its key,
 * forms, element ids and variables. Section V of the plan: any unit reports difficulties or asks to
 * adjust or supplement the plan; the Committee decides.
 */
public final class PlanAdjustmentProcess {

  public static final String KEY = "plan-adjustment";
  public static final String START_FORM = "plan-adjustment-request";
  public static final String DECISION_FORM = "plan-adjustment-decision";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_AdjustmentRequested";
    public static final String TASK_DECIDE = "Task_DecideAdjustment";
    public static final String TASK_NOTIFY_REQUESTER = "Task_NotifyRequester";
    public static final String GATEWAY_APPROVED = "Gateway_AdjustmentApproved";
    public static final String END_APPROVED = "EndEvent_AdjustmentApproved";
    public static final String END_REJECTED = "EndEvent_AdjustmentRejected";

    private Elements() {}
  }

  // submitted with the start form
  public static final VariableFactory<String> REQUEST_KIND = stringVariable("requestKind");
  public static final VariableFactory<String> PLAN_SECTION = stringVariable("planSection");
  public static final VariableFactory<String> REQUEST_TITLE = stringVariable("requestTitle");
  public static final VariableFactory<String> REQUEST_DETAILS = stringVariable("requestDetails");
  public static final VariableFactory<String> PROPOSED_CHANGE = stringVariable("proposedChange");
  // set by the application when the request is accepted
  /** The starting user (camunda:initiator). */
  public static final VariableFactory<String> REQUESTER = stringVariable("requester");
  public static final VariableFactory<String> REQUESTER_UNIT = stringVariable("requesterUnit");
  /** Name of the unit concerned; a business column of the Tasklist filters. */
  public static final VariableFactory<String> UNIT_NAME = stringVariable("unitName");
  public static final VariableFactory<Date> DECISION_DUE = dateVariable("decisionDue");
  // submitted with the decision form
  public static final VariableFactory<String> DECISION = stringVariable("decision");
  public static final VariableFactory<String> DECISION_NOTE = stringVariable("decisionNote");
  public static final VariableFactory<String> DECISION_DOCUMENT = stringVariable("decisionDocument");
  public static final VariableFactory<String> DECIDED_BY = stringVariable("decidedBy");

  public static final String DECISION_APPROVED = "approved";
  public static final String DECISION_REJECTED = "rejected";

  private PlanAdjustmentProcess() {}
}
