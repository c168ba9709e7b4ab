package vn.viethoa.movement.commendation;

/** One commendation round: its year and kind, and the process instance running it. */
public record CommendationRound(int year, RoundKind kind, String processInstanceId) {

  /** e.g. "KHENTHUONG-2027-interim_review". */
  public String businessKey() {
    return CommendationRoundProcess.businessKey(year, kind);
  }

  /** e.g. "Sơ kết giai đoạn 1 (2026 - 2027), năm 2027". */
  public String label() {
    return kind.label() + ", năm " + year;
  }
}
