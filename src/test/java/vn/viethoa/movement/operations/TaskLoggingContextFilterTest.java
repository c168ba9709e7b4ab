package vn.viethoa.movement.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which requests put a task id into the logging context. */
class TaskLoggingContextFilterTest {

  @Test
  void theTaskIdComesFromEveryPathOfTheRestApiAndOfTasklist() {
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/task/4f2a-11/complete")).isEqualTo("4f2a-11");
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/engine/default/task/4f2a-11/submit-form")).isEqualTo("4f2a-11");
    assertThat(TaskLoggingContextFilter.taskId("/camunda/api/engine/engine/default/task/4f2a-11/claim")).isEqualTo("4f2a-11");
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/task/4f2a-11")).isEqualTo("4f2a-11");
  }

  @Test
  void queriesAndOtherPathsHaveNone() {
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/task")).isNull();
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/task/count")).isNull();
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/task/report/candidate-group-count")).isNull();
    assertThat(TaskLoggingContextFilter.taskId("/engine-rest/process-instance/abc")).isNull();
    assertThat(TaskLoggingContextFilter.taskId("/api/task/abc")).isNull();
  }
}
