package vn.viethoa.movement.reporting;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;

/**
 * Everything about the annual reporting process (bpmn/annual-reporting.bpmn): key, forms, element
 * ids, variables. One instance per reporting year, business key "BAOCAO-<year>". Section V of the
 * plan: every unit reports to the Culture and Society office before 30/11, which aggregates and
 * reports to the city after leadership approves.
 */
public final class AnnualReportingProcess {

  public static final String KEY = "annual-reporting";
  public static final String START_FORM = "annual-reporting-start";
  public static final String UNIT_FORM = "annual-report-unit";
  public static final String RESIDENTIAL_FORM = "annual-report-residential";
  /** The Front's own form: coordination and supervision results, no staff or dossier figures. */
  public static final String FRONT_FORM = "annual-report-front";
  public static final String AGGREGATION_FORM = "annual-report-aggregation";
  public static final String APPROVAL_FORM = "annual-report-approval";
  public static final String CITY_SUBMISSION_FORM = "annual-report-city-submission";

  public static String businessKey(int year) {
    return "BAOCAO-" + year;
  }

  public static String formFor(UnitKind kind) {
    return kind == UnitKind.RESIDENTIAL_GROUP ? RESIDENTIAL_FORM : UNIT_FORM;
  }

  public static String formFor(Unit unit) {
    return unit.front() ? FRONT_FORM : formFor(unit.kind());
  }

  /**
   * The name of a unit's report task: the Committee asks the Front for its cooperation rather than
   * assigning it a duty ("đề nghị phối hợp"); the model's name stands for everyone else.
   */
  public static final String FRONT_TASK_NAME = "Đề nghị phối hợp báo cáo kết quả vận động, giám sát phong trào năm";
  public static final String FRONT_UPDATE_TASK_NAME = "Cập nhật báo cáo phối hợp năm (nếu cần điều chỉnh)";

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_ReportingYearStarted";
    public static final String TIMER_WINDOW_OPENS = "Timer_ReportingWindowOpens";
    public static final String SUBPROCESS_UNIT_REPORTS = "SubProcess_UnitReports";
    public static final String TASK_SUBMIT_REPORT = "Task_SubmitUnitReport";
    public static final String TASK_REGISTER_REPORT = "Task_RegisterReport";
    public static final String TASK_UPDATE_REPORT = "Task_UpdateUnitReport";
    public static final String EVENT_ALL_REPORTED = "Event_AllUnitsReported";
    public static final String TIMER_DEADLINE = "Timer_ReportDeadlinePassed";
    public static final String EVENT_COLLECTION_CLOSED = "Event_ReportApprovedClosesCollection";
    public static final String TASK_AGGREGATE = "Task_AggregateReports";
    public static final String TASK_APPROVE = "Task_ApproveWardReport";
    public static final String TASK_SUBMIT_TO_CITY = "Task_SubmitReportToCity";
    public static final String END_SUBMITTED = "EndEvent_ReportSubmittedToCity";

    private Elements() {}
  }

  // process level
  public static final VariableFactory<Integer> YEAR = intVariable("year");
  public static final VariableFactory<Date> WINDOW_OPENS = dateVariable("windowOpens");
  public static final VariableFactory<Date> RESIDENTIAL_DUE = dateVariable("residentialDue");
  public static final VariableFactory<Date> UNIT_DUE = dateVariable("unitDue");
  public static final VariableFactory<Date> CITY_DUE = dateVariable("cityDue");
  public static final VariableFactory<Integer> EXPECTED_COUNT = intVariable("expectedCount");
  public static final VariableFactory<Integer> REPORTED_COUNT = intVariable("reportedCount");
  /** Ward-wide figures as Vietnamese markdown, shown in the aggregation and approval forms. */
  public static final VariableFactory<String> WARD_SUMMARY = stringVariable("wardSummary");
  /** Every unit's figures, one row each (unit, state, figures, note): the table of the aggregation and approval forms. */
  public static final String UNIT_FIGURES = "unitFigures";
  /** Residential groups' household figures, folded into the office's own report. */
  public static final VariableFactory<String> RESIDENTIAL_SUMMARY = stringVariable("residentialSummary");
  public static final VariableFactory<Boolean> WARD_REPORT_APPROVED = booleanVariable("wardReportApproved");
  public static final VariableFactory<String> RETURN_COMMENT = stringVariable("returnComment");
  // one per unit (local to the multi-instance body)
  public static final VariableFactory<String> UNIT_ID = stringVariable("unitId");
  public static final VariableFactory<String> UNIT_NAME = stringVariable("unitName");
  public static final VariableFactory<String> UNIT_KIND = stringVariable("unitKind");
  public static final VariableFactory<String> REPORT_FORM_ID = stringVariable("reportFormId");
  public static final VariableFactory<Date> REPORT_DUE = dateVariable("reportDue");
  public static final VariableFactory<Integer> REPORT_VERSION = intVariable("reportVersion");
  /** The due date as officials read it, e.g. "17:00 ngày 30/11/2026". */
  public static final VariableFactory<String> REPORT_DUE_TEXT = stringVariable("reportDueText");
  /** True for the office, whose form shows the residential groups' figures. */
  public static final VariableFactory<Boolean> FOLDS_RESIDENTIAL_REPORTS = booleanVariable("foldsResidentialReports");
  // aggregation, approval, submission to the city
  public static final String ASSESSMENT = "assessment";
  public static final String WARD_DIFFICULTIES = "wardDifficulties";
  public static final String WARD_PROPOSALS = "wardProposals";
  public static final String DECISION = "decision";
  public static final String DECISION_COMMENT = "decisionComment";
  public static final String CITY_DOCUMENT_NUMBER = "cityDocumentNumber";
  public static final String CITY_SUBMITTED_ON = "citySubmittedOn";
  public static final String DECISION_APPROVED = "approved";
  public static final String DECISION_RETURNED = "returned";

  private AnnualReportingProcess() {}
}
