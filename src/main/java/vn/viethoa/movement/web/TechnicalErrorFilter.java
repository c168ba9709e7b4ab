package vn.viethoa.movement.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors of the REST API as an official should read them: the engine's messages that {@link
 * EngineMessages} knows are answered in Vietnamese with the right status; no client reads SQL, a
 * stack trace or a Java class name: a server error whose message carries such technical text is
 * answered with a Vietnamese sentence and a reference, and the text goes to the log under it.
 */
@Provider
public class TechnicalErrorFilter implements ContainerResponseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TechnicalErrorFilter.class);

  static final Pattern TECHNICAL = Pattern.compile("###|\\bSQL\\b|ibatis|jdbc|(?i:select .* from)|(?i:insert into)|"
      + "(?i:update .* set)|\\bat [a-z]+\\.[a-z]+\\.|[a-z]+\\.[a-z]+\\.[a-zA-Z.]*Exception|ENGINE-0[0-9]{4}|ENGINE-1[0-9]{4}|"
      + "Cause: |ACT_[A-Z]{2}_");

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400 || !(response.getEntity() instanceof ExceptionDto error)) {
      return;
    }
    answer(response.getStatus(), error.getMessage()).ifPresent(answer -> {
      LOG.warn("Answer {} to {} {} given as {} {}: {}", response.getStatus(), request.getMethod(),
          request.getUriInfo().getPath(), answer.status(), answer.message(), error.getMessage());
      response.setStatus(answer.status());
      error.setMessage(answer.message());
      if (answer.status() >= 500) {
        error.setType("ServerError");
      }
    });
  }

  /** What the client reads instead of the engine's message, or empty when the message may stand. */
  static java.util.Optional<EngineMessages.Translation> answer(int status, String engineMessage) {
    var translated = EngineMessages.translate(engineMessage);
    if (translated.isPresent()) {
      return translated;
    }
    if (status >= 500 && engineMessage != null && TECHNICAL.matcher(engineMessage).find()) {
      return java.util.Optional.of(new EngineMessages.Translation(status, message(UUID.randomUUID().toString().substring(0, 8))));
    }
    return java.util.Optional.empty();
  }

  static String message(String reference) {
    return "Máy chủ gặp lỗi khi xử lý yêu cầu (mã tham chiếu " + reference
        + "). Đề nghị thử lại sau; nếu vẫn lỗi, báo quản trị viên kèm mã tham chiếu.";
  }
}
