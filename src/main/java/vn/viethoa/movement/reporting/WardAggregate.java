package vn.viethoa.movement.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ward-wide picture of a year, computed from the latest version of each unit's report: totals,
 * rates against the plan's targets, and where each unit stands. The Fatherland Front is listed in
 * {@code units} but counted apart ({@link #front()}): the 30/11 duty and the targets are the
 * Committee's units' and the residential groups'. {@code satisfactionRate} is the service centre's
 * satisfaction surveys of the year when there are any ({@code surveys}), otherwise what the units
 * reported ({@code reportedSatisfactionRate}).
 */
public record WardAggregate(
    int year,
    List<UnitStatus> units,
    Map<ReportField, Long> totals,
    BigDecimal staffProficiencyRate,
    BigDecimal householdsDigitalAddressRate,
    BigDecimal householdsOnlineServicesRate,
    BigDecimal householdsCashlessRate,
    BigDecimal householdsWasteSortingRate,
    BigDecimal householdsSkillsClassesRate,
    BigDecimal dossiersOnTimeRate,
    BigDecimal dossiersOnlineRate,
    BigDecimal satisfactionRate,
    PlanTargets targets,
    BigDecimal reportedSatisfactionRate,
    SurveyFigure surveys) {

  public WardAggregate(int year, List<UnitStatus> units, Map<ReportField, Long> totals, BigDecimal staffProficiencyRate,
      BigDecimal householdsDigitalAddressRate, BigDecimal householdsOnlineServicesRate, BigDecimal householdsCashlessRate,
      BigDecimal householdsWasteSortingRate, BigDecimal householdsSkillsClassesRate, BigDecimal dossiersOnTimeRate,
      BigDecimal dossiersOnlineRate, BigDecimal satisfactionRate, PlanTargets targets) {
    this(year, units, totals, staffProficiencyRate, householdsDigitalAddressRate, householdsOnlineServicesRate,
        householdsCashlessRate, householdsWasteSortingRate, householdsSkillsClassesRate, dossiersOnTimeRate,
        dossiersOnlineRate, satisfactionRate, targets, satisfactionRate, null);
  }

  /** The units that owe the 30/11 report (under the Committee) and the residential groups: not the Front. */
  public List<UnitStatus> reporting() {
    return units.stream().filter(u -> !u.unit().front()).toList();
  }

  /** The Fatherland Front's status: asked to cooperate, never counted in rates or targets. */
  public List<UnitStatus> front() {
    return units.stream().filter(u -> u.unit().front()).toList();
  }

  public long reported() {
    return reporting().stream().filter(u -> u.state() != UnitStatus.State.MISSING).count();
  }

  public long expected() {
    return reporting().size();
  }

  public List<UnitStatus> inState(UnitStatus.State state) {
    return reporting().stream().filter(u -> u.state() == state).toList();
  }

  public long total(ReportField field) {
    return totals.getOrDefault(field, 0L);
  }

  /** Whether the satisfaction figure comes from the service centre's surveys rather than the units' reports. */
  public boolean satisfactionFromSurveys() {
    return surveys != null && surveys.rate() != null;
  }
}
