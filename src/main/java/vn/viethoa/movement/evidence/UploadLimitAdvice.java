package vn.viethoa.movement.evidence;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request above Spring's multipart limit, or one the server cannot parse, is refused before any
 * controller runs; it still gets a Vietnamese message.
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

  /** A request the server cannot even read as a file upload (a NUL in the file's name, a broken body). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, Object>> unreadable(MultipartException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", 400, "message", "Tên tệp hoặc nội dung gửi lên không đọc được (tên tệp không được chứa ký tự "
            + "điều khiển). Hãy đổi tên tệp rồi tải lên lại."));
  }
}
