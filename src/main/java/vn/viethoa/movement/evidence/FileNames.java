package vn.viethoa.movement.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Original file names are only ever shown, never used on disk (files are stored under random ids).
 * A name that tries something — a path, control characters, markup characters, a hidden or
 * endless name — is refused; an ordinary one is normalised (NFC, spaces collapsed).
 */
public final class FileNames {

  public static final int MAX_LENGTH = 150;

  private FileNames() {}

  /** Why a name is refused, in Vietnamese; empty when it is acceptable. */
  public static Optional<String> problem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("Tệp không có tên.");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of("Tên tệp quá dài (tối đa " + MAX_LENGTH + " ký tự).");
    }
    if (name.contains("/") || name.contains("\\") || name.contains("..")) {
      return Optional.of("Tên tệp không được chứa đường dẫn (/, \\ hoặc ..).");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        return Optional.of("Tên tệp chứa ký tự điều khiển không hợp lệ.");
      }
      if ("<>:\"|?*".indexOf(c) >= 0) {
        return Optional.of("Tên tệp không được chứa các ký tự < > : \" | ? *");
      }
    }
    if (name.strip().startsWith(".")) {
      return Optional.of("Tên tệp không được bắt đầu bằng dấu chấm.");
    }
    if (extension(name).isEmpty()) {
      return Optional.of("Tên tệp phải có phần mở rộng (.jpg, .png hoặc .pdf).");
    }
    return Optional.empty();
  }

  /** The name as displayed: NFC, inner whitespace collapsed. */
  public static String display(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
  }

  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** ASCII fallback for old clients' Content-Disposition: letters without diacritics, digits, - _ . */
  public static String ascii(String name) {
    String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    String safe = plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
    return safe.isBlank() ? "minh-chung" : safe;
  }
}
