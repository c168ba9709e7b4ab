package vn.viethoa.movement.web;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page of the application's own endpoints: a server error shows a Vietnamese sentence
 * and a reference instead of the exception's message (which may carry SQL); the message goes to
 * the log under that reference. Errors of the caller (4xx) keep their own Vietnamese message.
 */
@Component
public class SafeErrorAttributes extends DefaultErrorAttributes {

  private static final Logger LOG = LoggerFactory.getLogger(SafeErrorAttributes.class);

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request,
        options.including(ErrorAttributeOptions.Include.MESSAGE));
    attributes.remove("trace");
    attributes.remove("exception");
    Object status = attributes.get("status");
    if (status instanceof Integer code && code >= 500) {
      String reference = UUID.randomUUID().toString().substring(0, 8);
      Throwable error = getError(request);
      LOG.warn("Server error {} on {}: {}", reference, attributes.get("path"), error == null ? attributes.get("message") : error.toString());
      attributes.put("message", TechnicalErrorFilter.message(reference));
    }
    return attributes;
  }
}
