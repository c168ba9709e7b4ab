package vn.viethoa.movement.validation;

/**
 * Texts the engine keeps in a string variable hold at most {@value #MAX} characters (Camunda's
 * limit for a string variable). A summary that grows with the ward (one line per proposal, per
 * residential group) is cut at a line's end with a pointer to where the whole list lives (the
 * register, the generated document), so a round of 200 proposals or a ward of 400 groups still runs.
 */
public final class VariableText {

  public static final int MAX = 4000;

  private VariableText() {}

  /** The text itself when it fits, otherwise its first lines and the given pointer to the rest. */
  public static String fit(String text, String rest) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    String tail = "\n\n" + rest;
    int cut = text.lastIndexOf('\n', MAX - tail.length() - 1);
    if (cut <= 0) {
      cut = MAX - tail.length();
    }
    return text.substring(0, cut) + tail;
  }
}
