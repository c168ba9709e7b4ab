package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.validation.Violations;

/** A typo of a few zeros is caught; an ordinary year-on-year change is not. */
class PlausibleFiguresTest {

  final PlausibleFigures plausible = new PlausibleFigures(
      Map.of("treesPlanted", new PlausibleFigures.Ceiling(20_000, "diện tích của phường")), 10, 100);

  @Test
  void aFigureAboveItsCeilingIsRefusedWithTheReason() {
    Violations violations = new Violations();
    plausible.checkCeilings(Map.of(ReportField.TREES_PLANTED, 20_001L, ReportField.INITIATIVES, 5_000L), violations);
    assertThat(violations.messages()).containsExactly("“Số cây xanh trồng mới” = 20.001 vượt mức hợp lý của một đơn vị "
        + "trong một năm (tối đa 20.000: diện tích của phường). Đề nghị kiểm tra lại số liệu.");
    Violations atTheCeiling = new Violations();
    plausible.checkCeilings(Map.of(ReportField.TREES_PLANTED, 20_000L), atTheCeiling);
    assertThat(atTheCeiling.isEmpty()).isTrue();
  }

  @Test
  void aJumpUpOrDownIsNamedSmallOrOrdinaryChangesAreNot() {
    StoredReport before = stored(Map.of(ReportField.TREES_PLANTED, 150L, ReportField.TRAININGS_HELD, 3L,
        ReportField.ARTICLES_PUBLISHED, 2_000L, ReportField.INITIATIVES, 4L));
    Map<ReportField, Object> now = new EnumMap<>(ReportField.class);
    now.put(ReportField.TREES_PLANTED, 9_000L);     // 60 times: a jump
    now.put(ReportField.TRAININGS_HELD, 40L);       // 13 times, but only 37 more: ordinary
    now.put(ReportField.ARTICLES_PUBLISHED, 20L);   // a hundredth: a jump down
    now.put(ReportField.INITIATIVES, 12L);          // three times: ordinary
    now.put(ReportField.CLEANUP_CAMPAIGNS, 900L);   // nothing to compare with
    // in the order of the form
    assertThat(plausible.jumps(now, before)).containsExactly(
        "“Số tin, bài tuyên truyền về phong trào” 2.000 → 20", "“Số cây xanh trồng mới” 150 → 9.000");
    assertThat(plausible.jumps(now, null)).isEmpty();
  }

  private static StoredReport stored(Map<ReportField, Object> values) {
    return new StoredReport(1, 2025, "kthtdt", "Phòng Kinh tế, Hạ tầng và Đô thị", UnitKind.UNIT, 1, "canbo.kthtdt",
        OffsetDateTime.parse("2025-11-20T10:00:00+07:00"), false, values, List.of());
  }
}
