package vn.viethoa.movement.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.lifecycle.MovementRecords;
import vn.viethoa.movement.reporting.AnnualReportService;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.StoredReport;
import vn.viethoa.movement.reporting.WardAggregate;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** The city's exports carry exactly the stored figures: every field per unit and group, the ward's totals and rates. */
@MovementTest
class ExportsTest extends ReportingScenario {

  @LocalServerPort int port;
  @Autowired ReportRepository reports;
  @Autowired AnnualReportService service;
  Http http;

  @Autowired MovementRecords records;

  @BeforeEach
  void aYearWithReports() {
    http = new Http(port);
    jdbc.update("delete from movement_record");
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    Map<String, Object> kthtdt = unitReport(10, 2);
    kthtdt.put("satisfactionRate", 92.5);
    kthtdt.put("results", "=HYPERLINK(\"http://x\") và, \"trích dẫn\"\nhai dòng");
    report(year, "kthtdt", kthtdt);
    report(year, "mttq", frontReport());
    report(year, "tdp-01", residentialReport(40, 40));
    report(year, "tdp-02", residentialReport(60, 50));
  }

  /** RFC 4180 reader, enough for the test. */
  static List<List<String>> parseCsv(String text) {
    return parseCsv(text, ',');
  }

  /** RFC 4180 reader with the given separator (";" for Excel in Vietnamese settings). */
  static List<List<String>> parseCsv(String text, char separator) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        // part of CRLF
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  static String expected(ReportField field, Object value) {
    if (value == null) {
      return "";
    }
    return switch (field.kind()) {
      case COUNT -> value.toString();
      case PERCENT -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
      case BOOLEAN -> Boolean.TRUE.equals(value) ? "Có" : "Không";
      case TEXT -> value.toString().startsWith("=") ? "'" + value : value.toString();
    };
  }

  @Test
  void theCsvHasEveryFieldOfEveryUnitAndGroupTheTotalsAndTheRates() {
    Http.Binary response = http.getBytes("/api/exports/2026.csv", "canbo.vhxh", "demo");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("text/csv");
    assertThat(response.header("Content-Disposition")).contains("so-lieu-phong-trao-2026.csv");
    assertThat(response.body()[0] & 0xFF).isEqualTo(0xEF); // UTF-8 BOM for Excel
    assertThat(response.body()[1] & 0xFF).isEqualTo(0xBB);
    assertThat(response.body()[2] & 0xFF).isEqualTo(0xBF);
    List<List<String>> rows = parseCsv(new String(response.body(), StandardCharsets.UTF_8).substring(1));

    List<String> header = rows.get(0);
    assertThat(header.subList(0, 7)).containsExactly("Mã", "Đơn vị, tổ dân phố", "Loại", "Tình trạng", "Lần gửi", "Thời điểm gửi", "Người gửi");
    assertThat(header.subList(7, header.size())).containsExactlyElementsOf(
        java.util.Arrays.stream(ReportField.values()).map(ReportField::label).toList());
    assertThat(rows.subList(1, 27)).extracting(r -> r.get(0)).contains("vp", "kthtdt", "mttq", "tdp-01", "tdp-20");

    for (StoredReport stored : reports.latest(2026)) {
      List<String> row = rows.stream().filter(r -> r.get(0).equals(stored.unitId())).findFirst().orElseThrow();
      assertThat(row.get(1)).isEqualTo(stored.unitName());
      assertThat(row.get(4)).isEqualTo(String.valueOf(stored.version()));
      assertThat(row.get(6)).isEqualTo(stored.submittedBy());
      for (ReportField field : ReportField.values()) {
        assertThat(row.get(7 + field.ordinal())).as(stored.unitId() + " " + field).isEqualTo(expected(field, stored.values().get(field)));
      }
    }
    List<String> vp = rows.stream().filter(r -> r.get(0).equals("vp")).findFirst().orElseThrow();
    assertThat(vp.get(3)).isEqualTo("Chưa báo cáo");
    assertThat(vp.subList(7, vp.size())).allMatch(String::isEmpty);

    WardAggregate a = service.aggregate(2026);
    List<String> totals = rows.get(27);
    assertThat(totals.get(1)).isEqualTo("Tổng cộng toàn phường");
    // the Front's report is a request for cooperation: not among the 25 reports owed by 30/11
    assertThat(totals.get(3)).isEqualTo("Đã báo cáo 3/25");
    assertThat(rows.stream().filter(r -> r.get(0).equals("mttq")).findFirst().orElseThrow().get(2))
        .isEqualTo("Mặt trận (đề nghị phối hợp)");
    for (ReportField field : ReportField.values()) {
      if (field.kind() == ReportField.Kind.COUNT) {
        assertThat(totals.get(7 + field.ordinal())).as(field.name()).isEqualTo(String.valueOf(a.total(field)));
      }
    }
    assertThat(totals.get(7 + ReportField.SATISFACTION_RATE.ordinal())).isEqualTo("92.5");
    assertThat(totals.get(7 + ReportField.TASKS_COMPLETED_WELL.ordinal())).isEqualTo("1/1");

    assertThat(rows.get(28)).containsExactly("");
    assertThat(rows.get(29)).containsExactly("Chỉ số toàn phường năm 2026", "Kết quả", "Chỉ tiêu");
    assertThat(rows.get(30)).containsExactly("Tỷ lệ hộ có địa chỉ số (%)", "90", "100");
    assertThat(rows.get(31)).containsExactly("Tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (%)", "100", "100");
    assertThat(rows.get(38)).containsExactly("Tỷ lệ người dân, tổ chức hài lòng (%) — trung bình các đơn vị", "92.5", "");
  }

