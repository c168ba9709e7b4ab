package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Records filed before the period's year was kept apart still count for their period's year. */
class StepFilingTest {

  @Test
  void theYearOfAPeriodIsReadFromItsLabelWhenTheOccurrenceDidNotKeepIt() {
    assertThat(StepFiling.yearOf("kỳ từ 01/10/2026 đến 31/12/2026")).isEqualTo(2026);
    assertThat(StepFiling.yearOf("kỳ từ 01/01/2030 đến 30/06/2030")).isEqualTo(2030);
    assertThat(StepFiling.yearOf("Sơ kết giai đoạn 1")).isNull();
    assertThat(StepFiling.yearOf(null)).isNull();
  }
}
