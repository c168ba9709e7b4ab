package vn.viethoa.movement.exports;

import java.util.List;

/**
 * A year's figures as the city receives them: one row per unit and residential group with every
 * report field, the ward's totals, and the ward's rates against the plan's targets. Cells hold
 * Long, BigDecimal, String or null.
 */
public record YearFigures(int year, List<String> header, List<List<Object>> rows, List<Object> totals, List<Rate> rates,
    List<List<Object>> records) {

  public YearFigures(int year, List<String> header, List<List<Object>> rows, List<Object> totals, List<Rate> rates) {
    this(year, header, rows, totals, rates, List.of());
  }

  /**
   * Columns of the year's permanent records of the movement (table {@code movement_record}):
   * periodic reports of residential groups and their compilation, satisfaction surveys, the Front's
   * supervision reports, the reviews' assessments.
   */
  public static final List<String> RECORD_COLUMNS = List.of("Số", "Loại hồ sơ", "Kỳ", "Mã đơn vị", "Đơn vị, tổ dân phố",
      "Nội dung", "Chi tiết, khó khăn", "Số phiếu khảo sát", "Tỷ lệ hài lòng (%)", "Đề nghị điều chỉnh kế hoạch",
      "Mã quy trình điều chỉnh", "Người gửi", "Thời điểm gửi");


  /** A ward-wide rate (percent) and its target, if the plan sets one. */
  public record Rate(String label, Object value, Object target) {}

  /** Columns before the report fields. */
  public static final List<String> LEADING = List.of("Mã", "Đơn vị, tổ dân phố", "Loại", "Tình trạng", "Lần gửi",
      "Thời điểm gửi", "Người gửi");
}
