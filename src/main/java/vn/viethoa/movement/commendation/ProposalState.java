package vn.viethoa.movement.commendation;

/**
 * Where a commendation proposal stands in the register. A proposal moves
 * DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → RECEIVED → UNDER_REVIEW → ELIGIBLE → APPROVED (city
 * forms) → COMMENDED, or ends NOT_ELIGIBLE (criteria not met), COUNCIL_REFUSED (the council's vote
 * fell short of the threshold), REFUSED or WITHDRAWN on the way.
 */
public enum ProposalState {
  DRAFT("Dự thảo, chờ đơn vị xác nhận", false),
  SUBMITTED("Đã gửi đề nghị", false),
  RETURNED("Trả lại để chỉnh sửa, bổ sung", false),
  RECEIVED("Đã tiếp nhận vào danh sách đề nghị", false),
  UNDER_REVIEW("Hội đồng Thi đua - Khen thưởng đang xét", false),
  ELIGIBLE("Đủ điều kiện, Hội đồng đề nghị khen thưởng", false),
  NOT_ELIGIBLE("Không đủ điều kiện", true),
  /** The criteria were met but the council's vote did not reach the threshold: not the same as NOT_ELIGIBLE. */
  COUNCIL_REFUSED("Hội đồng Thi đua - Khen thưởng không thông qua", true),
  APPROVED("Lãnh đạo phường đồng ý, đã trình UBND thành phố", false),
  COMMENDED("Được khen thưởng", true),
  REFUSED("Không được khen thưởng", true),
  WITHDRAWN("Không tiếp tục đề nghị", true);

  private final String label;
  private final boolean terminal;

  ProposalState(String label, boolean terminal) {
    this.label = label;
    this.terminal = terminal;
  }

  public String label() {
    return label;
  }

  /** No further change in this round. */
  public boolean terminal() {
    return terminal;
  }
}
