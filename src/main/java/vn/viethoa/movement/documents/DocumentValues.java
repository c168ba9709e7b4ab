package vn.viethoa.movement.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a template is filled with, collected by a document's builder. */
public final class DocumentValues {

  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, List<String>> lists = new LinkedHashMap<>();
  private final Map<String, List<DocxTemplate.Row>> rows = new LinkedHashMap<>();
  private final Map<String, DocxTemplate.Table> tables = new LinkedHashMap<>();

  public DocumentValues text(String name, Object value) {
    texts.put(name, value == null ? "" : value.toString());
    return this;
  }

  public DocumentValues list(String name, List<String> items) {
    lists.put(name, new ArrayList<>(items));
    return this;
  }

  public DocumentValues rows(String name, List<DocxTemplate.Row> items) {
    rows.put(name, new ArrayList<>(items));
    return this;
  }

  public DocumentValues table(String name, DocxTemplate.Table table) {
    tables.put(name, table);
    return this;
  }

  public String text(String name) {
    return texts.get(name);
  }

  DocxTemplate template() {
    return new DocxTemplate(texts, lists, rows, tables);
  }
}
