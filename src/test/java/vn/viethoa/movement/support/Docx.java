package vn.viethoa.movement.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A generated .docx read back with POI, as lines of text and tables of cell texts. */
public final class Docx implements AutoCloseable {

  public final XWPFDocument doc;

  public Docx(byte[] bytes) {
    try {
      this.doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new IllegalStateException("Not a .docx", e);
    }
  }

  /** Every paragraph's text in document order, tables' paragraphs included. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (IBodyElement e : doc.getBodyElements()) {
      collect(e, out);
    }
    return out;
  }

  private static void collect(IBodyElement e, List<String> out) {
    if (e instanceof XWPFParagraph p) {
      out.add(p.getText());
    } else if (e instanceof XWPFTable t) {
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          for (IBodyElement inner : cell.getBodyElements()) {
            collect(inner, out);
          }
        }
      }
    }
  }

  public String text() {
    return String.join("\n", lines());
  }

  /** Cell texts of a table, row by row; a cell's non-empty paragraphs joined by line breaks. */
  public static List<List<String>> cells(XWPFTable t) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : t.getRows()) {
      rows.add(row.getTableCells().stream().map(Docx::cellText).toList());
    }
    return rows;
  }

  static String cellText(XWPFTableCell cell) {
    return String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isEmpty()).toList());
  }

  /** The table whose header row starts with the given cell texts. */
  public List<List<String>> table(String... header) {
    for (XWPFTable t : doc.getTables()) {
      List<List<String>> rows = cells(t);
      if (!rows.isEmpty() && rows.get(0).size() >= header.length
          && rows.get(0).subList(0, header.length).equals(List.of(header))) {
        return rows;
      }
    }
    throw new AssertionError("No table with header " + List.of(header) + " in " + doc.getTables().stream().map(t -> cells(t).get(0)).toList());
  }

  /** The row of a table whose cell {@code column} equals {@code label}. */
  public static List<String> row(List<List<String>> table, int column, String label) {
    return table.stream().filter(r -> r.size() > column && r.get(column).equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("No row " + label + " in " + table));
  }

  @Override
  public void close() throws Exception {
    doc.close();
  }
}
