package vn.viethoa.movement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.commendation.CandidateType;
import vn.viethoa.movement.commendation.CommendationForm;
import vn.viethoa.movement.documents.CommendationDocuments.DecisionRequest;
import vn.viethoa.movement.documents.CommendationDocuments.ProposalRequest;
import vn.viethoa.movement.support.Docx;
import vn.viethoa.movement.support.MovementTest;

/** The commendation decision and the proposal to the city, from plain lists of entries. */
@MovementTest
class CommendationDocumentsTest {

  @Autowired CommendationDocuments documents;

  static final CommendedEntry OFFICE = new CommendedEntry("Văn phòng HĐND và UBND phường", CandidateType.collective,
      "UBND phường Việt Hoà", CommendationForm.giay_khen, "Số hoá 100% hồ sơ lưu trữ năm 2026.", null, null);
  static final CommendedEntry GROUP = new CommendedEntry("Tổ dân phố số 7", CandidateType.residential_group,
      "Phường Việt Hoà", CommendationForm.giay_khen, "100% hộ có địa chỉ số.", null, null);
  static final CommendedEntry LAN = new CommendedEntry("Bà Nguyễn Thị Lan", CandidateType.individual,
      "Chuyên viên, Văn phòng HĐND và UBND phường", CommendationForm.giay_khen,
      "Sáng kiến tra cứu hồ sơ trực tuyến, giảm 30% thời gian giải quyết.", null, null);

  @Test
  void theDecisionListsTheCommendedUnderTheChairmansSignature() throws Exception {
    byte[] bytes = documents.decision(new DecisionRequest(CommendationOccasion.ANNUAL, 2026, "15/QĐ-UBND",
        LocalDate.of(2027, 1, 8), List.of(LAN, OFFICE, GROUP)));
    try (Docx docx = new Docx(bytes)) {
      List<List<String>> header = Docx.cells(docx.doc.getTables().get(0));
      assertThat(header.get(1).get(0)).isEqualTo("Số: 15/QĐ-UBND");
      assertThat(header.get(1).get(1)).isEqualTo("Việt Hoà, ngày 08 tháng 01 năm 2027");
      List<String> lines = docx.lines();
      assertThat(lines).contains("QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho các tập thể, cá nhân",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG VIỆT HOÀ", "QUYẾT ĐỊNH:",
          "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
          "Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường.", "- Như Điều 3;", "CHỦ TỊCH", "Đào Quang Dương",
          "(Kèm theo Quyết định số 15/QĐ-UBND ngày 08 tháng 01 năm 2027 của Chủ tịch Ủy ban nhân dân phường Việt Hoà)");
      assertThat(lines).doesNotContain("TM. ỦY BAN NHÂN DÂN");
      assertThat(docx.text()).contains("Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 01 tập thể, "
          + "01 cá nhân và 01 tổ dân phố (có danh sách kèm theo)");
      assertThat(docx.text()).contains("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND phường, "
          + "Trưởng Phòng Văn hoá - Xã hội");
      // the law in force and the city's regulation are the bases; the reward and its funding are Điều 2
      assertThat(lines).contains("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân "
          + "cấp thẩm quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của "
          + "Luật Thi đua, khen thưởng;", "Căn cứ Quy chế công tác thi đua, khen thưởng trên địa bàn thành phố Hải Phòng;");
      assertThat(docx.text()).doesNotContain("98/2023");
      assertThat(docx.text()).contains("Điều 2. Tiền thưởng kèm theo Giấy khen thực hiện theo quy định của Nghị định số "
          + "152/2025/NĐ-CP, chi từ Quỹ thi đua, khen thưởng của phường.");
      assertThat(docx.text()).contains("đã có thành tích xuất sắc trong thực hiện Phong trào thi đua “Hải Phòng đổi mới sáng "
          + "tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh” năm 2026.");
      assertThat(docx.table("STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị", "Thành tích")).containsExactly(
          List.of("STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị", "Thành tích"),
          List.of("I", "TẬP THỂ", "", ""),
          List.of("1", OFFICE.name(), OFFICE.unit(), OFFICE.achievement()),
          List.of("II", "CÁ NHÂN", "", ""),
          List.of("1", LAN.name(), LAN.unit(), LAN.achievement()),
          List.of("III", "TỔ DÂN PHỐ", "", ""),
          List.of("1", GROUP.name(), GROUP.unit(), GROUP.achievement()));
      assertThat(docx.text()).doesNotContain("{{");
    }
  }

