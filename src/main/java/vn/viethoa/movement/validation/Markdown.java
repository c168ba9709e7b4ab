package vn.viethoa.movement.validation;

/**
 * Text that someone typed, made safe to place in the markdown a form renders (the round's summary,
 * the ward's summary): its markdown and HTML characters are escaped and its line breaks flattened,
 * so that nobody can plant links, images or markup in another official's form.
 */
public final class Markdown {

  private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~&\"'=";

  private Markdown() {}

  public static String escape(String typed) {
    if (typed == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(typed.length() + 16);
    for (char c : typed.replaceAll("[\\r\\n\\t]+", " ").toCharArray()) {
      if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c >= 0x20) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
