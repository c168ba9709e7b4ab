package vn.viethoa.movement.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The REST API answers a refused start (our validation at the start event) with 500, as if the
 * server had failed. This mapper keeps Camunda's answer but says 400 when the cause is a
 * validation failure, as it already does for task forms.
 */
@Provider
@Priority(1)
public class ValidationFailureMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    Response standard = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (!causedByValidation(exception)) {
      return standard;
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(ExceptionHandlerHelper.getInstance().fromException(exception))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  static boolean causedByValidation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof FormFieldValidationException) {
        return true;
      }
    }
    return false;
  }
}
