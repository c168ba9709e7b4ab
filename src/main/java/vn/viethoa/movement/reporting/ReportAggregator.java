package vn.viethoa.movement.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;

/**
 * The aggregation rules (docs/reporting.md): totals are sums over the latest version of each
 * report; household rates are sums of households over sums of households; the staff rate is
 * proficient staff over all staff; the service centre's rates are the average of the units that
 * reported them. Plain Java, no engine.
 */
@Component
public class ReportAggregator {

  private final PlanTargets targets;

  public ReportAggregator(PlanTargets targets) {
    this.targets = targets;
  }

  public WardAggregate aggregate(int year, List<Unit> expected, List<StoredReport> latest) {
    Map<String, StoredReport> byUnit = latest.stream().collect(Collectors.toMap(StoredReport::unitId, Function.identity()));
    List<UnitStatus> statuses = new ArrayList<>();
    for (Unit unit : expected) {
      StoredReport report = byUnit.get(unit.id());
      if (report == null) {
        statuses.add(new UnitStatus(unit, UnitStatus.State.MISSING, null, null, 0, null, null, null));
        continue;
      }
      // lateness is decided by the first version: a correction after the deadline does not make a unit late
      boolean late = report.late();
      Boolean staffMet = null;
      Boolean initiativeMet = null;
      Boolean digitalMet = null;
      if (unit.kind() == UnitKind.UNIT) {
        staffMet = meets(rate(report.count(ReportField.STAFF_PROFICIENT), report.count(ReportField.STAFF_TOTAL)),
            targets.staffProficiencyRate());
        initiativeMet = report.count(ReportField.INITIATIVES) >= targets.initiativesPerUnit();
      } else {
        digitalMet = meets(rate(report.count(ReportField.HOUSEHOLDS_DIGITAL_ADDRESS), report.count(ReportField.HOUSEHOLDS_TOTAL)),
            targets.householdsDigitalAddressRate());
      }
      statuses.add(new UnitStatus(unit, late ? UnitStatus.State.LATE : UnitStatus.State.ON_TIME, report.submittedAt(),
          report.submittedBy(), report.version(), staffMet, initiativeMet, digitalMet));
    }
    List<StoredReport> counted = latest.stream().filter(r -> expected.stream().anyMatch(u -> u.id().equals(r.unitId()))).toList();
    Map<ReportField, Long> totals = new EnumMap<>(ReportField.class);
    for (ReportField field : ReportField.values()) {
      if (field.kind() == ReportField.Kind.COUNT) {
        totals.put(field, counted.stream().mapToLong(r -> r.count(field)).sum());
      }
    }
    long households = totals.get(ReportField.HOUSEHOLDS_TOTAL);
    return new WardAggregate(year, statuses, totals,
        rate(totals.get(ReportField.STAFF_PROFICIENT), totals.get(ReportField.STAFF_TOTAL)),
        rate(totals.get(ReportField.HOUSEHOLDS_DIGITAL_ADDRESS), households),
        rate(totals.get(ReportField.HOUSEHOLDS_ONLINE_SERVICES), households),
        rate(totals.get(ReportField.HOUSEHOLDS_CASHLESS), households),
        rate(totals.get(ReportField.HOUSEHOLDS_WASTE_SORTING), households),
        rate(totals.get(ReportField.HOUSEHOLDS_SKILLS_CLASSES), households),
        average(counted, ReportField.DOSSIERS_ON_TIME_RATE),
        average(counted, ReportField.DOSSIERS_ONLINE_RATE),
        average(counted, ReportField.SATISFACTION_RATE),
        targets);
  }

  private static boolean meets(BigDecimal rate, BigDecimal target) {
    return rate != null && rate.compareTo(target) >= 0;
  }

  /** part / whole in percent, one decimal; null when there is no whole. */
  public static BigDecimal rate(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal average(List<StoredReport> reports, ReportField field) {
    List<BigDecimal> values = reports.stream().map(r -> (BigDecimal) r.values().get(field)).filter(Objects::nonNull).toList();
    if (values.isEmpty()) {
      return null;
    }
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
  }
}
