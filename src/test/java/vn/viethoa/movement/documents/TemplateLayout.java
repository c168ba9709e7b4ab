package vn.viethoa.movement.documents;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The layout of Nghị định 30/2020/NĐ-CP (appendix I) as POI calls, used once to build the .docx
 * templates: A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman;
 * body 14 pt justified, first line indented 1 cm, 6 pt between paragraphs; page numbers centred at
 * the top from page 2; the two-column header (issuing body | national motto, number | place and
 * date); recipients and signature block side by side.
 */
final class TemplateLayout {

  static final String FONT = "Times New Roman";
  /** Twentieths of a point: 1 mm = 56.7. */
  static final int MM = 57;
  static final int TEXT_WIDTH = 9355; // 210 mm - 30 mm - 15 mm

  final XWPFDocument doc = new XWPFDocument();

  TemplateLayout() {
    page();
    defaults();
    pageNumbers();
  }

  private void page() {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(850));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    margins.setGutter(BigInteger.ZERO);
  }

  private void defaults() {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = styles.addNewDocDefaults();
    CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(28));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(28));
    rpr.addNewLang().setVal("vi-VN");
    var ppr = defaults.addNewPPrDefault().addNewPPr();
    ppr.addNewSpacing().setAfter(BigInteger.ZERO);
    doc.createStyles().setStyles(styles);
  }

  /** ND 30: page numbers centred in the top margin, not on the first page. */
  private void pageNumbers() {
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = header.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    var field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    var r = field.addNewR();
    CTRPr rpr = r.addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(28));
    r.addNewT().setStringValue("2");
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    if (!sect.isSetTitlePg()) {
      sect.addNewTitlePg();
    }
  }

  static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(size);
    r.setBold(bold);
    r.setItalic(italic);
    r.setText(text);
    return r;
  }

  static XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment alignment) {
    p.setAlignment(alignment);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    return p;
  }

  /** A short horizontal rule: an empty paragraph's bottom border, narrowed by its indents. */
  static void rule(XWPFParagraph p, int indent) {
    tight(p, ParagraphAlignment.CENTER);
    p.setSpacingBefore(50); // clear of the descenders of the line above
    p.setBorderBottom(Borders.SINGLE);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    run(p, "", 2, false, false);
  }

  static void noBorders(XWPFTable t) {
    t.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
    t.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
    t.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    t.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    t.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    t.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
  }

  static void allBorders(XWPFTable t) {
    t.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    t.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    t.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    t.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    t.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
    t.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
  }

  /** A table of fixed column widths (twips), shifted by {@code indent} (negative: into the left margin). */
  XWPFTable table(int rows, int[] widths, int indent) {
    XWPFTable t = doc.createTable(rows, widths.length);
    CTTblPr pr = t.getCTTbl().getTblPr();
    CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(total));
    CTTblWidth ind = pr.addNewTblInd();
    ind.setType(STTblWidth.DXA);
    ind.setW(BigInteger.valueOf(indent));
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    var grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (XWPFTableRow row : t.getRows()) {
      for (int c = 0; c < widths.length; c++) {
        row.getCell(c).setWidth(String.valueOf(widths[c]));
      }
    }
    return t;
  }

  static XWPFParagraph first(XWPFTableCell cell) {
    return cell.getParagraphs().get(0);
  }

  /**
   * The national header (ND 30, appendix I, items 1–4): left the superior body (plain capitals),
   * the issuing body (bold capitals) and a short rule, then "Số: …"; right the national name (bold
   * capitals, 12 pt), the motto (bold, 13 pt, underlined its full length), then place and date in
   * italics.
   */
  void nationalHeader() {
    XWPFTable t = table(2, new int[] {3686, 6095}, -284);
    noBorders(t);
    XWPFTableCell body = t.getRow(0).getCell(0);
    XWPFParagraph parent = tight(first(body), ParagraphAlignment.CENTER);
    run(parent, "{{list:parentBody}}", 13, false, false);
    XWPFParagraph issuing = tight(body.addParagraph(), ParagraphAlignment.CENTER);
    run(issuing, "{{list:issuingBody}}", 13, true, false);
    rule(body.addParagraph(), 1000);

    XWPFTableCell motto = t.getRow(0).getCell(1);
    XWPFParagraph nation = tight(first(motto), ParagraphAlignment.CENTER);
    run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
    XWPFParagraph independence = tight(motto.addParagraph(), ParagraphAlignment.CENTER);
    run(independence, "Độc lập - Tự do - Hạnh phúc", 13, true, false).setUnderline(UnderlinePatterns.SINGLE);

    XWPFParagraph number = tight(first(t.getRow(1).getCell(0)), ParagraphAlignment.CENTER);
    number.setSpacingBefore(120);
    run(number, "Số: {{documentNumber}}", 13, false, false);
    XWPFParagraph date = tight(first(t.getRow(1).getCell(1)), ParagraphAlignment.CENTER);
    date.setSpacingBefore(120);
    run(date, "{{placeDate}}", 14, false, true);
  }

  /** Document type in bold capitals, then the summary (bold) and a short rule below it. */
  void title(String type, String... summary) {
    XWPFParagraph p = tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    p.setSpacingBefore(360);
    run(p, type, 14, true, false);
    for (String line : summary) {
      run(tight(doc.createParagraph(), ParagraphAlignment.CENTER), line, 14, true, false);
    }
    XWPFParagraph r = doc.createParagraph();
    rule(r, 3500);
    r.setSpacingAfter(240);
  }

  XWPFParagraph centred(String text, int size, boolean bold, boolean italic) {
    XWPFParagraph p = tight(doc.createParagraph(), ParagraphAlignment.CENTER);
    p.setSpacingAfter(120);
    p.setKeepNext(true); // a caption stays with its table
    run(p, text, size, bold, italic);
    return p;
  }

  /** A body paragraph: justified, first line indented 1 cm, 6 pt after, line spacing 1.1. */
  XWPFParagraph body(String text) {
    XWPFParagraph p = doc.createParagraph();
    bodyFormat(p);
    if (text != null) {
      run(p, text, 14, false, false);
    }
    return p;
  }

  static void bodyFormat(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(567);
    p.setSpacingBefore(0);
    p.setSpacingAfter(120);
    p.setSpacingBetween(1.1, LineSpacingRule.AUTO);
  }

  XWPFParagraph italicBody(String text) {
    XWPFParagraph p = body(null);
    run(p, text, 14, false, true);
    return p;
  }

  XWPFParagraph heading(String text) {
    XWPFParagraph p = body(null);
    p.setKeepNext(true); // a heading stays with what follows
    run(p, text, 14, true, false);
    return p;
  }

  /** A bordered table: a bold header row and one template row of placeholders. */
  void dataTable(int[] widths, String[] header, String[] template, boolean[] centred) {
    XWPFTable t = table(2, widths, 0);
    allBorders(t);
    t.getRow(0).setRepeatHeader(true);
    for (int c = 0; c < widths.length; c++) {
      XWPFParagraph h = tight(first(t.getRow(0).getCell(c)), ParagraphAlignment.CENTER);
      run(h, header[c], 12, true, false);
      XWPFParagraph v = tight(first(t.getRow(1).getCell(c)), centred[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
      v.setSpacingBefore(40);
      v.setSpacingAfter(40);
      run(v, template[c], 12, false, false);
    }
    doc.createParagraph();
  }

  /** "Nơi nhận" on the left (12 pt bold italic, then 11 pt lines); the signature block on the right. */
  void recipientsAndSignature() {
    XWPFParagraph gap = doc.createParagraph();
    gap.setSpacingAfter(120);
    gap.setKeepNext(true);
    XWPFTable t = table(1, new int[] {4253, 5102}, 0);
    noBorders(t);
    t.getRow(0).setCantSplitRow(true); // the signature block is never cut across pages
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFParagraph label = tight(first(left), ParagraphAlignment.LEFT);
    run(label, "Nơi nhận:", 12, true, true);
    run(tight(left.addParagraph(), ParagraphAlignment.LEFT), "{{list:recipients}}", 11, false, false);

    XWPFTableCell right = t.getRow(0).getCell(1);
    run(tight(first(right), ParagraphAlignment.CENTER), "{{list:signature}}", 14, true, false);
    for (int i = 0; i < 4; i++) {
      run(tight(right.addParagraph(), ParagraphAlignment.CENTER), "", 14, false, false);
    }
    run(tight(right.addParagraph(), ParagraphAlignment.CENTER), "{{signerName}}", 14, true, false);
  }

  void pageBreak() {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().addBreak(BreakType.PAGE);
  }
}
