package vn.viethoa.movement.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The webapps (Tasklist, Cockpit, Admin) call their own copy of the engine's REST API under
 * /camunda/api/engine, a JAX-RS application of Camunda's that {@link TechnicalErrorFilter} is not
 * registered in. Its error answers get the same treatment here, so an official reads "Không tìm thấy
 * công việc…" and not "No matching task with id …" (the engine's text goes to the log).
 */
public class WebappEngineMessagesFilter extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, wrapper);
      if (wrapper.getStatus() >= 400 && wrapper.getContentType() != null && wrapper.getContentType().contains("json")) {
        translate(wrapper);
      }
    } finally {
      wrapper.copyBodyToResponse();
    }
  }

  private void translate(ContentCachingResponseWrapper wrapper) throws IOException {
    byte[] body = wrapper.getContentAsByteArray();
    if (body.length == 0 || body.length > 64 * 1024) {
      return;
    }
    if (!(json.readTree(body) instanceof ObjectNode error) || !error.path("message").isTextual()) {
      return;
    }
    var answer = TechnicalErrorFilter.answer(wrapper.getStatus(), error.get("message").asText());
    if (answer.isEmpty()) {
      return;
    }
    logger.warn("Answer " + wrapper.getStatus() + " of the webapps' engine API given as " + answer.get().status()
        + " " + answer.get().message() + ": " + error.get("message").asText());
    error.put("message", answer.get().message());
    wrapper.resetBuffer();
    wrapper.setStatus(answer.get().status());
    wrapper.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
  }
}
