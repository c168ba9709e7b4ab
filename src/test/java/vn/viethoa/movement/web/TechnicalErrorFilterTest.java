package vn.viethoa.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a client reads of the engine's errors: Vietnamese, never SQL or a stack trace. */
class TechnicalErrorFilterTest {

  @Test
  void aDatabaseErrorIsAnsweredWithAReferenceNotItsSql() {
    String engine = "ENGINE-03083 Exception while executing Batch Database Operations with message '### Error flushing "
        + "statements. Cause: org.apache.ibatis.executor.BatchExecutorException: insert into ACT_RU_VARIABLE ...'";
    var answer = TechnicalErrorFilter.answer(500, engine).orElseThrow();
    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.message()).contains("mã tham chiếu").doesNotContain("###").doesNotContain("ACT_RU").doesNotContain("insert");
  }

  @Test
  void anEngineMessageAnOfficialCanMeetIsTranslatedWithTheRightStatus() {
    assertThat(TechnicalErrorFilter.answer(500, "Password does not match policy").orElseThrow())
        .isEqualTo(new EngineMessages.Translation(400, "Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, có chữ hoa, chữ thường, "
            + "chữ số và ký hiệu."));
    assertThat(TechnicalErrorFilter.answer(500, "Task 'abc' is already claimed by someone else.").orElseThrow().status()).isEqualTo(409);
    assertThat(TechnicalErrorFilter.answer(403, "The user with id 'canbo.vp' does not have 'TASK_WORK' permission on resource "
        + "'x' of type 'Task'.").orElseThrow().message()).isEqualTo("Tài khoản của đồng chí không có quyền thực hiện thao tác này.");
  }

  @Test
  void aVietnameseAnswerOfTheApplicationStandsAsItIs() {
    assertThat(TechnicalErrorFilter.answer(400, "Cannot complete task 1: Dữ liệu gửi lên không hợp lệ: …")).isEmpty();
    assertThat(TechnicalErrorFilter.answer(403, "Tài khoản của đồng chí không được thực hiện thao tác này.")).isEmpty();
  }
}
