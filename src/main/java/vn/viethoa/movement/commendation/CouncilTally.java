package vn.viethoa.movement.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.viethoa.movement.reporting.SummaryFormatter;

/**
 * Counts the council's votes on one proposal against the configured threshold. Plain Java.
 *
 * @param votesFor votes in favour
 * @param votesCast members who voted
 * @param councilSize members of the council when the vote opened
 */
public record CouncilTally(int votesFor, int votesCast, int councilSize, CommendationProperties.Council rule) {

  /** The share of votes in favour of the basis, in percent, one decimal. */
  public BigDecimal sharePercent() {
    int basis = basis();
    if (basis == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(votesFor * 100L).divide(BigDecimal.valueOf(basis), 1, RoundingMode.HALF_UP);
  }

  public boolean passed() {
    int basis = basis();
    // exact: votesFor / basis >= passPercent / 100, without rounding the share first
    return basis > 0 && BigDecimal.valueOf(votesFor * 100L).compareTo(rule.passPercent().multiply(BigDecimal.valueOf(basis))) >= 0;
  }

  private static String percent(BigDecimal value) {
    return SummaryFormatter.percent(value);
  }

  /** e.g. "2/3 thành viên Hội đồng đồng ý (66,7%); cần từ 70% tổng số thành viên trở lên." */
  public String explanation() {
    String of = rule.basis() == CommendationProperties.Basis.MEMBERS
        ? votesFor + "/" + councilSize + " thành viên Hội đồng đồng ý"
        : votesFor + "/" + votesCast + " phiếu biểu quyết đồng ý (" + votesCast + "/" + councilSize + " thành viên đã biểu quyết)";
    String needed = rule.basis() == CommendationProperties.Basis.MEMBERS ? "tổng số thành viên" : "số phiếu biểu quyết";
    return of + " (" + percent(sharePercent()) + "); " + (passed() ? "đạt" : "chưa đạt") + " tỷ lệ từ "
        + percent(rule.passPercent()) + " " + needed + " trở lên.";
  }

  /**
   * The least number of votes in favour that passes among {@code members} (all members of the
   * council, or all of them voting on the VOTES_CAST basis); more than {@code members} when no
   * count can pass (a threshold above 100%).
   */
  public static int votesNeeded(int members, CommendationProperties.Council rule) {
    for (int n = 0; n <= members; n++) {
      if (new CouncilTally(n, members, members, rule).passed()) {
        return n;
      }
    }
    return members + 1;
  }

  /**
   * The rule as the vote form states it, with this council's numbers: e.g. "Đề nghị được thông qua
   * khi có ít nhất 3/3 thành viên đồng ý (từ 70% tổng số thành viên Hội đồng trở lên); với 3 thành
   * viên, 1 phiếu không đồng ý là đề nghị không được thông qua. …"
   */
  public static String rule(int members, CommendationProperties.Council rule, String dueText) {
    int needed = votesNeeded(members, rule);
    int blocking = members - needed + 1;
    String percent = percent(rule.passPercent());
    if (rule.basis() == CommendationProperties.Basis.MEMBERS) {
      return "Đề nghị được thông qua khi có ít nhất " + needed + "/" + members + " thành viên đồng ý (từ " + percent
          + " tổng số thành viên Hội đồng trở lên); với " + members + " thành viên, " + blocking
          + " phiếu không đồng ý là đề nghị không được thông qua. Thành viên chưa biểu quyết khi hết hạn ("
          + dueText + ") được tính là không đồng ý.";
    }
    return "Đề nghị được thông qua khi số phiếu đồng ý đạt từ " + percent + " số thành viên đã biểu quyết trở lên; "
        + "nếu cả " + members + " thành viên biểu quyết, cần ít nhất " + needed + "/" + members + " phiếu đồng ý, "
        + blocking + " phiếu không đồng ý là đề nghị không được thông qua. Hạn biểu quyết: " + dueText + ".";
  }

  private int basis() {
    return rule.basis() == CommendationProperties.Basis.MEMBERS ? councilSize : votesCast;
  }
}
