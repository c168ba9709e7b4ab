package vn.viethoa.movement.evidence;

import org.springframework.http.HttpStatus;

/** An upload or download refused, with the reason in Vietnamese for the official. */
public class EvidenceRejected extends RuntimeException {

  private final HttpStatus status;

  public EvidenceRejected(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
