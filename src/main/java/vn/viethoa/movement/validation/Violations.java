package vn.viethoa.movement.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Collects the Vietnamese messages of a rejected submission. Thrown from an {@code end} listener
 * of a user task (or start event) it makes the REST API answer 400 with the message, rolls back
 * the submitted variables and leaves the task open.
 */
public final class Violations {

  private final List<String> messages = new ArrayList<>();

  public Violations add(String message) {
    messages.add(message);
    return this;
  }

  public Violations check(boolean ok, String message) {
    if (!ok) {
      messages.add(message);
    }
    return this;
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  public List<String> messages() {
    return List.copyOf(messages);
  }

  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new FormFieldValidationException("movement", "Dữ liệu chưa hợp lệ: " + String.join(" ", messages));
    }
  }
}
