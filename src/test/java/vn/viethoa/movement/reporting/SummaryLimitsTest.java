package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.validation.SummaryLimits;
import vn.viethoa.movement.validation.VariableText;

/**
 * A ward of 400 residential groups: the forms' summaries, computed from the stored reports, show
 * every count and the first entries of each list, link to the whole list, and stay within a string
 * variable's limit without being cut; the page the link opens has every group.
 */
class SummaryLimitsTest {

  final ReportAggregator aggregator = new ReportAggregator(new PlanTargets(BigDecimal.valueOf(100), BigDecimal.valueOf(100), 1));
  final SummaryFormatter formatter = new SummaryFormatter(new SummaryLimits(20, 10));
  final ZonedDateTime asOf = ZonedDateTime.parse("2027-12-01T09:00:00+07:00[Asia/Ho_Chi_Minh]");

  @Test
  void aWardOf400GroupsHalfLateAQuarterBelowTargetAQuarterMissingStaysWithinTheLimitAndLinksToTheWholeList() {
    List<Unit> units = new ArrayList<>(List.of(new Unit("vp", "Văn phòng HĐND và UBND phường", UnitKind.UNIT, true, false, true),
        new Unit("mttq", "Mặt trận Tổ quốc và các đoàn thể", UnitKind.UNIT, true, false, false, true)));
    IntStream.rangeClosed(1, 400).forEach(n -> units.add(
        new Unit(String.format("tdp-%03d", n), "Tổ dân phố số " + n, UnitKind.RESIDENTIAL_GROUP, true, false, false)));
    List<StoredReport> reports = new ArrayList<>();
    for (int n = 1; n <= 300; n++) {
      Unit group = units.get(n + 1);
      reports.add(new StoredReport(n, 2027, group.id(), group.name(), group.kind(), 1, "x", OffsetDateTime.now(), n % 2 == 0,
          new EnumMap<>(Map.of(ReportField.HOUSEHOLDS_TOTAL, 100L, ReportField.HOUSEHOLDS_DIGITAL_ADDRESS, n <= 100 ? 90L : 100L)),
          List.of()));
    }
    WardAggregate a = aggregator.aggregate(2027, units, reports);

    String ward = formatter.ward(a, asOf);
    assertThat(ward.length()).isLessThan(VariableText.MAX);
    assertThat(VariableText.fit(ward, "cut")).isEqualTo(ward);
    assertThat(ward).contains("Đã báo cáo **300/401**")
        .contains("- Tổ dân phố số 20: chưa 100% hộ có địa chỉ số\n- … và 80 đơn vị, tổ dân phố khác "
            + "([xem danh sách đầy đủ](/api/reports/2027/summary)).")
        .contains("**Báo cáo muộn:** Tổ dân phố số 2, Tổ dân phố số 4")
        .contains("… và 130 đơn vị, tổ dân phố khác ([xem danh sách đầy đủ](/api/reports/2027/summary)).")
        .contains("**Chưa báo cáo:** Văn phòng HĐND và UBND phường, Tổ dân phố số 301")
        .contains("… và 81 đơn vị, tổ dân phố khác")
        .contains("**Đề nghị phối hợp — Mặt trận Tổ quốc và các đoàn thể:** chưa gửi báo cáo phối hợp.");

    String whole = formatter.wardInFull(a, asOf);
    assertThat(whole).contains("Tổ dân phố số 400.").contains("- Tổ dân phố số 100: chưa 100% hộ có địa chỉ số")
        .doesNotContain("xem danh sách đầy đủ");

    String residential = formatter.residential(a);
    assertThat(residential.length()).isLessThan(VariableText.MAX);
    assertThat(residential).contains("Đã nhận 300/400 báo cáo").contains("… và 80 đơn vị, tổ dân phố khác");
    assertThat(formatter.residentialInFull(a)).contains("Tổ dân phố số 400.");
  }
}
