package vn.viethoa.movement.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The ward's report for a year: its state, the lead unit's assessment, approval, submission to the city. */
public record WardReport(
    int year,
    Status status,
    String processInstanceId,
    String assessment,
    String difficulties,
    String proposals,
    String aggregatedBy,
    OffsetDateTime aggregatedAt,
    String returnComment,
    String approvedBy,
    OffsetDateTime approvedAt,
    String cityDocumentNumber,
    LocalDate citySubmittedOn,
    String citySubmittedBy) {

  public enum Status {
    COLLECTING("Đang thu thập báo cáo"),
    AGGREGATED("Đã tổng hợp, chờ lãnh đạo duyệt"),
    RETURNED("Lãnh đạo trả lại để chỉnh sửa"),
    APPROVED("Lãnh đạo đã duyệt"),
    SUBMITTED("Đã gửi UBND thành phố");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
