package vn.viethoa.movement.evidence;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request above Spring's multipart limit is refused before any controller runs; it still gets
 * the evidence rules' Vietnamese message.
 */
@RestControllerAdvice
public class UploadLimitAdvice {

  private final EvidenceService service;

  public UploadLimitAdvice(EvidenceService service) {
    this.service = service;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
    EvidenceRejected rejected = service.tooLarge(0);
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", 413, "message", rejected.getMessage()));
  }
}
