package vn.viethoa.movement.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deployed Camunda Form lets a submission carry: its keyed fields with their types, read
 * from the {@code .form} file itself (the only list of fields there is), and the variable names
 * the form shows. {@link #check} names every field of a submission that the form does not declare,
 * that has the wrong type or that is too large. Pure: no engine here.
 */
public final class FormContract {

  /** The kinds of value a form-js field submits. */
  enum Kind { TEXT, NUMBER, BOOLEAN, DATE, CHOICE, SCALAR_LIST, ENTRY_LIST }

  /** One keyed field (or a dynamic list, whose entries have fields of their own). */
  record Field(String key, String label, Kind kind, boolean readonly, int maxLength, Set<Object> choices,
      Map<String, Field> entryFields) {}

  /** Problems of a submission, hard (refused at once) and soft (left to the model's own checks first). */
  public static final class Problems {
    private final List<String> hard = new ArrayList<>();
    private final List<String> soft = new ArrayList<>();

    void hard(String message) {
      hard.add(message);
    }

    void soft(String message) {
      soft.add(message);
    }

    public List<String> hard() {
      return List.copyOf(hard);
    }

    public List<String> soft() {
      return List.copyOf(soft);
    }

    public List<String> all() {
      List<String> all = new ArrayList<>(hard);
      all.addAll(soft);
      return all;
    }
  }

  /** Limits a submission must keep besides its form's own validation. */
  public record Limits(int maxTextLength, int maxListEntries, int maxListBytes) {
    public static final Limits DEFAULT = new Limits(4000, 500, 1_000_000);
  }

  /** form-js component types that hold no value (layout and display only). */
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "button", "iframe",
      "table");
  private static final Set<String> FEEL_WORDS = Set.of("not", "and", "or", "this", "null", "true", "false", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function", "parent", "_parent_",
      "_this_", "string", "number", "date", "time", "length", "contains", "count", "sum", "is", "defined");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w\"])[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]{5,12}(Z|[+-][0-9]{2}:?[0-9]{2})?)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String formId;
  private final Map<String, Field> fields;
  private final Set<String> shownVariables;
  private final Limits limits;

  private FormContract(String formId, Map<String, Field> fields, Set<String> shownVariables, Limits limits) {
    this.formId = formId;
    this.fields = Collections.unmodifiableMap(fields);
    this.shownVariables = Collections.unmodifiableSet(shownVariables);
    this.limits = limits;
  }

  /** The contract of a task or start event without a form: nothing may be submitted. */
  public static FormContract none(Limits limits) {
    return new FormContract(null, Map.of(), Set.of(), limits);
  }

  public static FormContract parse(InputStream form, Limits limits) {
    try {
      return parse(JSON.readTree(form), limits);
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable form: " + e.getMessage(), e);
    }
  }

  public static FormContract parse(JsonNode form, Limits limits) {
    Map<String, Field> fields = new LinkedHashMap<>();
    Set<String> shown = new LinkedHashSet<>();
    collect(form.path("components"), fields, shown, form.path("id").asText(null));
    shownNames(form, shown);
    return new FormContract(form.path("id").asText(null), fields, shown, limits);
  }

  public String formId() {
    return formId;
  }

  /** The names a submission may carry. */
  public Set<String> fieldKeys() {
    return fields.keySet();
  }

  /** Every variable the form shows or edits: its keys and what its texts and conditions read. */
  public Set<String> shownVariables() {
    return shownVariables;
  }

  /** Whether a field takes typed text (textfield, textarea). */
  public boolean isText(String key) {
    Field field = fields.get(key);
    return field != null && field.kind() == Kind.TEXT;
  }

  /** Whether a field is a list (a dynamic list, a checklist or tags). */
  public boolean isList(String key) {
    Field field = fields.get(key);
    return field != null && (field.kind() == Kind.ENTRY_LIST || field.kind() == Kind.SCALAR_LIST);
  }

  /** Fields the form shows but does not let the user change. */
  public Set<String> readonlyKeys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.values().stream().filter(Field::readonly).forEach(f -> keys.add(f.key()));
    return keys;
  }

  /** The message for a read-only field sent back changed. */
  public String readonlyProblem(String key) {
    Field field = fields.get(key);
    return "“" + (field == null ? key : field.label()) + "” (" + key + ") chỉ để xem, không sửa được.";
  }

  /** Whether a value sent back equals the one shown (numbers by value, texts as written, empty as missing). */
  static boolean sameValue(Object shown, Object sent) {
    Object a = SubmittedValue.unwrap(shown);
    boolean aEmpty = a == null || "".equals(a);
    boolean bEmpty = sent == null || "".equals(sent);
    if (aEmpty || bEmpty) {
      return aEmpty && bEmpty;
    }
    if (a instanceof Number x && sent instanceof Number y) {
      try {
        return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    if (a instanceof java.util.Date d && sent instanceof String s) {
      return s.startsWith(d.toInstant().toString().substring(0, 10));
    }
    return a.equals(sent) || a.toString().equals(sent.toString());
  }

  /**
   * The problems of a submission, one Vietnamese sentence each, naming the field; empty when the
   * submission keeps to the form. Values are as the engine receives them (typed values unwrapped).
   */
  public List<String> check(Map<String, ?> submission) {
    return checkDetailed(submission).all();
  }

  /**
   * The problems of a submission, sorted: hard ones (a field the form does not have, a size, a
   * value that must not be read) are refused outright; soft ones (a declared field of the wrong type
   * or with a value it does not offer) are the model's own checks too, which list every problem of
   * the submission at once.
   */
  public Problems checkDetailed(Map<String, ?> submission) {
    Problems problems = new Problems();
    if (submission == null) {
      return problems;
    }
    for (String key : submission.keySet()) {
      Field field = fields.get(key);
      if (field == null) {
        problems.hard("Trường “" + key + "” không có trong biểu mẫu" + (formId == null ? "" : " " + formId)
            + ", không được gửi kèm.");
        continue;
      }
      checkValue(field, SubmittedValue.of(submission, key), null, problems);
    }
    return problems;
  }

  private void checkValue(Field field, Object value, String entryContext, Problems problems) {
    if (value == null) {
      return;
    }
    String name = (entryContext == null ? "" : entryContext + " – ") + "“" + field.label() + "” (" + field.key() + ")";
    switch (field.kind()) {
      case TEXT -> {
        if (value == SubmittedValue.UNREADABLE) {
          problems.hard(name + " có kiểu dữ liệu không được chấp nhận.");
        } else if (!(value instanceof String s)) {
          problems.soft(name + " phải là văn bản.");
        } else if (s.length() > Math.min(field.maxLength(), limits.maxTextLength())) {
          problems.hard(name + " dài quá " + Math.min(field.maxLength(), limits.maxTextLength()) + " ký tự.");
        } else if (hasControlCharacters(s)) {
          problems.hard(name + " chứa ký tự điều khiển không hợp lệ.");
        }
      }
      case DATE -> {
        if (!(value instanceof String s) || s.length() > 40 || !DATE_TEXT.matcher(s).matches()) {
          problems.soft(name + " phải là một ngày (năm-tháng-ngày).");
        }
      }
      case NUMBER -> {
        if (!isFiniteNumber(value)) {
          problems.soft(name + " phải là một số.");
        }
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          problems.soft(name + " phải là Có hoặc Không.");
        }
      }
      case CHOICE -> {
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
          problems.soft(name + " phải là một lựa chọn.");
        } else if (!field.choices().isEmpty() && !"".equals(value) && !containsChoice(field.choices(), value)) {
          problems.soft(name + " không có lựa chọn “" + shorten(String.valueOf(value)) + "”.");
        }
      }
      case SCALAR_LIST, ENTRY_LIST -> checkList(field, value, name, problems);
    }
  }

  private void checkList(Field field, Object value, String name, Problems problems) {
    Object parsed = value;
    if (value instanceof String s) {
      if (s.length() > limits.maxListBytes()) {
        problems.hard(name + " quá lớn (tối đa " + limits.maxListBytes() / 1000 + " KB).");
        return;
      }
      try {
        parsed = JSON.readValue(s, Object.class);
      } catch (IOException e) {
        problems.hard(name + " phải là một danh sách.");
        return;
      }
    } else if (estimatedSize(value) > limits.maxListBytes()) {
      problems.hard(name + " quá lớn (tối đa " + limits.maxListBytes() / 1000 + " KB).");
      return;
    }
    if (!(parsed instanceof List<?> items)) {
      problems.hard(name + " phải là một danh sách.");
      return;
    }
    if (items.size() > limits.maxListEntries()) {
      problems.hard(name + " có tối đa " + limits.maxListEntries() + " mục.");
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      String context = "“" + field.label() + "”, mục " + (i + 1);
      if (field.kind() == Kind.SCALAR_LIST) {
        if (!(item instanceof String || item instanceof Number || item instanceof Boolean)) {
          problems.hard(context + " không đúng định dạng.");
        }
        continue;
      }
      if (!(item instanceof Map<?, ?> entry)) {
        problems.hard(context + " không đúng định dạng.");
        continue;
      }
      for (Map.Entry<?, ?> e : entry.entrySet()) {
        Field inner = field.entryFields().get(String.valueOf(e.getKey()));
        if (inner == null) {
          problems.hard(context + ": trường “" + e.getKey() + "” không có trong biểu mẫu, không được gửi kèm.");
        } else {
          checkValue(inner, e.getValue(), context, problems);
        }
      }
    }
  }

  private static void collect(JsonNode components, Map<String, Field> into, Set<String> shown, String formId) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      if (DISPLAY_ONLY.contains(type)) {
        continue;
      }
      if (type.equals("group") && !c.hasNonNull("path")) {
        collect(c.path("components"), into, shown, formId);
        continue;
      }
      if (type.equals("dynamiclist")) {
        Map<String, Field> entry = new LinkedHashMap<>();
        collect(c.path("components"), entry, shown, formId);
        String key = keyOf(c.path("path").asText(null), formId);
        into.put(key, new Field(key, label(c, key), Kind.ENTRY_LIST, false, 0, Set.of(), Collections.unmodifiableMap(entry)));
        shown.add(key);
        continue;
      }
      Kind kind = switch (type) {
        case "textfield", "textarea" -> Kind.TEXT;
        case "number" -> Kind.NUMBER;
        case "checkbox" -> Kind.BOOLEAN;
        case "datetime" -> Kind.DATE;
        case "radio", "select" -> Kind.CHOICE;
        case "checklist", "taglist" -> Kind.SCALAR_LIST;
        default -> throw new IllegalStateException("Form " + formId + ": field type \"" + type
            + "\" is not understood by the submission check; teach FormContract what it submits");
      };
      String key = keyOf(c.path("key").asText(null), formId);
      int max = c.path("validate").has("maxLength") ? c.path("validate").path("maxLength").asInt() : Integer.MAX_VALUE;
      Set<Object> choices = new LinkedHashSet<>();
      for (JsonNode option : c.path("values")) {
        JsonNode v = option.path("value");
        choices.add(v.isNumber() ? v.decimalValue() : v.isBoolean() ? (Object) v.booleanValue() : v.asText());
      }
      if (c.hasNonNull("valuesKey")) {
        shown.add(c.path("valuesKey").asText());
      }
      boolean readonly = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
      into.put(key, new Field(key, label(c, key), kind, readonly, max, Collections.unmodifiableSet(choices), Map.of()));
      shown.add(key);
    }
  }

  private static String keyOf(String key, String formId) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("Form " + formId + ": a field without key");
    }
    if (key.contains(".")) {
      throw new IllegalStateException("Form " + formId + ": nested key \"" + key + "\" is not supported by the submission check");
    }
    return key;
  }

  private static String label(JsonNode c, String key) {
    String label = c.path("label").asText("");
    return label.isBlank() || label.startsWith("=") ? key : label;
  }

  /** Variables read by templates ({{x}}) and FEEL expressions (=x) anywhere in the form. */
  private static void shownNames(JsonNode node, Set<String> into) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        JsonNode v = e.getValue();
        if (v.isTextual()) {
          String text = v.asText();
          if (text.startsWith("=")) {
            identifiers(text.substring(1), into);
          }
          Matcher m = TEMPLATE.matcher(text);
          while (m.find()) {
            identifiers(m.group(1), into);
          }
        } else {
          shownNames(v, into);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> shownNames(n, into));
    }
  }

  private static void identifiers(String expression, Set<String> into) {
    String withoutStrings = expression.replaceAll("\"[^\"]*\"", "\"\"");
    Matcher m = IDENTIFIER.matcher(withoutStrings);
    while (m.find()) {
      String word = m.group();
      if (!FEEL_WORDS.contains(word)) {
        into.add(word);
      }
    }
  }

  private static boolean isFiniteNumber(Object value) {
    if (value instanceof Double d) {
      return !d.isNaN() && !d.isInfinite();
    }
    if (value instanceof Float f) {
      return !f.isNaN() && !f.isInfinite();
    }
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigDecimal
        || value instanceof java.math.BigInteger;
  }

  private static boolean containsChoice(Collection<Object> choices, Object value) {
    for (Object choice : choices) {
      if (choice instanceof BigDecimal d && value instanceof Number n) {
        try {
          if (d.compareTo(new BigDecimal(n.toString())) == 0) {
            return true;
          }
        } catch (NumberFormatException e) {
          return false;
        }
      } else if (choice.equals(value) || choice.toString().equals(String.valueOf(value)) && value instanceof String) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasControlCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static long estimatedSize(Object value) {
    try {
      return JSON.writeValueAsBytes(value).length;
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
