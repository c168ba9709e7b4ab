package vn.viethoa.movement.validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads submitted values with the checks every form needs on the server: presence, type, length,
 * range. Each problem becomes one Vietnamese sentence naming the field by its form label.
 */
public final class FormInput {

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private final Function<String, Object> values;
  private final Violations violations;
  /** Names the entry of a list in messages ("Đề nghị khen thưởng, mục 2"), or null. */
  private final String context;

  private FormInput(Function<String, Object> values) {
    this(values, new Violations(), null);
  }

  private FormInput(Function<String, Object> values, Violations violations, String context) {
    this.values = values;
    this.violations = violations;
    this.context = context;
  }

  /** Values submitted to a task or start form (the execution sees them by now). */
  public static FormInput of(VariableScope scope) {
    return new FormInput(scope::getVariable);
  }

  public static FormInput of(Map<String, ?> values) {
    return new FormInput(values::get);
  }

  public Violations violations() {
    return violations;
  }

  /** Records a problem of one field in the form's words, e.g. “Hình thức khen thưởng” không áp dụng …. */
  public void reject(String label, String problem) {
    violations.add(field(label) + " " + problem);
  }

  /** A text; blank counts as missing. Returns the trimmed text, or null. */
  public String text(String name, String label, boolean required, int maxLength) {
    Object value = values.apply(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      violations.check(!required, field(label) + " là bắt buộc.");
      return null;
    }
    if (!(value instanceof String s)) {
      violations.add(field(label) + " phải là văn bản.");
      return null;
    }
    String trimmed = s.trim();
    violations.check(trimmed.length() <= maxLength, field(label) + " dài quá " + maxLength + " ký tự.");
    return trimmed;
  }

  /** One of the allowed values. */
  public String choice(String name, String label, Collection<String> allowed) {
    String value = text(name, label, true, 100);
    if (value != null && !allowed.contains(value)) {
      violations.add(field(label) + " không có giá trị \"" + value + "\".");
      return null;
    }
    return value;
  }

  /** A yes/no answer (checkbox); missing counts as no unless required. */
  public Boolean bool(String name, String label, boolean required) {
    Object value = values.apply(name);
    if (value == null) {
      violations.check(!required, field(label) + " là bắt buộc.");
      return required ? null : Boolean.FALSE;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    violations.add(field(label) + " phải là Có hoặc Không.");
    return null;
  }

  /**
   * A list of entries (a form's dynamic list), as submitted: a JSON value from Tasklist, a JSON
   * string, or a list. Each entry is read by its own FormInput, so its problems name the entry.
   */
  public java.util.List<FormInput> list(String name, String label, int maxEntries) {
    Object value = values.apply(name);
    if (value == null) {
      return java.util.List.of();
    }
    java.util.List<?> items;
    if (value instanceof java.util.List<?> l) {
      items = l;
    } else {
      String json = value instanceof String s ? s : value.toString();
      try {
        Object parsed = JSON.readValue(json, Object.class);
        if (!(parsed instanceof java.util.List<?> l)) {
          violations.add(field(label) + " phải là một danh sách.");
          return java.util.List.of();
        }
        items = l;
      } catch (java.io.IOException e) {
        violations.add(field(label) + " phải là một danh sách.");
        return java.util.List.of();
      }
    }
    if (items.size() > maxEntries) {
      violations.add(field(label) + " có tối đa " + maxEntries + " mục.");
      return java.util.List.of();
    }
    java.util.List<FormInput> entries = new java.util.ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> entry)) {
        violations.add(field(label) + ", mục " + (i + 1) + ": không đúng định dạng.");
        continue;
      }
      FormInput child = new FormInput(k -> entry.get(k), violations, label + ", mục " + (i + 1));
      entries.add(child);
    }
    return entries;
  }

  /** Number and symbol of an official document, e.g. 245/BC-UBND or 15/QĐ-UBND. */
  public String documentNumber(String name, String label, boolean required, String example) {
    String number = text(name, label, required, 50);
    if (number != null && !number.matches("[0-9]+/[\\p{L}0-9./-]+")) {
      violations.add(field(label) + " phải có dạng số/ký hiệu, ví dụ " + example + ".");
      return null;
    }
    return number;
  }

  /**
   * A calendar date as forms submit it ("2026-12-03", or a date-time whose first ten characters are
   * the date). Returns null when missing or unreadable.
   */
  public java.time.LocalDate date(String name, String label, boolean required) {
    String value = text(name, label, required, 40);
    if (value == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (java.time.format.DateTimeParseException e) {
      violations.add(field(label) + " không phải là một ngày (định dạng năm-tháng-ngày).");
      return null;
    }
  }

  /** A whole number ≥ 0 (a count). Accepts integral numbers only, never text. */
  public Long count(String name, String label, boolean required) {
    return wholeNumber(name, label, required, 0, Long.MAX_VALUE);
  }

  public Long wholeNumber(String name, String label, boolean required, long min, long max) {
    Optional<BigDecimal> number = number(name, label, required);
    if (number.isEmpty()) {
      return null;
    }
    BigDecimal n = number.get();
    if (n.stripTrailingZeros().scale() > 0) {
      violations.add(field(label) + " phải là số nguyên.");
      return null;
    }
    if (n.compareTo(BigDecimal.valueOf(min)) < 0) {
      violations.add(min == 0 ? field(label) + " không được là số âm." : field(label) + " phải từ " + min + " trở lên.");
      return null;
    }
    if (n.compareTo(BigDecimal.valueOf(max)) > 0) {
      violations.add(field(label) + " không được lớn hơn " + max + ".");
      return null;
    }
    return n.longValueExact();
  }

  /** A rate in percent, 0 to 100. */
  public BigDecimal percent(String name, String label, boolean required) {
    Optional<BigDecimal> number = number(name, label, required);
    if (number.isEmpty()) {
      return null;
    }
    BigDecimal n = number.get();
    if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
      violations.add(field(label) + " phải nằm trong khoảng từ 0 đến 100 (%).");
      return null;
    }
    return n;
  }

  private Optional<BigDecimal> number(String name, String label, boolean required) {
    Object value = values.apply(name);
    if (value == null) {
      violations.check(!required, field(label) + " là bắt buộc.");
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        violations.add(field(label) + " phải là một số.");
        return Optional.empty();
      }
      return Optional.of(BigDecimal.valueOf(d));
    }
    if (value instanceof Float f) {
      return Optional.of(BigDecimal.valueOf(f.doubleValue()));
    }
    if (value instanceof BigDecimal b) {
      return Optional.of(b);
    }
    violations.add(field(label) + " phải là một số.");
    return Optional.empty();
  }

  private String field(String label) {
    return context == null ? "“" + label + "”" : "“" + context + " – " + label + "”";
  }
}
