package vn.viethoa.movement.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ward-wide picture of a year, computed from the latest version of each unit's report: totals,
 * rates against the plan's targets, and where each unit stands.
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
    PlanTargets targets) {

  public long reported() {
    return units.stream().filter(u -> u.state() != UnitStatus.State.MISSING).count();
  }

  public long expected() {
    return units.size();
  }

  public List<UnitStatus> inState(UnitStatus.State state) {
    return units.stream().filter(u -> u.state() == state).toList();
  }

  public long total(ReportField field) {
    return totals.getOrDefault(field, 0L);
  }
}
