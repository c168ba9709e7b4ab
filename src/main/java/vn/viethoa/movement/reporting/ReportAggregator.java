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
    return aggregate(year, expected, latest, null);
  }

  /**
   * As above; {@code surveys}: the year's satisfaction surveys of the service centre (movement
   * records), whose respondent-weighted rate is the ward's satisfaction figure when there are any.
   */
  public WardAggregate aggregate(int year, List<Unit> expected, List<StoredReport> latest, SurveyFigure surveys) {
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
      // the Front is not scored against the Committee's collective targets: no verdict at all
      if (unit.underCommittee()) {
        staffMet = meets(rate(report.count(ReportField.STAFF_PROFICIENT), report.count(ReportField.STAFF_TOTAL)),
            targets.staffProficiencyRate());
        initiativeMet = report.count(ReportField.INITIATIVES) >= targets.initiativesPerUnit();
      } else if (unit.kind() == UnitKind.RESIDENTIAL_GROUP) {
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
    // staff figures of the units under the Committee only: an old report of the Front (the Committee's form
    // before it had its own) must not weigh in the staff rate
    List<StoredReport> committee = counted.stream()
        .filter(r -> expected.stream().anyMatch(u -> u.id().equals(r.unitId()) && u.underCommittee())).toList();
    for (ReportField staff : List.of(ReportField.STAFF_TOTAL, ReportField.STAFF_PROFICIENT, ReportField.INITIATIVES)) {
      totals.put(staff, committee.stream().mapToLong(r -> r.count(staff)).sum());
    }
    long households = totals.get(ReportField.HOUSEHOLDS_TOTAL);
    BigDecimal reportedSatisfaction = average(committee, ReportField.SATISFACTION_RATE);
    return new WardAggregate(year, statuses, totals,
        rate(totals.get(ReportField.STAFF_PROFICIENT), totals.get(ReportField.STAFF_TOTAL)),
        rate(totals.get(ReportField.HOUSEHOLDS_DIGITAL_ADDRESS), households),
        rate(totals.get(ReportField.HOUSEHOLDS_ONLINE_SERVICES), households),
        rate(totals.get(ReportField.HOUSEHOLDS_CASHLESS), households),
        rate(totals.get(ReportField.HOUSEHOLDS_WASTE_SORTING), households),
        rate(totals.get(ReportField.HOUSEHOLDS_SKILLS_CLASSES), households),
        average(committee, ReportField.DOSSIERS_ON_TIME_RATE),
        average(committee, ReportField.DOSSIERS_ONLINE_RATE),
        surveys != null && surveys.rate() != null ? surveys.rate() : reportedSatisfaction,
        targets, reportedSatisfaction, surveys);
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
