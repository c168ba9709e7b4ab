package vn.viethoa.movement.adjustment;

import java.util.Arrays;
import java.util.List;

/** What a unit asks of the Committee (section V of the plan); values of the start form's select. */
public enum RequestKind {
  difficulty("Báo cáo khó khăn, vướng mắc"),
  adjustment("Đề nghị điều chỉnh kế hoạch"),
  supplement("Đề nghị bổ sung kế hoạch");

  private final String label;

  RequestKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** An adjustment or a supplement must say what should change. */
  public boolean needsProposedChange() {
    return this != difficulty;
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
