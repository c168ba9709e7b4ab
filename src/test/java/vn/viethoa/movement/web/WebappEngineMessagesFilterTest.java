package vn.viethoa.movement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The webapps' engine API (what Tasklist calls) answers the engine's messages as /engine-rest does. */
class WebappEngineMessagesFilterTest {

  private MockHttpServletResponse answer(int status, String body) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new WebappEngineMessagesFilter().doFilter(new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task/x"),
        response, (req, res) -> {
          var http = (jakarta.servlet.http.HttpServletResponse) res;
          http.setStatus(status);
          http.setContentType("application/json");
          http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        });
    return response;
  }

  @Test
  void aTaskAColleagueCompletedIsAnsweredInVietnamese() throws Exception {
    MockHttpServletResponse r = answer(404, "{\"type\":\"InvalidRequestException\",\"message\":\"No matching task with id 951dabd\",\"code\":null}");
    assertThat(r.getStatus()).isEqualTo(404);
    assertThat(r.getContentAsString(StandardCharsets.UTF_8))
        .contains("Không tìm thấy công việc; có thể công việc đã được hoàn thành hoặc chuyển đi.")
        .contains("\"type\":\"InvalidRequestException\"").doesNotContain("No matching");
  }

  @Test
  void anAnswerTheTableDoesNotKnowAndASuccessPassUnchanged() throws Exception {
    assertThat(answer(400, "{\"message\":\"Trường “x” không có trong biểu mẫu.\"}").getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"Trường “x” không có trong biểu mẫu.\"}");
    assertThat(answer(200, "{\"message\":\"No matching task with id 1\"}").getContentAsString(StandardCharsets.UTF_8))
        .isEqualTo("{\"message\":\"No matching task with id 1\"}");
  }
}
