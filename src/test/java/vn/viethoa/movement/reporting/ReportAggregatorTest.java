package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;

/** The aggregation rules of docs/reporting.md, without an engine. */
class ReportAggregatorTest {

  final ReportAggregator aggregator = new ReportAggregator(new PlanTargets(BigDecimal.valueOf(100), BigDecimal.valueOf(100), 1));
  final Unit office = new Unit("vp", "Văn phòng", UnitKind.UNIT, true, false, true);
  final Unit centre = new Unit("ttpvhcc", "Trung tâm", UnitKind.UNIT, true, false, false);
  final Unit front = new Unit("mttq", "Mặt trận", UnitKind.UNIT, true, false, false);
  final Unit group1 = new Unit("tdp-01", "Tổ 1", UnitKind.RESIDENTIAL_GROUP, true, false, false);
  final Unit group2 = new Unit("tdp-02", "Tổ 2", UnitKind.RESIDENTIAL_GROUP, true, false, false);

  static StoredReport report(Unit unit, boolean late, Map<ReportField, Object> values) {
    return new StoredReport(1, 2026, unit.id(), unit.name(), unit.kind(), 1, "x", OffsetDateTime.now(), late,
        new EnumMap<>(values), List.of());
  }

  @Test
  void householdRatesAreSumsOverSumsAndTheStaffRateIsProficientOverAllStaff() {
    var reports = List.of(
        report(office, false, Map.of(ReportField.STAFF_TOTAL, 10L, ReportField.STAFF_PROFICIENT, 10L, ReportField.INITIATIVES, 1L)),
        report(centre, true, Map.of(ReportField.STAFF_TOTAL, 30L, ReportField.STAFF_PROFICIENT, 27L, ReportField.INITIATIVES, 0L,
            ReportField.SATISFACTION_RATE, new BigDecimal("96.5"), ReportField.DOSSIERS_ON_TIME_RATE, new BigDecimal("99"))),
        report(group1, false, Map.of(ReportField.HOUSEHOLDS_TOTAL, 200L, ReportField.HOUSEHOLDS_DIGITAL_ADDRESS, 200L)),
        report(group2, false, Map.of(ReportField.HOUSEHOLDS_TOTAL, 100L, ReportField.HOUSEHOLDS_DIGITAL_ADDRESS, 70L)));

    WardAggregate a = aggregator.aggregate(2026, List.of(office, centre, front, group1, group2), reports);

    assertThat(a.expected()).isEqualTo(5);
    assertThat(a.reported()).isEqualTo(4);
    assertThat(a.staffProficiencyRate()).isEqualByComparingTo("92.5"); // 37 / 40
    assertThat(a.householdsDigitalAddressRate()).isEqualByComparingTo("90.0"); // 270 / 300, not the mean of 100 and 70
    assertThat(a.satisfactionRate()).isEqualByComparingTo("96.5"); // only the centre reported it
    assertThat(a.total(ReportField.INITIATIVES)).isEqualTo(1);
    assertThat(a.inState(UnitStatus.State.LATE)).extracting(s -> s.unit().id()).containsExactly("ttpvhcc");
    assertThat(a.inState(UnitStatus.State.MISSING)).extracting(s -> s.unit().id()).containsExactly("mttq");
    UnitStatus centreStatus = a.units().get(1);
    assertThat(centreStatus.staffTargetMet()).isFalse();
    assertThat(centreStatus.initiativeTargetMet()).isFalse();
    assertThat(a.units().get(0).staffTargetMet()).isTrue();
    assertThat(a.units().get(4).digitalAddressTargetMet()).isFalse();
  }

  @Test
  void aYearWithoutReportsHasNoRatesRatherThanZero() {
    WardAggregate a = aggregator.aggregate(2027, List.of(office, group1), List.of());
    assertThat(a.reported()).isZero();
    assertThat(a.householdsDigitalAddressRate()).isNull();
    assertThat(new SummaryFormatter().ward(a, java.time.ZonedDateTime.parse("2027-11-30T17:00:00+07:00[Asia/Ho_Chi_Minh]")))
        .contains("Hộ gia đình có địa chỉ số: chưa có số liệu")
        .contains("**Chưa báo cáo:** Văn phòng, Tổ 1.");
  }
}
