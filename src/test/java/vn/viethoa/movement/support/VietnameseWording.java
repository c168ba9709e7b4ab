package vn.viethoa.movement.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spelling convention of ADR 0011, as a checker of any text: Vietnamese quotation marks, the
 * tone mark on the main vowel of the open syllables oa, oe, uy (hoá, hoà, thuỷ), and the names of the
 * State and its bodies in the plan's spelling (Ủy ban, Đảng ủy, Cộng hòa).
 */
public final class VietnameseWording {

  /** A word ending in an old-style placement: hóa, hòa, khỏe, thủy (not quý, not của). */
  private static final Pattern OLD_PLACEMENT =
      Pattern.compile("(?iU)(?:[òóỏõọ][ae]|(?<!q)[ùúủũụ]y)$");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Names kept as the plan and the law write them; removed before the words are checked. */
  private static final Pattern KEPT_NAMES = Pattern.compile("(?U)\\b(?:Ủy ban|ỦY BAN|Đảng ủy|ĐẢNG ỦY|Cộng hòa|CỘNG HÒA)\\b");

  /** The same names in the other placement: one name, one form. */
  private static final Map<Pattern, String> KEPT_NAMES_OTHERWISE = Map.of(
      Pattern.compile("(?iU)\\bUỷ ban\\b"), "Ủy ban",
      Pattern.compile("(?iU)\\bĐảng uỷ\\b"), "Đảng ủy",
      Pattern.compile("(?iU)\\bCộng hoà\\b"), "Cộng hòa");

  private VietnameseWording() {}

  /** Every breach of the convention in {@code text}, each naming the word and what to write. */
  public static List<String> problems(String text) {
    // escapes of JSON and Java strings ("\\nỦy ban") separate words as the characters they stand for do
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\\\[ntr]", " ");
    List<String> found = new ArrayList<>();
    if (nfc.indexOf('«') >= 0 || nfc.indexOf('»') >= 0) {
      found.add("«…» instead of “…”");
    }
    KEPT_NAMES_OTHERWISE.forEach((pattern, kept) -> {
      Matcher m = pattern.matcher(nfc);
      while (m.find()) {
        found.add("“" + m.group() + "” instead of “" + kept + "”");
      }
    });
    Matcher word = WORD.matcher(KEPT_NAMES.matcher(nfc).replaceAll(" "));
    while (word.find()) {
      if (OLD_PLACEMENT.matcher(word.group()).find()) {
        found.add("“" + word.group() + "” instead of “" + newPlacement(word.group()) + "”");
      }
    }
    return found;
  }

  /** hóa → hoá: the tone mark moves from o/u to the following a, e or y. */
  static String newPlacement(String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    int last = nfd.length() - 1;
    char tone = nfd.charAt(last - 1);
    String moved = nfd.substring(0, last - 1) + nfd.charAt(last) + tone;
    return Normalizer.normalize(moved, Normalizer.Form.NFC);
  }
}
