package vn.viethoa.movement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.UnitReport;
import vn.viethoa.movement.reporting.WardReportRepository;
import vn.viethoa.movement.support.Docx;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** Sơ kết 2027 and tổng kết 2030: the stored figures of every year side by side. */
@MovementTest
class ReviewReportDocumentTest extends ReportingScenario {

  @LocalServerPort int port;
  @Autowired ReportRepository reports;
  @Autowired WardReportRepository wardReports;
  @Autowired Organisation organisation;
  Http http;

  void store(int year, String unitId, long initiatives, long staffProficient, long households, long digital) {
    Map<ReportField, Object> v = new EnumMap<>(ReportField.class);
    if (unitId.startsWith("tdp-")) {
      v.put(ReportField.HOUSEHOLDS_TOTAL, households);
      v.put(ReportField.HOUSEHOLDS_DIGITAL_ADDRESS, digital);
      for (ReportField f : List.of(ReportField.HOUSEHOLDS_ONLINE_SERVICES, ReportField.HOUSEHOLDS_CASHLESS,
          ReportField.HOUSEHOLDS_WASTE_SORTING, ReportField.HOUSEHOLDS_SKILLS_CLASSES)) {
        v.put(f, households / 2);
      }
    } else {
      v.put(ReportField.TRAININGS_HELD, 2L);
      v.put(ReportField.INITIATIVES, initiatives);
      v.put(ReportField.STAFF_TOTAL, 10L);
      v.put(ReportField.STAFF_PROFICIENT, staffProficient);
    }
    v.put(ReportField.RESULTS, "Kết quả năm " + year);
    reports.insert(new UnitReport(year, organisation.get(unitId), v, List.of()), "test",
        OffsetDateTime.parse(year + "-11-25T10:00:00+07:00"), false, null, null);
  }

  @BeforeEach
  void twoYearsOfReports() {
    http = new Http(port);
    store(2026, "kthtdt", 1, 8, 0, 0);
    store(2026, "tdp-01", 0, 0, 100, 80);
    store(2027, "kthtdt", 3, 10, 0, 0);
    store(2027, "ttdvsnc", 1, 10, 0, 0);
    store(2027, "tdp-01", 0, 0, 100, 100);
    wardReports.open(2026, null, OffsetDateTime.parse("2026-11-01T00:00:00+07:00"));
    wardReports.aggregated(2026, "Đánh giá 2026", "Thiếu thiết bị.", "Bổ sung máy tính.", "canbo.vhxh",
        OffsetDateTime.parse("2026-12-01T10:00:00+07:00"));
  }

  @Test
  void theInterimReviewSetsPhaseOnesYearsSideBySideAgainstTheTargets() throws Exception {
    Http.Binary response = http.getBytes("/api/documents/review/interim.docx", "canbo.vhxh", "demo");
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.header("Content-Disposition")).contains("bao-cao-so-ket-2026-2027.docx");
    try (Docx docx = new Docx(response.body())) {
      var table = docx.table("Chỉ số", "Năm 2026", "Năm 2027", "Cả giai đoạn", "Chỉ tiêu");
      assertThat(Docx.row(table, 0, "Số sáng kiến, giải pháp cải tiến được áp dụng")).containsExactly(
          "Số sáng kiến, giải pháp cải tiến được áp dụng", "1", "4", "5", "");
      assertThat(Docx.row(table, 0, "Đơn vị, tổ dân phố đã báo cáo")).containsExactly(
          "Đơn vị, tổ dân phố đã báo cáo", "2/25", "3/25", "", "");
      assertThat(Docx.row(table, 0, "Tỷ lệ hộ có địa chỉ số (%)")).containsExactly(
          "Tỷ lệ hộ có địa chỉ số (%)", "80%", "100%", "", "100%");
      assertThat(Docx.row(table, 0, "Tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (%)").subList(1, 3))
          .containsExactly("80%", "100%");
      List<String> lines = docx.lines();
      assertThat(lines).contains("BÁO CÁO", "- Hộ gia đình có địa chỉ số (chỉ tiêu 100%): năm 2026 80%; năm 2027 100% — năm 2027 đạt.",
          "- Năm 2026: Thiếu thiết bị.", "- Năm 2026: Bổ sung máy tính.",
          "(Phòng Văn hoá - Xã hội bổ sung đánh giá kết quả, bài học kinh nghiệm khi xây dựng báo cáo.)");
      assertThat(docx.text()).contains("Sơ kết giai đoạn 1 (2026 - 2027) thực hiện Phong trào thi đua")
          .doesNotContain("(2026 - 2027) thực hiện Phong trào thi đua “Hải Phòng đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh” giai đoạn")
          .contains("- Năm 2026: 2/25 đơn vị, tổ dân phố đã báo cáo (muộn: 0)");
      assertThat(Docx.cells(docx.doc.getTables().get(0)).get(1).get(1)).matches("Việt Hoà, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm 2027");
      assertThat(docx.text()).doesNotContain("{{");
    }
  }

  @Test
  void theFinalReviewCoversEveryYearOfThePlan() throws Exception {
    Http.Binary response = http.getBytes("/api/documents/review/final.docx", "chutich", "demo");
    assertThat(response.status()).isEqualTo(200);
    try (Docx docx = new Docx(response.body())) {
      var table = docx.table("Chỉ số", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "Cả giai đoạn", "Chỉ tiêu");
      assertThat(Docx.row(table, 0, "Số sáng kiến, giải pháp cải tiến được áp dụng")).containsExactly(
          "Số sáng kiến, giải pháp cải tiến được áp dụng", "1", "4", "0", "0", "0", "5", "");
      assertThat(docx.text()).contains("Tổng kết 05 năm thực hiện Phong trào thi đua “Hải Phòng đổi mới sáng tạo")
          .contains("chuyển đổi xanh” giai đoạn 2026 - 2030");
    }
    assertThat(http.getBytes("/api/documents/review/final.docx", "canbo.mttq", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes("/api/documents/review/other.docx", "chutich", "demo").status()).isEqualTo(404);
  }
}
