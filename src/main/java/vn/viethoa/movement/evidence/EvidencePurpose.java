package vn.viethoa.movement.evidence;

import java.util.Arrays;
import java.util.Optional;

/** What a file is evidence for. */
public enum EvidencePurpose {
  REPORT("Báo cáo kết quả năm"),
  NOMINATION("Đề nghị khen thưởng");

  private final String label;

  EvidencePurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<EvidencePurpose> parse(String value) {
    return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
  }
}
