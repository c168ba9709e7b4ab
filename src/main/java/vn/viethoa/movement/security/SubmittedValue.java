package vn.viethoa.movement.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A submitted variable as plain Java: typed values unwrapped, JSON values parsed. A serialized
 * object in any format other than JSON (Java serialization above all) is never deserialized here.
 */
final class SubmittedValue {

  /** Stands for a value that must not be read (a Java-serialized object); no field type accepts it. */
  static final Object UNREADABLE = new Object() {
    @Override
    public String toString() {
      return "(không đọc được)";
    }
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedValue() {}

  /** The value of one submitted variable; a variable map is read typed, never deserializing. */
  static Object of(java.util.Map<String, ?> submission, String key) {
    return unwrap(submission instanceof VariableMap typed ? typed.getValueTyped(key) : submission.get(key));
  }

  static Object unwrap(Object value) {
    if (!(value instanceof TypedValue typed)) {
      // a Spin JSON node handed over by Java code
      return value != null && value.getClass().getName().startsWith("org.camunda.spin") ? parsedOrText(value.toString()) : value;
    }
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String format = serializable.getSerializationDataFormat();
      String text = serializable.getValueSerialized();
      boolean json = format == null ? "json".equalsIgnoreCase(typeName(typed)) : format.toLowerCase().contains("json");
      if (!json || text == null) {
        return text == null ? null : UNREADABLE;
      }
      try {
        return JSON.readValue(text, Object.class);
      } catch (IOException e) {
        return text;
      }
    }
    Object plain = typed.getValue();
    if (plain != null && plain.getClass().getName().startsWith("org.camunda.spin")) {
      return parsedOrText(plain.toString());
    }
    return plain;
  }

  private static Object parsedOrText(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (IOException e) {
      return json;
    }
  }

  private static String typeName(TypedValue typed) {
    return typed.getType() == null ? null : typed.getType().getName();
  }
}
