package vn.viethoa.movement.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Some REST resources let the engine's exception through unwrapped — message correlation
 * ({@code POST /message}) among them — and Camunda answers 500 for it. A refused submission is the
 * caller's mistake: 400 with the message, as for task forms.
 */
@Provider
public class FormValidationExceptionMapper implements ExceptionMapper<FormFieldValidationException> {

  @Override
  public Response toResponse(FormFieldValidationException exception) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(ExceptionHandlerHelper.getInstance().fromException(exception))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
