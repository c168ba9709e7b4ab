package vn.viethoa.movement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.Docx;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** The ward's annual report as officials download it from the aggregation and approval tasks. */
@MovementTest
class AnnualReportDocumentTest extends ReportingScenario {

  static final String URL = "/api/documents/annual-report/2026.docx";

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired AnnualReportDocument annualReport;
  Http http;
  ProcessInstance year;

  @BeforeEach
  void aYearWithSomeReports() {
    http = new Http(port);
    clockAt("2026-11-26T09:00:00+07:00");
    year = openYear(2026);
    report(year, "kthtdt", unitReport(10, 2));
    report(year, "ttdvsnc", unitReport(8, 0));
    report(year, "tdp-01", residentialReport(40, 40));
    clockAt("2026-12-01T09:00:00+07:00");
    report(year, "tdp-02", residentialReport(60, 50));
    executeDueJobs(year.getId());
  }

  Docx download(String user) {
    return download(URL, user, "bao-cao-nam-2026.docx");
  }

  /** The ward's internal version, with the units' reporting compliance. */
  Docx downloadInternal(String user) {
    return download("/api/documents/annual-report/internal/2026.docx", user, "bao-cao-nam-noi-bo-2026.docx");
  }

  Docx download(String url, String user, String fileName) {
    Http.Binary response = http.getBytes(url, user, "demo");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(response.header("Content-Disposition")).contains("attachment").contains(fileName);
    return new Docx(response.body());
  }

  @Test
  void theReportCarriesTheNd30HeaderPageAndSignatureBlock() throws Exception {
    try (Docx docx = download("canbo.vhxh")) {
      var sect = docx.doc.getDocument().getBody().getSectPr();
      assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
      assertThat(((BigInteger) sect.getPgMar().getTop()).intValue()).isBetween(1134, 1418); // 20–25 mm
      assertThat(((BigInteger) sect.getPgMar().getBottom()).intValue()).isBetween(1134, 1418);
      assertThat(((BigInteger) sect.getPgMar().getLeft()).intValue()).isBetween(1701, 1985); // 30–35 mm
      assertThat(((BigInteger) sect.getPgMar().getRight()).intValue()).isBetween(850, 1134); // 15–20 mm

      List<List<String>> header = Docx.cells(docx.doc.getTables().get(0));
      assertThat(header.get(0).get(0)).isEqualTo("ỦY BAN NHÂN DÂN\nPHƯỜNG VIỆT HOÀ");
      assertThat(header.get(0).get(1)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
      assertThat(header.get(1).get(0)).matches("Số: [\\s\\u00a0]+/BC-UBND");
      assertThat(header.get(1).get(1)).matches("Việt Hoà, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm 2026");

      List<String> lines = docx.lines();
      assertThat(lines).contains("BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. CÔNG TÁC KHEN THƯỞNG", "III. KHÓ KHĂN, VƯỚNG MẮC",
          "IV. ĐỀ XUẤT, KIẾN NGHỊ", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027",
          "Kết quả thực hiện Phong trào thi đua “Hải Phòng đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, "
              + "chuyển đổi xanh” năm 2026",
          "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đào Quang Dương",
          "- Sở Nội vụ (Ban TĐKT TP);", "- Lưu: VT, VHXH.");
      assertThat(docx.text()).doesNotContain("{{");
      for (var p : docx.doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          if (!r.text().isBlank()) {
            assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
            assertThat(r.getFontSizeAsDouble()).as(r.text()).isBetween(11.0, 14.0);
          }
        }
      }
    }
  }

  @Test
  void theVersionForTheCityLeavesTheUnitsReportingComplianceToTheInternalVersion() throws Exception {
    try (Docx city = download("chutich")) {
      String text = city.text();
      assertThat(text).contains("Tính đến ngày 01/12/2026, có 4/25 đơn vị, tổ dân phố gửi báo cáo.")
          .doesNotContain("Báo cáo muộn", "Chưa báo cáo:", "đúng hạn 3", "Lần gửi", "PHỤ LỤC", "chưa có số liệu");
      assertThat(city.lines()).contains("Trong năm 2026, chưa có quyết định khen thưởng trong Phong trào.",
          "- Tổ chức sơ kết giai đoạn 1 của Phong trào vào cuối năm 2027.");
      assertThat(text).contains("- Tập trung thực hiện các chỉ tiêu chưa đạt: hộ gia đình có địa chỉ số (năm 2026: 90%)");
    }
  }

