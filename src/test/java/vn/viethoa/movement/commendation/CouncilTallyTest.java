package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.commendation.CommendationProperties.Basis;
import vn.viethoa.movement.commendation.CommendationProperties.Council;

/** The council's threshold, without an engine: the share is exact, the basis is configuration. */
class CouncilTallyTest {

  static final Council SEVENTY_OF_MEMBERS = new Council(new BigDecimal("70"), Basis.MEMBERS);

  @Test
  void seventyPercentOfAllMembersNeedsThreeOfThreeOrSevenOfTen() {
    assertThat(new CouncilTally(3, 3, 3, SEVENTY_OF_MEMBERS).passed()).isTrue();
    assertThat(new CouncilTally(2, 3, 3, SEVENTY_OF_MEMBERS).passed()).isFalse();
    assertThat(new CouncilTally(7, 7, 10, SEVENTY_OF_MEMBERS).passed()).isTrue();
    assertThat(new CouncilTally(6, 10, 10, SEVENTY_OF_MEMBERS).passed()).isFalse();
    assertThat(new CouncilTally(2, 3, 3, SEVENTY_OF_MEMBERS).explanation())
        .isEqualTo("2/3 thành viên Hội đồng đồng ý (66,7%); chưa đạt tỷ lệ từ 70% tổng số thành viên trở lên.");
  }

  @Test
  void aMemberWhoDidNotVoteCountsAgainstOnTheMembersBasisButNotOnTheVotesCast() {
    Council castSeventy = new Council(new BigDecimal("70"), Basis.VOTES_CAST);
    assertThat(new CouncilTally(2, 2, 3, SEVENTY_OF_MEMBERS).passed()).isFalse();
    assertThat(new CouncilTally(2, 2, 3, castSeventy).passed()).isTrue();
    assertThat(new CouncilTally(2, 2, 3, castSeventy).explanation())
        .isEqualTo("2/2 phiếu biểu quyết đồng ý (2/3 thành viên đã biểu quyết) (100%); đạt tỷ lệ từ 70% số phiếu biểu quyết trở lên.");
    assertThat(new CouncilTally(0, 0, 3, castSeventy).passed()).as("no votes cast, nothing passes").isFalse();
  }

  @Test
  void moreThanHalfIsExpressedAsAShareJustAboveFifty() {
    Council majority = new Council(new BigDecimal("50.1"), Basis.MEMBERS);
    assertThat(new CouncilTally(2, 3, 3, majority).passed()).isTrue();
    assertThat(new CouncilTally(2, 4, 4, majority).passed()).isFalse();
    assertThat(new CouncilTally(3, 4, 4, majority).passed()).isTrue();
  }

  @Test
  void theRuleOnTheBallotNamesTheVotesNeededAndHowManyAgainstDecide() {
    assertThat(CouncilTally.votesNeeded(3, SEVENTY_OF_MEMBERS)).isEqualTo(3);
    assertThat(CouncilTally.votesNeeded(10, SEVENTY_OF_MEMBERS)).isEqualTo(7);
    assertThat(CouncilTally.rule(3, SEVENTY_OF_MEMBERS, "17:00 ngày 30/12/2026")).isEqualTo("Đề nghị được thông qua khi có "
        + "ít nhất 3/3 thành viên đồng ý (từ 70% tổng số thành viên Hội đồng trở lên); với 3 thành viên, 1 phiếu không đồng "
        + "ý là đề nghị không được thông qua. Thành viên chưa biểu quyết khi hết hạn (17:00 ngày 30/12/2026) được tính là "
        + "không đồng ý.");
    assertThat(CouncilTally.rule(10, SEVENTY_OF_MEMBERS, "17:00 ngày 30/12/2026"))
        .contains("ít nhất 7/10 thành viên đồng ý").contains("với 10 thành viên, 4 phiếu không đồng ý");
    Council majorityOfVotes = new Council(new BigDecimal("50.1"), Basis.VOTES_CAST);
    assertThat(CouncilTally.rule(5, majorityOfVotes, "17:00 ngày 30/12/2026")).isEqualTo("Đề nghị được thông qua khi số "
        + "phiếu đồng ý đạt từ 50,1% số thành viên đã biểu quyết trở lên; nếu cả 5 thành viên biểu quyết, cần ít nhất 3/5 "
        + "phiếu đồng ý, 3 phiếu không đồng ý là đề nghị không được thông qua. Hạn biểu quyết: 17:00 ngày 30/12/2026.");
  }
}
