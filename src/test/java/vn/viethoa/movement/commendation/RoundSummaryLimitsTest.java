package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.validation.VariableText;

/**
 * A final review round of 200 proposals: the forms' summary, computed from the register, gives the
 * count per state, the first proposals and a link to the whole list, within a string variable's
 * limit and without being cut; the page the link opens lists all 200.
 */
class RoundSummaryLimitsTest {

  static Proposal proposal(long id, ProposalState state) {
    OffsetDateTime at = OffsetDateTime.parse("2030-12-10T09:00:00+07:00");
    return new Proposal(id, 2030, RoundKind.final_review, "KHENTHUONG-2030-final_review", null, "vp",
        "Văn phòng HĐND và UBND phường", Proposal.Source.ROUND, CandidateType.individual, "Nguyễn Văn Thành " + id,
        "Chuyên viên phụ trách chuyển đổi số", null, "Văn phòng HĐND và UBND phường", CommendationForm.giay_khen,
        "Có sáng kiến số hoá hồ sơ, giảm 30% thời gian giải quyết.", null, null, null, true,
        "đủ các tiêu chí của cá nhân (III.1.2): hoàn thành xuất sắc nhiệm vụ, tích cực ứng dụng công nghệ số, có sáng kiến",
        null, null, null, null, state, null, null, null, null, null, null, "canbo.vp", at, at);
  }

  @Test
  void aRoundOf200ProposalsListsTheFirstTenWithTheCountsAndLinksToTheWholeList() {
    CommendationRound round = new CommendationRound(2030, RoundKind.final_review, null);
    List<Proposal> proposals = LongStream.rangeClosed(1, 200)
        .mapToObj(i -> proposal(i, i <= 150 ? ProposalState.SUBMITTED : ProposalState.RETURNED)).toList();

    String summary = RoundTexts.summary(round, proposals, 10);
    assertThat(summary.length()).isLessThan(VariableText.MAX);
    assertThat(VariableText.fit(summary, "cut")).isEqualTo(summary);
    assertThat(summary).startsWith("#### Tổng kết giai đoạn 2026 - 2030, năm 2030: 200 đề nghị")
        .contains("Theo trạng thái: " + ProposalState.SUBMITTED.label() + " 150; " + ProposalState.RETURNED.label() + " 50.")
        .contains("Nguyễn Văn Thành 1, ").doesNotContain("Nguyễn Văn Thành 11, ")
        .endsWith(" đề nghị khác ([xem danh sách đầy đủ](/api/commendations/rounds/KHENTHUONG-2030-final_review/summary)).\n");
    // ten entries when they fit; these long ones (~400 characters) stop at the budget instead
    long listed = summary.lines().filter(l -> l.startsWith("- **[")).count();
    assertThat(listed).isBetween(5L, 10L);
    assertThat(summary).contains("- … và " + (200 - listed) + " đề nghị khác");
    // a small round is shown whole, as before
    assertThat(RoundTexts.summary(round, proposals.subList(0, 3), 10)).doesNotContain("xem danh sách đầy đủ", "Theo trạng thái")
        .contains("Nguyễn Văn Thành 3, ");

    String whole = RoundTexts.summary(round, proposals);
    assertThat(whole).contains("Nguyễn Văn Thành 200, ").doesNotContain("xem danh sách đầy đủ");
    assertThat(RoundSummaryController.roundOf("KHENTHUONG-2030-final_review")).isEqualTo(round);
  }
}
