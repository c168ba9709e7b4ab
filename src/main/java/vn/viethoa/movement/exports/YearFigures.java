package vn.viethoa.movement.exports;

import java.util.List;

/**
 * A year's figures as the city receives them: one row per unit and residential group with every
 * report field, the ward's totals, and the ward's rates against the plan's targets. Cells hold
 * Long, BigDecimal, String or null.
 */
public record YearFigures(int year, List<String> header, List<List<Object>> rows, List<Object> totals, List<Rate> rates) {

  /** A ward-wide rate (percent) and its target, if the plan sets one. */
  public record Rate(String label, Object value, Object target) {}

  /** Columns before the report fields. */
  public static final List<String> LEADING = List.of("Mã", "Đơn vị, tổ dân phố", "Loại", "Tình trạng", "Lần gửi",
      "Thời điểm gửi", "Người gửi");
}