  @Test
  void figuresRatesTargetsAndUnitsMatchTheStoredReports() throws Exception {
    try (Docx docx = downloadInternal("chutich")) {
      String text = docx.text();
      assertThat(text).contains("Tính đến ngày 01/12/2026, có 4/25 đơn vị, tổ dân phố gửi báo cáo.",
          "Trong đó: đúng hạn 3, muộn 1; chưa báo cáo: 21");
      assertThat(text).contains("- Báo cáo muộn: Tổ dân phố số 2.");
      assertThat(text).contains("- Chưa đạt chỉ tiêu — Trung tâm Dịch vụ sự nghiệp công: chưa 100% cán bộ sử dụng thành thạo nền tảng số; chưa có sáng kiến;");
      assertThat(text).contains("- Chưa đạt chỉ tiêu — Tổ dân phố số 2: chưa 100% hộ có địa chỉ số.");

      List<List<String>> figures = docx.table("STT", "Nội dung, chỉ số", "Kết quả");
      assertThat(Docx.row(figures, 1, "Số sáng kiến, giải pháp cải tiến được áp dụng").get(2)).isEqualTo("2");
      assertThat(Docx.row(figures, 1, "Số buổi tập huấn, hội thảo, toạ đàm về chuyển đổi số").get(2)).isEqualTo("6");
      assertThat(Docx.row(figures, 1, "Số lượt người tham dự tập huấn, hội thảo").get(2)).isEqualTo("240");
      assertThat(Docx.row(figures, 1, "Tổng số hộ gia đình trong tổ").get(2)).isEqualTo("100");
      assertThat(Docx.row(figures, 1, "Tỷ lệ hộ có địa chỉ số (%)").get(2)).isEqualTo("90%");
      assertThat(Docx.row(figures, 1, "Tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (%)").get(2)).isEqualTo("90%");
      assertThat(Docx.row(figures, 1, "Đơn vị hoàn thành tốt nhiệm vụ chuyên môn được giao").get(2)).isEqualTo("2/2 đơn vị");
      assertThat(Docx.row(figures, 1, ContentAreas.title(1)).get(0)).isEqualTo("1");

      List<List<String>> targets = docx.table("STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá");
      assertThat(targets.get(1)).containsExactly("1", "Hộ gia đình có địa chỉ số (mục II.4)", "100%", "90%", "Chưa đạt");
      assertThat(targets.get(3)).containsExactly("3", "Đơn vị có ít nhất 01 sáng kiến, giải pháp (mục III.1.1)",
          "5/5 đơn vị", "1/5 đơn vị", "Chưa đạt");

      List<List<String>> units = docx.table("STT", "Đơn vị, tổ dân phố", "Tình trạng", "Thời điểm gửi", "Lần gửi");
      // the 25 reports owed by 30/11 (the Front, asked to cooperate, is not among them)
      assertThat(units).hasSize(26);
      assertThat(Docx.row(units, 1, "Phòng Kinh tế, Hạ tầng và Đô thị")).containsExactly("2", "Phòng Kinh tế, Hạ tầng và Đô thị",
          "Đã báo cáo", "09:00 ngày 26/11/2026", "1");
      assertThat(Docx.row(units, 1, "Tổ dân phố số 2").get(2)).isEqualTo("Báo cáo muộn");
      assertThat(Docx.row(units, 1, "Tổ dân phố số 3").get(2)).isEqualTo("Chưa báo cáo");
      // the heading rows of the content areas are bold
      XWPFTable figuresTable = docx.doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Nội dung, chỉ số"))
          .findFirst().orElseThrow();
      assertThat(figuresTable.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(figuresTable.getRow(2).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
    }
  }

  @Test
  void theDocumentFollowsTheFiguresAndCarriesTheNumberAndDateItWentToTheCityUnder() throws Exception {
    update(year, "ttdvsnc", unitReport(10, 1));
    try (Docx docx = download("canbo.vhxh")) {
      assertThat(Docx.row(docx.table("STT", "Nội dung, chỉ số", "Kết quả"), 1,
          "Số sáng kiến, giải pháp cải tiến được áp dụng").get(2)).isEqualTo("3");
      // before the assessment is written the document says who completes it
      assertThat(docx.lines()).contains("(Phòng Văn hoá - Xã hội bổ sung đánh giá chung khi tổng hợp báo cáo.)");
      // without the ward's own text, the units' difficulties are listed
      assertThat(docx.lines()).contains("- Phòng Kinh tế, Hạ tầng và Đô thị: Thiết bị còn thiếu.");
    }

    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Hoàn thành cơ bản các chỉ tiêu.\nCòn 22 tổ chưa báo cáo.",
        "wardDifficulties", "Kinh phí hạn chế."));
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "approved"));
    clockAt("2026-12-05T10:00:00+07:00");
    completeAs("canbo.vhxh", year, TASK_SUBMIT_TO_CITY, Map.of("cityDocumentNumber", "245/BC-UBND", "citySubmittedOn", "2026-12-05"));

    try (Docx docx = download("canbo.vhxh")) {
      List<List<String>> header = Docx.cells(docx.doc.getTables().get(0));
      assertThat(header.get(1).get(0)).isEqualTo("Số: 245/BC-UBND");
      assertThat(header.get(1).get(1)).isEqualTo("Việt Hoà, ngày 05 tháng 12 năm 2026");
      assertThat(docx.lines()).contains("Hoàn thành cơ bản các chỉ tiêu.", "Còn 22 tổ chưa báo cáo.", "Kinh phí hạn chế.")
          .doesNotContain("- Phòng Kinh tế, Hạ tầng và Đô thị: Thiết bị còn thiếu.");
    }
    // the internal version carries the number too, with the units' reporting in its appendix
    try (Docx internal = downloadInternal("canbo.vhxh")) {
      assertThat(internal.lines()).contains("(Kèm theo Báo cáo số 245/BC-UBND của Ủy ban nhân dân phường Việt Hoà, bản lưu nội bộ)");
    }
  }

  @Test
  void theFormsOfBothStepsOfferTheDownloadAndOnlyTheRightPeopleGetIt() throws Exception {
    for (String form : List.of("annual-report-aggregation", "annual-report-approval")) {
      String json = java.nio.file.Files.readString(java.nio.file.Path.of("forms", form + ".form"));
      assertThat(json).as(form).contains("(/api/documents/annual-report/{{year}}.docx)");
    }
    assertThat(http.getBytes(URL, "canbo.kthtdt", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes(URL, "totruong.01", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes(URL, null, null).status()).isEqualTo(401);
    assertThat(http.getBytes(URL, "admin", "test-admin").status()).isEqualTo(200);
    assertThat(http.getBytes("/api/documents/annual-report/2031.docx", "canbo.vhxh", "demo").status()).isEqualTo(404);
    // nothing of the document is kept in the engine
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(year.getId()).list())
        .noneMatch(v -> v.getValue() instanceof byte[]);
  }

  @Test
  void theReportSentUnderItsNumberStaysAsSentWhenTheFiguresChangeAfterwards() throws Exception {
    Http.Binary draft = http.getBytes(URL, "canbo.vhxh", "demo");
    assertThat(draft.header("X-Document-Status")).isEqualTo("draft");
    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Hoàn thành cơ bản các chỉ tiêu."));
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "approved"));
    clockAt("2026-12-04T10:00:00+07:00");
    completeAs("canbo.vhxh", year, TASK_SUBMIT_TO_CITY, Map.of("cityDocumentNumber", "245/BC-UBND", "citySubmittedOn", "2026-12-04"));

    Http.Binary sent = http.getBytes(URL, "canbo.vhxh", "demo");
    assertThat(sent.status()).isEqualTo(200);
    assertThat(sent.header("X-Document-Status")).isEqualTo("issued");
    assertThat(sent.header("X-Document-SHA256")).isEqualTo(IssuedDocuments.sha256(sent.body()));
    Map<String, Object> kept = jdbc.queryForMap(
        "select document_number, issued_by, docx_sha256 from issued_document where kind = 'annual-report' and doc_key = '2026'");
    assertThat(kept).containsEntry("DOCUMENT_NUMBER", "245/BC-UBND").containsEntry("ISSUED_BY", "canbo.vhxh")
        .containsEntry("DOCX_SHA256", IssuedDocuments.sha256(sent.body()));

    // the figures behind the report change after it went out (here straight in the table, as a data
    // correction would): the text sent under 245/BC-UBND does not move
    clockAt("2026-12-10T09:00:00+07:00");
    assertThat(jdbc.update("update unit_report set initiatives = 7 where report_year = 2026 and unit_id = 'ttdvsnc'")).isOne();
    Http.Binary later = http.getBytes(URL, "chutich", "demo");
    assertThat(later.body()).isEqualTo(sent.body());
    try (Docx docx = new Docx(later.body())) {
      assertThat(Docx.cells(docx.doc.getTables().get(0)).get(1).get(0)).isEqualTo("Số: 245/BC-UBND");
      assertThat(Docx.row(docx.table("STT", "Nội dung, chỉ số", "Kết quả"), 1,
          "Số sáng kiến, giải pháp cải tiến được áp dụng").get(2)).isEqualTo("2");
    }
    // the figures themselves did change: a fresh rendering would say otherwise
    try (Docx fresh = new Docx(annualReport.render(2026))) {
      assertThat(Docx.row(fresh.table("STT", "Nội dung, chỉ số", "Kết quả"), 1,
          "Số sáng kiến, giải pháp cải tiến được áp dụng").get(2)).isEqualTo("9");
    }
  }
}
