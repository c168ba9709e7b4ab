package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.documents.IssuedDocuments;
import vn.viethoa.movement.support.Docx;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.VietnameseWording;

/**
 * Issue 17's reviewer: after the whole simulated movement 2026–2030 (the scenario of
 * {@link WholeMovementScenarioTest}, lived once here), every document the ward generated or issued is
 * read as an emulation officer would: the law in force (Nghị định 152/2025/NĐ-CP, never 98/2023),
 * the titles the issue asks for, Vietnamese of one convention (ADR 0011), and issued texts that stay
 * as issued when the figures behind them change afterwards (ADR 0007).
 */
@MovementTest
class GeneratedDocumentsReviewTest extends WholeMovementScenarioTest {

  static final String MOVEMENT = "Phong trào thi đua “Hải Phòng đổi mới sáng tạo, phát triển khoa học, công nghệ, "
      + "chuyển đổi số, chuyển đổi xanh”";

  /** The movement is lived once, by the review below; inherited without its @Test so it does not run twice. */
  @Override
  void theWholeMovementFromJanuary2026ToItsEndIn2030() {}

  @Test
  void aReviewerReadingEveryDocumentOfTheMovementFindsTheLawInForceFrozenIssuedTextsAndSignableVietnamese()
      throws Exception {
    super.theWholeMovementFromJanuary2026ToItsEndIn2030();

    Map<String, Http.Binary> issued = new LinkedHashMap<>();
    for (int year = 2026; year <= 2030; year++) {
      issued.put("annual-report " + year, download("/api/documents/annual-report/" + year + ".docx"));
      issued.put("decision " + year, download("/api/documents/commendation/" + year + "/annual/decision.docx"));
    }
    issued.put("proposal 2027", download("/api/documents/commendation/2027/interim_review/proposal.docx"));
    issued.put("proposal 2030", download("/api/documents/commendation/2030/final_review/proposal.docx"));

    Map<String, Http.Binary> drafts = new LinkedHashMap<>();
    for (int year = 2026; year <= 2030; year++) {
      drafts.put("internal annual report " + year, download("/api/documents/annual-report/internal/" + year + ".docx"));
      drafts.put("minutes " + year, download("/api/documents/commendation/" + year + "/annual/minutes.docx"));
    }
    drafts.put("interim review report", download("/api/documents/review/interim.docx"));
    drafts.put("final review report", download("/api/documents/review/final.docx"));
    for (String round : List.of("2027/interim_review", "2030/final_review")) {
      drafts.put("minutes " + round, download("/api/documents/commendation/" + round + "/minutes.docx"));
      for (Proposal p : register.ofRound("KHENTHUONG-" + round.replace('/', '-'))) {
        drafts.put("achievement report " + round + " " + p.id(),
            download("/api/documents/commendation/" + round + "/achievement/" + p.id() + ".docx"));
      }
    }

    // every document: the law in force, Vietnamese of one convention, nothing left unfilled
    Map<String, Http.Binary> all = new LinkedHashMap<>(issued);
    all.putAll(drafts);
    List<String> problems = new ArrayList<>();
    for (var document : all.entrySet()) {
      String text = text(document.getValue());
      VietnameseWording.problems(text).forEach(p -> problems.add(document.getKey() + ": " + p));
      for (String outdated : List.of("98/2023", "01/2024/TT-BNV", "{{", "chưa có số liệu", "Trưởng Phòng",
          "giai đoạn 2026 - 2030 năm")) {
        if (text.contains(outdated)) {
          problems.add(document.getKey() + ": “" + outdated + "”");
        }
      }
    }
    assertThat(problems).as("what an officer would not sign").isEmpty();

    // the status of each: issued documents are served as stored, the rest are generated now
    issued.forEach((name, d) -> assertThat(d.header("X-Document-Status")).as(name).isEqualTo("issued"));
    drafts.forEach((name, d) -> assertThat(d.header("X-Document-Status")).as(name).isNotEqualTo("issued"));

    // the law in force, where a document states its legal bases
    for (String name : List.of("decision 2026", "decision 2030", "proposal 2027", "proposal 2030")) {
      assertThat(text(issued.get(name))).as(name).contains("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025");
    }
    assertThat(text(issued.get("decision 2026"))).contains("Nghị định số 152/2025/NĐ-CP, chi từ Quỹ thi đua, khen thưởng");
    drafts.entrySet().stream().filter(e -> e.getKey().startsWith("achievement report")).forEach(e ->
        assertThat(text(e.getValue())).as(e.getKey()).contains("Thông tư số 15/2025/TT-BNV"));
    assertThat(drafts.keySet()).as("an achievement report for each proposal to the city")
        .anyMatch(k -> k.startsWith("achievement report 2027")).anyMatch(k -> k.startsWith("achievement report 2030"));

    // titles and sentences as the issue words them
    for (int year = 2026; year <= 2030; year++) {
      String report = text(issued.get("annual-report " + year));
      assertThat(report).as("annual report " + year).contains("Kết quả thực hiện " + MOVEMENT + " năm " + year)
          .containsPattern("Tính đến ngày \\d{2}/\\d{2}/" + year + ", có \\d+/\\d+ đơn vị, tổ dân phố gửi báo cáo\\.")
          .contains("CÔNG TÁC KHEN THƯỞNG", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM " + (year + 1))
          .contains((200 + year % 100) + "/BC-UBND");
      assertThat(text(issued.get("decision " + year))).as("decision " + year)
          .contains("đã có thành tích xuất sắc trong thực hiện " + MOVEMENT + " năm " + year)
          .contains((10 + year % 100) + "/QĐ-UBND");
    }
    assertThat(text(issued.get("proposal 2030"))).contains("tổng kết 05 năm thực hiện " + MOVEMENT);
    assertThat(text(issued.get("proposal 2027"))).contains("sơ kết giai đoạn 1 (2026 - 2027) thực hiện " + MOVEMENT);

    // issued texts stay issued: the figures and the register change after the fact
    Map<String, String> issuedHashes = new LinkedHashMap<>();
    issued.forEach((name, d) -> {
      assertThat(d.header("X-Document-SHA256")).as(name).isEqualTo(IssuedDocuments.sha256(d.body()));
      issuedHashes.put(name, IssuedDocuments.sha256(d.body()));
    });
    String internalBefore = text(drafts.get("internal annual report 2026"));
    assertThat(jdbc.update("update unit_report set trainings_held = coalesce(trainings_held, 0) + 1000 where report_year in (2026, 2030)"))
        .isPositive();
    assertThat(jdbc.update("update commendation_proposal set achievements = achievements || ' (bổ sung sau khi ban hành)'"))
        .isPositive();
    for (int year = 2026; year <= 2030; year++) {
      assertThat(IssuedDocuments.sha256(download("/api/documents/annual-report/" + year + ".docx").body()))
          .as("annual report " + year + " after the figures changed").isEqualTo(issuedHashes.get("annual-report " + year));
      assertThat(IssuedDocuments.sha256(download("/api/documents/commendation/" + year + "/annual/decision.docx").body()))
          .as("decision " + year + " after the register changed").isEqualTo(issuedHashes.get("decision " + year));
    }
    assertThat(IssuedDocuments.sha256(download("/api/documents/commendation/2030/final_review/proposal.docx").body()))
        .isEqualTo(issuedHashes.get("proposal 2030"));
    assertThat(jdbc.queryForObject("select count(*) from issued_document where docx_sha256 in ("
        + String.join(",", issuedHashes.values().stream().map(h -> "'" + h + "'").toList()) + ")", Integer.class))
        .as("each served file is the stored one").isEqualTo(issuedHashes.size());
    // while a draft follows the data: the internal version is generated from the changed figures
    assertThat(text(download("/api/documents/annual-report/internal/2026.docx"))).isNotEqualTo(internalBefore);
  }

  Http.Binary download(String path) {
    Http.Binary response = new Http(port).getBytes(path, "canbo.vhxh", "demo");
    assertThat(response.status()).as(path).isEqualTo(200);
    return response;
  }

  static String text(Http.Binary document) {
    try (Docx docx = new Docx(document.body())) {
      return docx.text();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
