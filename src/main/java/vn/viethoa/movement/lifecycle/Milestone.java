package vn.viethoa.movement.lifecycle;

import java.time.LocalDate;

/**
 * A milestone of the plan's calendar (section IV and V) as it stands: the launch, each year's
 * reports, the interim and the final review. {@code date} is the plan's date for it; {@code overdue}
 * says its deadline passed while it is not done; {@code doneOn} is when it was done, if known.
 */
public record Milestone(String key, String title, LocalDate date, Status status, boolean overdue, LocalDate doneOn,
    String detail, Integer year) {

  public enum Status {
    DONE("Đã hoàn thành"),
    CURRENT("Đang thực hiện"),
    NEXT("Tiếp theo"),
    UPCOMING("Sắp tới");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String statusLabel() {
    return overdue ? status.label() + " – quá hạn" : status.label();
  }
}
