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

  private final Function<String, Object> values;
  private final Violations violations = new Violations();

  private FormInput(Function<String, Object> values) {
    this.values = values;
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

  /** A text; blank counts as missing. Returns the trimmed text, or null. */
  public String text(String name, String label, boolean required, int maxLength) {
    Object value = values.apply(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      violations.check(!required, "«" + label + "» là bắt buộc.");
      return null;
    }
    if (!(value instanceof String s)) {
      violations.add("«" + label + "» phải là văn bản.");
      return null;
    }
    String trimmed = s.trim();
    violations.check(trimmed.length() <= maxLength, "«" + label + "» dài quá " + maxLength + " ký tự.");
    return trimmed;
  }

  /** One of the allowed values. */
  public String choice(String name, String label, Collection<String> allowed) {
    String value = text(name, label, true, 100);
    if (value != null && !allowed.contains(value)) {
      violations.add("«" + label + "» không có giá trị \"" + value + "\".");
      return null;
    }
    return value;
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
      violations.add("«" + label + "» phải là số nguyên.");
      return null;
    }
    if (n.compareTo(BigDecimal.valueOf(min)) < 0) {
      violations.add(min == 0 ? "«" + label + "» không được là số âm." : "«" + label + "» phải từ " + min + " trở lên.");
      return null;
    }
    if (n.compareTo(BigDecimal.valueOf(max)) > 0) {
      violations.add("«" + label + "» không được lớn hơn " + max + ".");
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
      violations.add("«" + label + "» phải nằm trong khoảng từ 0 đến 100 (%).");
      return null;
    }
    return n;
  }

  private Optional<BigDecimal> number(String name, String label, boolean required) {
    Object value = values.apply(name);
    if (value == null) {
      violations.check(!required, "«" + label + "» là bắt buộc.");
      return Optional.empty();
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        violations.add("«" + label + "» phải là một số.");
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
    violations.add("«" + label + "» phải là một số.");
    return Optional.empty();
  }
}
