package vn.viethoa.movement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.support.Docx;

/** The template filler on small hand-made documents: no Spring, no engine. */
class DocxTemplateTest {

  static byte[] template(java.util.function.Consumer<XWPFDocument> build) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      build.accept(doc);
      doc.write(out);
      return out.toByteArray();
    }
  }

  static Docx fill(byte[] template, DocumentValues values) {
    return new Docx(values.template().fill(new ByteArrayInputStream(template)));
  }

  @Test
  void aPlaceholderSplitOverRunsAsWordLeavesItIsStillFilled() throws Exception {
    byte[] t = template(doc -> {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("Năm {{ye");
      p.createRun().setText("ar}} của {{ward}}");
    });
    try (Docx d = fill(t, new DocumentValues().text("year", 2026).text("ward", "phường Việt Hoà"))) {
      assertThat(d.lines()).containsExactly("Năm 2026 của phường Việt Hoà");
    }
  }

  @Test
  void listsRepeatParagraphsAndRowsAndAnEmptyListRemovesItsParagraph() throws Exception {
    byte[] t = template(doc -> {
      doc.createParagraph().createRun().setText("{{list:empty}}");
      doc.createParagraph().createRun().setText("{{list:lines}}");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("STT");
      table.getRow(0).getCell(1).setText("Tên");
      table.getRow(1).getCell(0).setText("{{row:people.no}}");
      table.getRow(1).getCell(1).setText("{{row:people.name}}");
      doc.createParagraph().createRun().setText("{{table:grid}}");
    });
    DocumentValues v = new DocumentValues()
        .list("empty", List.of())
        .list("lines", List.of("- một;", "- hai."))
        .rows("people", List.of(DocxTemplate.Row.heading(Map.of("no", "I", "name", "TẬP THỂ")),
            DocxTemplate.Row.of(Map.of("no", "1", "name", "Tổ dân phố số 1"))))
        .table("grid", new DocxTemplate.Table(List.of("Chỉ số", "Năm 2026"), List.of(List.of("Sáng kiến", "5")), List.of(3, 1)));
    try (Docx d = fill(t, v)) {
      assertThat(d.doc.getParagraphs().stream().map(XWPFParagraph::getText).toList()).startsWith("- một;", "- hai.");
      assertThat(d.table("STT", "Tên")).containsExactly(List.of("STT", "Tên"), List.of("I", "TẬP THỂ"), List.of("1", "Tổ dân phố số 1"));
      assertThat(d.doc.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(d.table("Chỉ số", "Năm 2026")).containsExactly(List.of("Chỉ số", "Năm 2026"), List.of("Sáng kiến", "5"));
      assertThat(d.text()).doesNotContain("{{");
    }
  }

  @Test
  void aValueWithLineBreaksKeepsThemAndAMissingValueIsAnError() throws Exception {
    byte[] t = template(doc -> doc.createParagraph().createRun().setText("{{a}}"));
    try (Docx d = fill(t, new DocumentValues().text("a", "dòng 1\ndòng 2"))) {
      assertThat(d.lines().get(0)).isEqualTo("dòng 1\ndòng 2");
    }
    assertThatThrownBy(() -> fill(t, new DocumentValues())).hasMessageContaining("No value given for placeholder a");
  }

  @Test
  void datesAndRecipientsAreWrittenAsNd30Asks() {
    assertThat(VietnameseText.placeAndDate("Việt Hoà", java.time.LocalDate.of(2027, 2, 5), 2027))
        .isEqualTo("Việt Hoà, ngày 05 tháng 02 năm 2027");
    assertThat(VietnameseText.longDate(java.time.LocalDate.of(2026, 12, 15))).isEqualTo("ngày 15 tháng 12 năm 2026");
    assertThat(VietnameseText.longDate(java.time.LocalDate.of(2026, 3, 1))).isEqualTo("ngày 01 tháng 3 năm 2026");
    assertThat(VietnameseText.dashed(List.of("Như trên", "Lưu: VT;"))).containsExactly("- Như trên;", "- Lưu: VT.");
  }
}
