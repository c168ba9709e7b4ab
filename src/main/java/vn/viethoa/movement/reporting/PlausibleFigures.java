package vn.viethoa.movement.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.viethoa.movement.validation.Violations;

/**
 * What a figure of one unit's annual report can plausibly be (docs/reporting.md): a ceiling per
 * figure with the reason an official reads when it is exceeded (refused), and a jump against the
 * unit's previous version or previous year that needs an explanation ("Giải trình số liệu") before
 * it is accepted. A typo of a few zeros then never reaches the report to the city.
 *
 * @param ceilings form key → the largest plausible value for one unit and year, and why
 * @param jumpFactor a figure this many times larger (or smaller) than before is a jump
 * @param jumpMinimum differences smaller than this never count as a jump (3 → 12 trees is normal)
 */
@ConfigurationProperties("movement.reporting.plausible")
public record PlausibleFigures(Map<String, Ceiling> ceilings, int jumpFactor, long jumpMinimum) {

  public static final String NOTE = "figuresNote";
  public static final String NOTE_LABEL = "Giải trình số liệu";
  public static final int NOTE_MAX = 2000;

  /** The ceiling of one figure and the reason for it, in Vietnamese. */
  public record Ceiling(long max, String reason) {}

  public PlausibleFigures {
    ceilings = ceilings == null ? Map.of() : Map.copyOf(ceilings);
    jumpFactor = jumpFactor <= 1 ? 10 : jumpFactor;
    jumpMinimum = Math.max(0, jumpMinimum);
  }

  /** Refuses every figure above its ceiling, naming the figure, the value, the ceiling and why. */
  public void checkCeilings(Map<ReportField, Object> values, Violations violations) {
    for (var entry : values.entrySet()) {
      Ceiling ceiling = ceilings.get(entry.getKey().key());
      if (ceiling != null && entry.getValue() instanceof Number n && n.longValue() > ceiling.max()) {
        violations.add("“" + entry.getKey().label() + "” = " + grouped(n.longValue()) + " vượt mức hợp lý của một đơn vị trong một năm (tối đa "
            + grouped(ceiling.max()) + (ceiling.reason() == null || ceiling.reason().isBlank() ? "" : ": " + ceiling.reason())
            + "). Đề nghị kiểm tra lại số liệu.");
      }
    }
  }

  /** Figures that jumped against the earlier report, as "label: before → now" lines; empty when none. */
  public List<String> jumps(Map<ReportField, Object> values, StoredReport earlier) {
    List<String> jumps = new ArrayList<>();
    if (earlier == null) {
      return jumps;
    }
    for (var entry : values.entrySet()) {
      ReportField field = entry.getKey();
      if (field.kind() != ReportField.Kind.COUNT || !(entry.getValue() instanceof Number now) || !earlier.has(field)) {
        continue;
      }
      long before = earlier.count(field);
      long after = now.longValue();
      long low = Math.min(before, after);
      long high = Math.max(before, after);
      if (high - low >= jumpMinimum && high > (long) jumpFactor * Math.max(low, 1)) {
        jumps.add("“" + field.label() + "” " + grouped(before) + " → " + grouped(after));
      }
    }
    return jumps;
  }

  static String grouped(long value) {
    // Vietnamese groups thousands with dots: 100.000
    return String.format(java.util.Locale.GERMANY, "%,d", value);
  }

  static String grouped(BigDecimal value) {
    return grouped(value.longValue());
  }
}
