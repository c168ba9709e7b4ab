package vn.viethoa.movement.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How ND 30/2020 writes dates, numbers and lists in administrative documents. */
public final class VietnameseText {

  /** Blank kept for a number or a day the records office fills in when it registers the document. */
  static final String BLANK = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

  private VietnameseText() {}

  /**
   * "Việt Hoà, ngày 05 tháng 02 năm 2027": days below 10 and months 1 and 2 take a leading zero
   * (ND 30/2020, appendix I). Without a date, the day and month are left blank for the signature.
   */
  public static String placeAndDate(String place, LocalDate date, int yearWhenBlank) {
    if (date == null) {
      return place + ", ngày" + BLANK + "tháng" + BLANK + "năm " + yearWhenBlank;
    }
    return place + ", " + longDate(date);
  }

  /** "ngày 05 tháng 02 năm 2027". */
  public static String longDate(LocalDate date) {
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
    return "ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  /** "245/BC-UBND" as recorded, or a blank number before the symbol. */
  public static String documentNumber(String recorded, DocumentKind kind, String issuerSymbol) {
    if (recorded != null && !recorded.isBlank()) {
      return recorded.trim();
    }
    return BLANK + BLANK + "/" + kind.typeSymbol() + "-" + issuerSymbol;
  }

  /** "- a;" ... "- z." as the recipients block and enumerations end their lines. */
  public static List<String> dashed(List<String> items) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String item = stripEnd(items.get(i));
      out.add("- " + item + (i == items.size() - 1 ? "." : ";"));
    }
    return out;
  }

  /** A narrative typed in a form, one paragraph per non-empty line; a fallback when there is none. */
  public static List<String> paragraphs(String text, String whenEmpty) {
    List<String> out = text == null ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    return out.isEmpty() ? List.of(whenEmpty) : out;
  }

  /** Two-digit count as documents write small numbers: 05 tập thể, 12 cá nhân. */
  /**
   * The movement's name without its closing period ("… giai đoạn 2026 - 2030"), for texts about one
   * year or one phase of it.
   */
  public static String withoutPeriod(String movementName) {
    return movementName.replaceFirst("\\s+giai đoạn\\s+\\d{4}\\s*-\\s*\\d{4}\\s*$", "");
  }

  public static String count(long n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static String stripEnd(String s) {
    String t = s.strip();
    while (t.endsWith(";") || t.endsWith(".") && !t.endsWith("..")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }
}
