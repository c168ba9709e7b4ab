package vn.viethoa.movement.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Growing summaries stay within the engine's 4,000 characters of a string variable. */
class VariableTextTest {

  static final String REST = "*(Danh sách dài: xem sổ theo dõi.)*";

  @Test
  void aRoundOf200ProposalsIsCutAtALineEndWithAPointerToTheRest() {
    String summary = IntStream.rangeClosed(1, 200).mapToObj(i -> "- " + i + ". Tập thể Tổ dân phố số " + i
            + ": Giấy khen của Chủ tịch UBND phường — đã tiếp nhận, đủ tiêu chí (Hội đồng đồng ý 3/3), chờ lãnh đạo quyết định;"
            + " thành tích: dẫn đầu phong trào chuyển đổi số, 100% hộ có địa chỉ số, phân loại rác tại nguồn.")
        .collect(Collectors.joining("\n"));
    assertThat(summary.length()).isGreaterThan(40_000);

    String fitted = VariableText.fit(summary, REST);

    assertThat(fitted.length()).isLessThanOrEqualTo(VariableText.MAX);
    assertThat(fitted).startsWith("- 1. Tập thể").endsWith(REST);
    assertThat(fitted.substring(0, fitted.length() - REST.length()).strip()).endsWith("phân loại rác tại nguồn.");
  }

  @Test
  void aShortTextStaysAsItIs() {
    assertThat(VariableText.fit("- 1 đề nghị", REST)).isEqualTo("- 1 đề nghị");
    assertThat(VariableText.fit(null, REST)).isNull();
  }
}