  /**
   * Excel on a computer set to Vietnamese regional settings splits a CSV on ";" and reads "92,5" as
   * a number: the variant gives it that, with the BOM so the diacritics show, and the same figures.
   */
  @Test
  void theCsvForExcelInVietnameseSettingsIsSeparatedBySemicolonsWithDecimalCommas() {
    Http.Binary response = http.getBytes("/api/exports/2026.csv?variant=excel-vi", "canbo.vhxh", "demo");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("text/csv");
    assertThat(response.header("Content-Disposition")).contains("so-lieu-phong-trao-2026-excel.csv");
    assertThat(java.util.Arrays.copyOf(response.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(response.body(), StandardCharsets.UTF_8).substring(1);
    List<List<String>> rows = parseCsv(text, ';');
    List<List<String>> plain = parseCsv(new String(http.getBytes("/api/exports/2026.csv", "canbo.vhxh", "demo").body(),
        StandardCharsets.UTF_8).substring(1));

    assertThat(text.split("\r\n")[0]).startsWith("Mã;Đơn vị, tổ dân phố;Loại;");
    assertThat(rows).hasSameSizeAs(plain);
    List<String> kthtdt = rows.stream().filter(r -> r.get(0).equals("kthtdt")).findFirst().orElseThrow();
    assertThat(kthtdt.get(7 + ReportField.SATISFACTION_RATE.ordinal())).isEqualTo("92,5");
    assertThat(kthtdt.get(7 + ReportField.INITIATIVES.ordinal())).isEqualTo("2");
    // a text with commas, quotes and a line break stays one cell; a formula stays text
    assertThat(kthtdt.get(7 + ReportField.RESULTS.ordinal())).isEqualTo("'=HYPERLINK(\"http://x\") và, \"trích dẫn\"\nhai dòng");
    for (int r = 0; r < rows.size(); r++) {
      assertThat(rows.get(r)).as("row " + r).hasSameSizeAs(plain.get(r));
      for (int c = 0; c < rows.get(r).size(); c++) {
        assertThat(rows.get(r).get(c)).as("row " + r + ", column " + c).isEqualTo(plain.get(r).get(c).matches("-?\\d+\\.\\d+")
            ? plain.get(r).get(c).replace('.', ',') : plain.get(r).get(c));
      }
    }
    assertThat(http.getBytes("/api/exports/2026.csv?variant=tab", "canbo.vhxh", "demo").status()).isEqualTo(400);
  }

  @Test
  void theWorkbookHoldsTheSameFiguresAsNumbers() throws Exception {
    Http.Binary response = http.getBytes("/api/exports/2026.xlsx", "chutich", "demo");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      Sheet sheet = wb.getSheet("Số liệu năm 2026");
      assertThat(sheet.getRow(0).getCell(7 + ReportField.INITIATIVES.ordinal()).getStringCellValue())
          .isEqualTo(ReportField.INITIATIVES.label());
      Row kthtdt = null;
      for (Row row : sheet) {
        if (row.getCell(0) != null && "kthtdt".equals(row.getCell(0).getStringCellValue())) {
          kthtdt = row;
        }
      }
      assertThat(kthtdt).isNotNull();
      Cell initiatives = kthtdt.getCell(7 + ReportField.INITIATIVES.ordinal());
      assertThat(initiatives.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(initiatives.getNumericCellValue()).isEqualTo(2.0);
      assertThat(kthtdt.getCell(7 + ReportField.SATISFACTION_RATE.ordinal()).getNumericCellValue()).isEqualTo(92.5);
      assertThat(kthtdt.getCell(7 + ReportField.RESULTS.ordinal()).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(kthtdt.getCell(7 + ReportField.RESULTS.ordinal()).getCellType()).isEqualTo(CellType.STRING);
      Row totals = sheet.getRow(27);
      assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng toàn phường");
      assertThat(totals.getCell(7 + ReportField.HOUSEHOLDS_TOTAL.ordinal()).getNumericCellValue()).isEqualTo(100.0);
      assertThat(totals.getCell(7 + ReportField.TRAINING_PARTICIPANTS.ordinal()).getNumericCellValue()).isEqualTo(120.0);
      Sheet rates = wb.getSheet("Chỉ số toàn phường");
      assertThat(rates.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tỷ lệ hộ có địa chỉ số (%)");
      assertThat(rates.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(90.0);
      assertThat(rates.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(100.0);
    }
  }

  @Test
  void theYearsPermanentRecordsAreExportedAndTheSurveysMakeTheSatisfactionFigure() throws Exception {
    records.insert(MovementRecords.Kind.satisfaction_survey, "6 tháng đầu năm 2026", 2026, "ttpvhcc", "Khảo sát 300 phiếu", null,
        300L, new BigDecimal("90.0"), false, null, "canbo.ttpvhcc", OffsetDateTime.parse("2026-07-10T10:00:00+07:00"));
    records.insert(MovementRecords.Kind.satisfaction_survey, "6 tháng cuối năm 2026", 2026, "ttpvhcc", "Khảo sát 100 phiếu",
        "Người cao tuổi cần hướng dẫn thêm.", 100L, new BigDecimal("70.0"), false, null, "canbo.ttpvhcc",
        OffsetDateTime.parse("2026-11-20T10:00:00+07:00"));
    records.insert(MovementRecords.Kind.supervision_report, "6 tháng cuối năm 2026", 2026, "mttq", "Các tổ triển khai đúng kế hoạch.",
        "=Thiếu người hướng dẫn", null, null, true, null, "canbo.mttq", OffsetDateTime.parse("2026-11-25T10:00:00+07:00"));
    // filed in the next year: not in 2026's export
    records.insert(MovementRecords.Kind.residential_report, "quý IV/2026", 2026, "tdp-01", "Đã phổ biến.", null, null, null, false,
        null, "totruong.01", OffsetDateTime.parse("2027-01-05T10:00:00+07:00"));

    Http.Binary csv = http.getBytes("/api/exports/2026/records.csv", "canbo.vhxh", "demo");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition")).contains("ho-so-phong-trao-2026.csv");
    List<List<String>> rows = parseCsv(new String(csv.body(), StandardCharsets.UTF_8).substring(1));
    assertThat(rows.get(0)).containsExactlyElementsOf(YearFigures.RECORD_COLUMNS);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1).subList(1, 10)).containsExactly("Khảo sát sự hài lòng của người dân, tổ chức", "6 tháng đầu năm 2026",
        "ttpvhcc", "Trung tâm Phục vụ hành chính công", "Khảo sát 300 phiếu", "", "300", "90", "");
    assertThat(rows.get(3).subList(1, 10)).containsExactly("Báo cáo giám sát của Mặt trận Tổ quốc", "6 tháng cuối năm 2026",
        "mttq", "Mặt trận Tổ quốc và các đoàn thể", "Các tổ triển khai đúng kế hoạch.", "'=Thiếu người hướng dẫn", "", "", "Có");
    assertThat(rows.get(3).get(12)).isEqualTo("10:00 ngày 25/11/2026");

    // the centre's surveys weigh by respondents: (300 × 90 + 100 × 70) / 400 = 85, instead of the units' 92,5
    WardAggregate a = service.aggregate(2026);
    assertThat(a.satisfactionRate()).isEqualByComparingTo("85.0");
    assertThat(a.reportedSatisfactionRate()).isEqualByComparingTo("92.5");

    Http.Binary xlsx = http.getBytes("/api/exports/2026.xlsx", "chutich", "demo");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = wb.getSheet("Hồ sơ phong trào năm 2026");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(300.0);
      assertThat(sheet.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(90.0);
      Sheet rates = wb.getSheet("Chỉ số toàn phường");
      assertThat(rates.getRow(9).getCell(0).getStringCellValue())
          .isEqualTo("Tỷ lệ người dân, tổ chức hài lòng (%) — theo 2 đợt khảo sát của Trung tâm Phục vụ hành chính công (400 phiếu)");
      assertThat(rates.getRow(9).getCell(1).getNumericCellValue()).isEqualTo(85.0);
    }
    assertThat(http.getBytes("/api/exports/2026/records.csv", "canbo.kthtdt", "demo").status()).isEqualTo(403);
  }

  @Test
  void onlyTheLeadUnitLeadershipAndAdministratorsExport() {
    assertThat(http.getBytes("/api/exports/2026.csv", "canbo.kthtdt", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes("/api/exports/2026.xlsx", "totruong.01", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes("/api/exports/2026.xlsx", "hoidong.01", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes("/api/exports/2026.csv", null, null).status()).isEqualTo(401);
    assertThat(http.getBytes("/api/exports/2026.csv", "admin", "test-admin").status()).isEqualTo(200);
    assertThat(http.getBytes("/api/exports/2040.csv", "admin", "test-admin").status()).isEqualTo(404);
  }
}
