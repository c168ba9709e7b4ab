package vn.viethoa.movement.commendation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a commendation round is held (section III.2 of the plan): the yearly commendation under the
 * law, the interim review of phase 1 at the end of 2027, the final review in 2030.
 */
public enum RoundKind {
  annual("Khen thưởng hằng năm"),
  interim_review("Sơ kết giai đoạn 1 (2026 - 2027)"),
  final_review("Tổng kết giai đoạn 2026 - 2030");

  private final String label;

  RoundKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<RoundKind> parse(String value) {
    return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
