package vn.viethoa.movement.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A year's figures as CSV (UTF-8 with BOM; RFC 4180, or for Excel in Vietnamese settings) and as an Excel workbook. */
public final class ExportWriters {

  private ExportWriters() {}

  /**
   * How the cells of a CSV are separated and how decimals are written. {@code RFC_4180}: comma and
   * decimal point, what programs read. {@code EXCEL_VI}: what Excel expects when Windows is set to
   * Vietnamese regional settings (list separator ";" and decimal comma), so the file opens into
   * columns with numbers as numbers on a double click; a comma-separated file would open as one
   * column there.
   */
  public enum CsvDialect {
    RFC_4180(',', '.'),
    EXCEL_VI(';', ',');

    final char separator;
    final char decimal;

    CsvDialect(char separator, char decimal) {
      this.separator = separator;
      this.decimal = decimal;
    }
  }

  /**
   * Comma-separated, CRLF, quoted where needed, decimals with a point; a UTF-8 byte order mark so
   * Excel shows Vietnamese. Text that a spreadsheet would take for a formula (= + - @) is prefixed
   * with an apostrophe.
   */
  public static byte[] csv(YearFigures f) {
    return csv(f, CsvDialect.RFC_4180);
  }

  /** The same rows in the given dialect (always UTF-8 with a byte order mark and CRLF). */
  public static byte[] csv(YearFigures f, CsvDialect dialect) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, f.header().stream().map(h -> (Object) h).toList(), dialect);
    f.rows().forEach(r -> line(out, r, dialect));
    line(out, f.totals(), dialect);
    out.append("\r\n");
    line(out, List.of("Chỉ số toàn phường năm " + f.year(), "Kết quả", "Chỉ tiêu"), dialect);
    f.rates().forEach(r -> line(out, java.util.Arrays.asList(r.label(), r.value(), r.target()), dialect));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The year's permanent records (one row each), in the same CSV conventions as the figures. */
  public static byte[] recordsCsv(YearFigures f) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, YearFigures.RECORD_COLUMNS.stream().map(h -> (Object) h).toList(), CsvDialect.RFC_4180);
    f.records().forEach(r -> line(out, r, CsvDialect.RFC_4180));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, List<Object> cells, CsvDialect dialect) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(dialect.separator);
      }
      out.append(csvCell(cells.get(i), dialect));
    }
    out.append("\r\n");
  }

  static String csvCell(Object value) {
    return csvCell(value, CsvDialect.RFC_4180);
  }

  static String csvCell(Object value, CsvDialect dialect) {
    if (value == null) {
      return "";
    }
    String s = value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString().replace('.', dialect.decimal) : value.toString();
    if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(dialect.separator) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /**
   * Sheet "Số liệu năm N" (a row per unit, the ward's totals in bold), sheet "Chỉ số toàn phường",
   * sheet "Hồ sơ phong trào năm N" (the year's permanent records).
   */
  public static byte[] xlsx(YearFigures f) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle headerStyle = wb.createCellStyle();
      headerStyle.setFont(bold);
      headerStyle.setWrapText(true);
      CellStyle totalStyle = wb.createCellStyle();
      totalStyle.setFont(bold);
      CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.0#"));

      Sheet sheet = wb.createSheet("Số liệu năm " + f.year());
      write(sheet.createRow(0), f.header().stream().map(h -> (Object) h).toList(), headerStyle, decimal);
      int r = 1;
      for (List<Object> row : f.rows()) {
        write(sheet.createRow(r++), row, null, decimal);
      }
      write(sheet.createRow(r), f.totals(), totalStyle, decimal);
      sheet.createFreezePane(2, 1);
      sheet.setColumnWidth(1, 40 * 256);
      for (int c = 2; c < f.header().size(); c++) {
        sheet.setColumnWidth(c, 18 * 256);
      }

      Sheet rates = wb.createSheet("Chỉ số toàn phường");
      write(rates.createRow(0), List.of("Chỉ số toàn phường năm " + f.year(), "Kết quả", "Chỉ tiêu"), headerStyle, decimal);
      int i = 1;
      for (YearFigures.Rate rate : f.rates()) {
        write(rates.createRow(i++), java.util.Arrays.asList(rate.label(), rate.value(), rate.target()), null, decimal);
      }
      rates.setColumnWidth(0, 70 * 256);

      Sheet records = wb.createSheet("Hồ sơ phong trào năm " + f.year());
      write(records.createRow(0), YearFigures.RECORD_COLUMNS.stream().map(h -> (Object) h).toList(), headerStyle, decimal);
      int k = 1;
      for (List<Object> row : f.records()) {
        write(records.createRow(k++), row, null, decimal);
      }
      records.createFreezePane(0, 1);
      records.setColumnWidth(1, 40 * 256);
      records.setColumnWidth(4, 30 * 256);
      records.setColumnWidth(5, 60 * 256);
      records.setColumnWidth(6, 40 * 256);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<Object> cells, CellStyle style, CellStyle decimal) {
    for (int c = 0; c < cells.size(); c++) {
      Object v = cells.get(c);
      Cell cell = row.createCell(c);
      if (v instanceof BigDecimal b) {
        cell.setCellValue(b.doubleValue());
        cell.setCellStyle(decimal);
      } else if (v instanceof Number n) {
        cell.setCellValue(n.longValue());
      } else if (v != null) {
        cell.setCellValue(v.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }
}
