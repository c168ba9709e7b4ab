package vn.viethoa.movement.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the arguments of the engine's own commands (task id, submitted variables), which the
 * engine keeps in protected fields. {@code EngineCommandsTest} reads every field the guard uses, so
 * an engine upgrade that renames one breaks the build, not the guard.
 */
final class EngineCommands {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  private EngineCommands() {}

  @SuppressWarnings("unchecked")
  static <T> T read(Object command, String fieldName) {
    Field field = FIELDS.computeIfAbsent(command.getClass().getName() + "#" + fieldName, k -> find(command.getClass(), fieldName));
    try {
      return (T) field.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read " + fieldName + " of " + command.getClass().getName(), e);
    }
  }

  static boolean hasField(Class<?> type, String name) {
    try {
      find(type, name);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    throw new IllegalStateException("Engine command " + type.getName() + " has no field " + name
        + ": the submission guard must be adapted to this engine version");
  }
}
