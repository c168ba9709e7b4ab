package vn.viethoa.movement.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Fills a .docx template. The layout (page, header, fonts, titles, signature block) lives in the
 * template; the code only puts data where the template says:
 * <ul>
 *   <li>{@code {{name}}} anywhere in a paragraph: replaced by a text (line breaks kept);</li>
 *   <li>a paragraph holding only {@code {{list:name}}}: repeated once per item of a list, with the
 *       paragraph's own formatting; an empty list removes it;</li>
 *   <li>a table row holding {@code {{row:name.column}}}: repeated once per item of a list of rows,
 *       with the row's formatting; a row item may ask for bold text ({@link Row#emphasised()});</li>
 *   <li>a paragraph holding only {@code {{table:name}}}: replaced by a table whose columns are only
 *       known from the data (e.g. one column per year of a review).</li>
 * </ul>
 * A placeholder left unfilled is an error, so a renamed value breaks a test, not a document.
 */
public final class DocxTemplate {

  private static final Pattern SCALAR = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)}}");
  private static final Pattern ROW = Pattern.compile("\\{\\{row:([a-zA-Z0-9_]+)\\.([a-zA-Z0-9_]+)}}");
  private static final Pattern LIST = Pattern.compile("^\\s*\\{\\{list:([a-zA-Z0-9_]+)}}\\s*$");
  private static final Pattern TABLE = Pattern.compile("^\\s*\\{\\{table:([a-zA-Z0-9_]+)}}\\s*$");

  /** One row of a repeated table row: values by column name. */
  public record Row(Map<String, String> values, boolean emphasised) {
    public static Row of(Map<String, String> values) {
      return new Row(values, false);
    }

    public static Row heading(Map<String, String> values) {
      return new Row(values, true);
    }
  }

  /** A table built from data: header cells, rows, relative column widths (same count). */
  public record Table(List<String> header, List<List<String>> rows, List<Integer> widths) {}

  private final Map<String, String> texts;
  private final Map<String, List<String>> lists;
  private final Map<String, List<Row>> rows;
  private final Map<String, Table> tables;

  public DocxTemplate(Map<String, String> texts, Map<String, List<String>> lists, Map<String, List<Row>> rows,
      Map<String, Table> tables) {
    this.texts = texts;
    this.lists = lists;
    this.rows = rows;
    this.tables = tables;
  }

  /** Fills the template read from {@code template} and returns the document's bytes. */
  public byte[] fill(InputStream template) {
    try (XWPFDocument doc = new XWPFDocument(template)) {
      fillBody(doc);
      for (XWPFHeaderFooter hf : doc.getHeaderList()) {
        fillBody(hf);
      }
      for (XWPFHeaderFooter hf : doc.getFooterList()) {
        fillBody(hf);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void fillBody(IBody body) {
    for (IBodyElement element : new ArrayList<>(body.getBodyElements())) {
      if (element instanceof XWPFParagraph p) {
        fillParagraph(body, p);
      } else if (element instanceof XWPFTable t) {
        fillTable(t);
      }
    }
  }

  private void fillTable(XWPFTable table) {
    for (int i = 0; i < table.getRows().size(); i++) {
      XWPFTableRow row = table.getRow(i);
      String name = rowListOf(row);
      if (name != null) {
        List<Row> items = rows.get(name);
        if (items == null) {
          throw new IllegalStateException("No rows given for table row placeholder " + name);
        }
        CTRow template = (CTRow) row.getCtRow().copy();
        table.removeRow(i);
        for (Row item : items) {
          // filled before it is added: adding copies the row's XML into the table
          XWPFTableRow copy = new XWPFTableRow((CTRow) template.copy(), table);
          fillRow(copy, name, item);
          table.addRow(copy, i);
          i++;
        }
        i--;
        continue;
      }
      for (XWPFTableCell cell : row.getTableCells()) {
        fillBody(cell);
      }
    }
  }

  private static String rowListOf(XWPFTableRow row) {
    for (XWPFTableCell cell : row.getTableCells()) {
      Matcher m = ROW.matcher(cell.getText());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private void fillRow(XWPFTableRow row, String name, Row item) {
    for (XWPFTableCell cell : row.getTableCells()) {
      for (XWPFParagraph p : cell.getParagraphs()) {
        replaceInParagraph(p, text -> {
          Matcher m = ROW.matcher(text);
          StringBuilder out = new StringBuilder();
          while (m.find()) {
            if (!m.group(1).equals(name)) {
              throw new IllegalStateException("Row mixes lists " + name + " and " + m.group(1));
            }
            String value = item.values().get(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
          }
          m.appendTail(out);
          return out.toString();
        });
        if (item.emphasised()) {
          p.getRuns().forEach(r -> r.setBold(true));
        }
      }
    }
  }

  private void fillParagraph(IBody body, XWPFParagraph p) {
    String text = p.getText();
    Matcher list = LIST.matcher(text);
    if (list.matches()) {
      List<String> items = lists.get(list.group(1));
      if (items == null) {
        throw new IllegalStateException("No list given for placeholder " + list.group(1));
      }
      for (String item : items) {
        XWPFParagraph copy = insertBefore(body, p);
        copy.getCTP().set(p.getCTP().copy());
        // a fresh view of the copied XML (the inserted paragraph's own view has no runs)
        setText(new XWPFParagraph(copy.getCTP(), body), item);
      }
      remove(body, p);
      return;
    }
    Matcher table = TABLE.matcher(text);
    if (table.matches()) {
      Table data = tables.get(table.group(1));
      if (data == null) {
        throw new IllegalStateException("No table given for placeholder " + table.group(1));
      }
      insertTable(body, p, data);
      remove(body, p);
      return;
    }
    if (text.contains("{{")) {
      replaceInParagraph(p, this::replaceScalars);
    }
  }

  private String replaceScalars(String text) {
    Matcher m = SCALAR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = texts.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("No value given for placeholder " + m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Replaces within each run; a placeholder split over several runs (a template edited in Word)
   * is replaced over the whole paragraph, which then takes the formatting of its first run.
   */
  private static void replaceInParagraph(XWPFParagraph p, java.util.function.UnaryOperator<String> replace) {
    for (XWPFRun run : p.getRuns()) {
      String t = run.text();
      if (t.contains("{{") && t.contains("}}")) {
        setRunText(run, replace.apply(t));
      }
    }
    String whole = p.getText();
    if (whole.contains("{{")) {
      String replaced = replace.apply(whole);
      setText(p, replaced);
    }
  }

  /** The paragraph's text becomes {@code text} in the formatting of its first run. */
  static void setText(XWPFParagraph p, String text) {
    List<XWPFRun> runs = p.getRuns();
    if (runs.isEmpty()) {
      setRunText(p.createRun(), text);
      return;
    }
    for (int i = runs.size() - 1; i > 0; i--) {
      p.removeRun(i);
    }
    setRunText(runs.get(0), text);
  }

  private static void setRunText(XWPFRun run, String text) {
    CTR r = run.getCTR();
    while (r.sizeOfTArray() > 0) {
      r.removeT(0);
    }
    while (r.sizeOfBrArray() > 0) {
      r.removeBr(0);
    }
    while (r.sizeOfTabArray() > 0) {
      r.removeTab(0);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }

  private static XWPFParagraph insertBefore(IBody body, XWPFParagraph p) {
    XmlCursor cursor = p.getCTP().newCursor();
    try {
      return body.insertNewParagraph(cursor);
    } finally {
      cursor.dispose();
    }
  }

  private static void remove(IBody body, XWPFParagraph p) {
    if (body instanceof XWPFDocument doc) {
      doc.removeBodyElement(doc.getPosOfParagraph(p));
    } else if (body instanceof XWPFTableCell cell) {
      cell.removeParagraph(cell.getParagraphs().indexOf(p));
    } else if (body instanceof XWPFHeaderFooter hf) {
      hf.removeParagraph(p);
    } else {
      throw new IllegalStateException("Cannot remove a paragraph from " + body.getClass());
    }
  }

  /** A bordered table in the template's body font, header row bold and repeated on each page. */
  private static void insertTable(IBody body, XWPFParagraph at, Table data) {
    if (!(body instanceof XWPFDocument doc)) {
      throw new IllegalStateException("Generated tables go in the document body only");
    }
    XmlCursor cursor = at.getCTP().newCursor();
    XWPFTable table;
    try {
      table = doc.insertNewTbl(cursor);
    } finally {
      cursor.dispose();
    }
    int columns = data.header().size();
    int totalWeight = data.widths().stream().mapToInt(Integer::intValue).sum();
    CTTblWidth width = table.getCTTbl().addNewTblPr().addNewTblW();
    width.setType(STTblWidth.PCT);
    width.setW(BigInteger.valueOf(5000));
    var grid = table.getCTTbl().addNewTblGrid();
    for (int c = 0; c < columns; c++) {
      grid.addNewGridCol().setW(BigInteger.valueOf(9355L * data.widths().get(c) / totalWeight));
    }
    List<List<String>> all = new ArrayList<>();
    all.add(data.header());
    all.addAll(data.rows());
    for (int r = 0; r < all.size(); r++) {
      XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
      if (r == 0) {
        row.setRepeatHeader(true);
      }
      List<String> values = all.get(r);
      for (int c = 0; c < columns; c++) {
        XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
        cell.setWidth(String.valueOf(9355L * data.widths().get(c) / totalWeight));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        if (r == 0) {
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(12);
        run.setBold(r == 0);
        setRunText(run, values.get(c) == null ? "" : values.get(c));
      }
    }
    table.setTopBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
  }
}
