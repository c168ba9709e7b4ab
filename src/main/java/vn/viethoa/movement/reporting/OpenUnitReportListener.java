package vn.viethoa.movement.reporting;

import static vn.viethoa.movement.reporting.AnnualReportingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.Organisation;

/**
 * Start of one unit's branch: names the unit, its form and due date, and declares every field of
 * its form as a local variable, so that 27 units submitting at once each write their own figures
 * instead of overwriting one another's at process level.
 */
@Component("openUnitReportListener")
public class OpenUnitReportListener implements ExecutionListener {

  private final Organisation organisation;
  private final AnnualReportService service;
  private final PlanCalendar calendar;

  public OpenUnitReportListener(Organisation organisation, AnnualReportService service, PlanCalendar calendar) {
    this.organisation = organisation;
    this.service = service;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String unitId = UNIT_ID.from(execution).getOrNull();
    if (unitId == null) {
      return; // the multi-instance body starts too; only its instances carry a unit
    }
    var unit = organisation.get(unitId);
    int year = YEAR.from(execution).get();
    var dates = calendar.annualReport(year);
    execution.setVariableLocal(UNIT_NAME.getName(), unit.name());
    execution.setVariableLocal(UNIT_KIND.getName(), unit.kind().name());
    execution.setVariableLocal(REPORT_FORM_ID.getName(), formFor(unit));
    var due = service.dueFor(unit, dates);
    execution.setVariableLocal(REPORT_DUE.getName(), PlanClock.toDate(due));
    execution.setVariableLocal(REPORT_DUE_TEXT.getName(), VietnameseDates.deadline(due, year));
    execution.setVariableLocal(FOLDS_RESIDENTIAL_REPORTS.getName(), unit.receivesResidentialReports());
    for (ReportField field : ReportField.forUnit(unit)) {
      execution.setVariableLocal(field.key(), null);
    }
    // declared as an empty JSON list, not null: Tasklist submits a list field with the type of the
    // declared variable, and a value typed "Null" fails ("Cannot convert ... to NullType")
    execution.setVariableLocal(ReportValidator.NOMINATIONS, Spin.JSON("[]"));
  }
}
