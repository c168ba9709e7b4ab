package vn.viethoa.movement.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/** The server-side checks every form relies on, without an engine. */
class FormInputTest {

  static FormInput input(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return FormInput.of(values);
  }

  @Test
  void countsMustBeWholeAndNotNegative() {
    FormInput in = input("a", -1L, "b", 2.5, "c", "7", "d", 12, "e", 3.0);
    assertThat(in.count("a", "Số lớp", true)).isNull();
    assertThat(in.count("b", "Số buổi", true)).isNull();
    assertThat(in.count("c", "Số bài", true)).isNull();
    assertThat(in.count("d", "Số người", true)).isEqualTo(12L);
    assertThat(in.count("e", "Số cây", true)).isEqualTo(3L);
    assertThat(in.count("missing", "Số sáng kiến", true)).isNull();
    assertThat(in.violations().messages()).containsExactly(
        "“Số lớp” không được là số âm.",
        "“Số buổi” phải là số nguyên.",
        "“Số bài” phải là một số.",
        "“Số sáng kiến” là bắt buộc.");
  }

  @Test
  void ratesLieBetweenZeroAndHundred() {
    FormInput in = input("a", 100, "b", 100.5, "c", -0.1, "d", 87.5);
    assertThat(in.percent("a", "Tỷ lệ", true)).isEqualByComparingTo("100");
    assertThat(in.percent("b", "Tỷ lệ đúng hạn", true)).isNull();
    assertThat(in.percent("c", "Tỷ lệ trực tuyến", true)).isNull();
    assertThat(in.percent("d", "Tỷ lệ hài lòng", true)).isEqualByComparingTo(new BigDecimal("87.5"));
    assertThat(in.violations().messages()).hasSize(2).allMatch(m -> m.contains("từ 0 đến 100"));
  }

  @Test
  void textsAreTrimmedRequiredAndBounded() {
    FormInput in = input("a", "  Báo cáo  ", "b", "   ", "c", "x".repeat(11), "d", 5);
    assertThat(in.text("a", "Tiêu đề", true, 10)).isEqualTo("Báo cáo");
    assertThat(in.text("b", "Nội dung", true, 10)).isNull();
    in.text("c", "Đề xuất", true, 10);
    in.text("d", "Khó khăn", false, 10);
    assertThat(in.choice("a", "Loại", List.of("x"))).isNull();
    assertThat(in.violations().messages()).containsExactly(
        "“Nội dung” là bắt buộc.", "“Đề xuất” dài quá 10 ký tự.", "“Khó khăn” phải là văn bản.",
        "“Loại” không có giá trị \"Báo cáo\".");
  }

  @Test
  void documentNumbersAndDatesAreReadAsOfficialsWriteThem() {
    FormInput in = input("n", "15/QĐ-UBND", "m", "không số", "d", "2026-12-28", "t", "2026-12-28T00:00:00.000Z", "x", "28/12/2026");
    assertThat(in.documentNumber("n", "Số quyết định", true, "15/QĐ-UBND")).isEqualTo("15/QĐ-UBND");
    assertThat(in.documentNumber("m", "Số tờ trình", true, "45/TTr-UBND")).isNull();
    assertThat(in.documentNumber("missing", "Số văn bản", false, "1/BC-UBND")).isNull();
    assertThat(in.date("d", "Ngày quyết định", true)).isEqualTo(java.time.LocalDate.of(2026, 12, 28));
    assertThat(in.date("t", "Ngày trình", true)).isEqualTo(java.time.LocalDate.of(2026, 12, 28));
    assertThat(in.date("x", "Ngày gửi", true)).isNull();
    in.reject("Hình thức", "không áp dụng.");
    assertThat(in.violations().messages()).containsExactly(
        "“Số tờ trình” phải có dạng số/ký hiệu, ví dụ 45/TTr-UBND.",
        "“Ngày gửi” không phải là một ngày (định dạng năm-tháng-ngày).",
        "“Hình thức” không áp dụng.");
  }

  @Test
  void violationsBecomeOneVietnameseValidationError() {
    Violations v = new Violations().add("“A” là bắt buộc.").add("“B” phải là một số.");
    assertThatThrownBy(v::throwIfAny).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Dữ liệu chưa hợp lệ: “A” là bắt buộc. “B” phải là một số.");
    new Violations().throwIfAny();
  }
}
