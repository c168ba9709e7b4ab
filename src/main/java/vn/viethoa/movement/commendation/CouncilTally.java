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

  private int basis() {
    return rule.basis() == CommendationProperties.Basis.MEMBERS ? councilSize : votesCast;
  }
}