  @Test
  void anUnregisteredDecisionLeavesNumberAndDayBlankAndOnlyGiayKhenBelongsInIt() throws Exception {
    try (Docx docx = new Docx(documents.decision(new DecisionRequest(CommendationOccasion.ANNUAL, 2026, null, null,
        List.of(OFFICE))))) {
      assertThat(Docx.cells(docx.doc.getTables().get(0)).get(1).get(0)).matches("Số: [\\s\\u00a0]+/QĐ-UBND");
      assertThat(Docx.cells(docx.doc.getTables().get(0)).get(1).get(1)).matches("Việt Hoà, ngày[\\s\\u00a0]+tháng[\\s\\u00a0]+năm 2026");
    }
    CommendedEntry bangKhen = new CommendedEntry("Phòng Văn hoá - Xã hội", CandidateType.collective, "UBND phường",
        CommendationForm.bang_khen, "…", null, null);
    assertThatThrownBy(() -> documents.decision(new DecisionRequest(CommendationOccasion.ANNUAL, 2026, null, null,
        List.of(bangKhen)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Giấy khen only");
  }

  @Test
  void theProposalToTheCityAsksForBangKhenAndCoThiDuaWithEarlierCommendations() throws Exception {
    CommendedEntry flag = new CommendedEntry("Phòng Văn hoá - Xã hội", CandidateType.collective, "UBND phường Việt Hoà",
        CommendationForm.co_thi_dua, "Dẫn đầu phong trào giai đoạn 2026 - 2027.", "15/QĐ-UBND", LocalDate.of(2027, 1, 8));
    CommendedEntry minh = new CommendedEntry("Ông Trần Văn Minh", CandidateType.individual,
        "Chuyên viên, Phòng Kinh tế, Hạ tầng và Đô thị", CommendationForm.bang_khen, "Hai sáng kiến được áp dụng.", null, null);
    byte[] bytes = documents.proposal(new ProposalRequest(CommendationOccasion.INTERIM_REVIEW, 2027, null, null, List.of(flag, minh)));
    try (Docx docx = new Docx(bytes)) {
      List<String> lines = docx.lines();
      assertThat(Docx.cells(docx.doc.getTables().get(0)).get(1).get(0)).matches("Số: [\\s\\u00a0]+/TTr-UBND");
      assertThat(lines).contains("TỜ TRÌNH", "Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hải Phòng.",
          "- Bằng khen của Chủ tịch Ủy ban nhân dân thành phố cho 01 cá nhân;",
          "- Cờ thi đua của Ủy ban nhân dân thành phố cho 01 tập thể.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "- Như trên;");
      assertThat(docx.text()).contains("sơ kết giai đoạn 1 (2026 - 2027) thực hiện Phong trào thi đua");
      assertThat(lines).contains("Căn cứ Quy chế công tác thi đua, khen thưởng trên địa bàn thành phố Hải Phòng;");
      var table = docx.table("STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị", "Hình thức đề nghị");
      assertThat(Docx.row(table, 1, "Phòng Văn hoá - Xã hội")).containsExactly("1", "Phòng Văn hoá - Xã hội",
          "UBND phường Việt Hoà", "Cờ thi đua", "Dẫn đầu phong trào giai đoạn 2026 - 2027.", "Quyết định số 15/QĐ-UBND ngày 08/01/2027");
      assertThat(Docx.row(table, 1, "Ông Trần Văn Minh").get(3)).isEqualTo("Bằng khen");
    }
    assertThatThrownBy(() -> documents.proposal(new ProposalRequest(CommendationOccasion.ANNUAL, 2026, null, null, List.of(LAN))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("city-level");
    CommendedEntry flagForAPerson = new CommendedEntry("Ông A", CandidateType.individual, "x", CommendationForm.co_thi_dua, "x", null, null);
    assertThatThrownBy(() -> documents.proposal(new ProposalRequest(CommendationOccasion.ANNUAL, 2026, null, null,
        List.of(flagForAPerson)))).isInstanceOf(IllegalArgumentException.class);
  }
}
