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
}
