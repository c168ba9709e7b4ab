package vn.viethoa.movement.documents;

import java.util.Arrays;
import java.util.Optional;

/** The plan's two reviews (section III.2, IV): the interim review of phase 1 and the final review. */
public enum ReviewKind {
  /** Sơ kết giai đoạn 1, at the end of the phase's last year (2027). */
  INTERIM("interim", "so-ket"),
  /** Tổng kết toàn giai đoạn, in the plan's last year (2030). */
  FINAL("final", "tong-ket");

  private final String id;
  private final String fileStem;

  ReviewKind(String id, String fileStem) {
    this.id = id;
    this.fileStem = fileStem;
  }

  public String id() {
    return id;
  }

  public String fileStem() {
    return fileStem;
  }

  public static Optional<ReviewKind> parse(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
  }
}
