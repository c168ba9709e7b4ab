package vn.viethoa.movement.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.security.CurrentUser;
import vn.viethoa.movement.security.CurrentUser.Caller;

/**
 * Evidence files over HTTP, for the upload page (/evidence.html) that the report forms link to —
 * Camunda Forms have no file picker. Authenticated by the Tasklist session or HTTP basic. Uploads
 * must carry {@code X-Requested-With: XMLHttpRequest} (which another site's form cannot send) and,
 * when the browser names an origin, come from this application's own.
 */
@RestController
public class EvidenceController {

  private final EvidenceService service;
  private final CurrentUser currentUser;
  private final PlanClock clock;

  public EvidenceController(EvidenceService service, CurrentUser currentUser, PlanClock clock) {
    this.service = service;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public record FileView(String id, String name, String purpose, String purposeLabel, String note, long size,
      String sizeText, String contentType, String uploadedBy, String uploadedAt, String url, boolean removable) {
    static FileView of(EvidenceFile f, java.time.ZoneId zone, boolean removable) {
      return new FileView(f.id(), f.originalName(), f.purpose().name(), f.purpose().label(), f.note(), f.size(),
          EvidenceService.sizeText(f.size()), f.contentType(), f.uploadedBy(),
          VietnameseDates.DATE_TIME.format(f.uploadedAt().atZoneSameInstant(zone)), "api/evidence/" + f.id(), removable);
    }
  }

  @GetMapping("/api/evidence")
  public Map<String, Object> list(@RequestParam("unit") String unitId, @RequestParam("year") int year,
      HttpServletRequest request) {
    Caller caller = caller(request);
    Unit unit = service.requireAccess(caller, unitId);
    List<EvidenceFile> files = service.list(caller, unitId, year);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unitId", unit.id());
    body.put("unitName", unit.name());
    body.put("year", year);
    body.put("maxSize", service.maxSize());
    body.put("maxSizeText", service.maxSizeText());
    body.put("accepted", service.acceptedText());
    body.put("files", files.stream().map(f -> FileView.of(f, clock.zone(), service.mayRemove(caller, f))).toList());
    return body;
  }

  @PostMapping(path = "/api/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> upload(@RequestParam("unit") String unitId, @RequestParam("year") int year,
      @RequestParam(name = "purpose", defaultValue = "REPORT") String purpose,
      @RequestParam(name = "note", required = false) String note,
      @RequestParam(name = "task", required = false) String taskId,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request) throws IOException {
    Caller caller = caller(request);
    requireOwnPage(request);
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      throw new EvidenceRejected(HttpStatus.BAD_REQUEST, "Chưa chọn tệp để tải lên.");
    }
    if (file.getSize() > service.maxSize()) {
      // refused before the bytes are read into memory
      service.requireAccess(caller, unitId);
      throw service.tooLarge(file.getSize());
    }
    EvidenceFile stored = service.store(caller, new EvidenceService.Upload(unitId, year, purpose, note, taskId,
        file.getOriginalFilename(), file.getBytes()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", "Đã tải lên “" + stored.originalName() + "” (" + EvidenceService.sizeText(stored.size()) + ").");
    body.put("file", FileView.of(stored, clock.zone(), service.mayRemove(caller, stored)));
    return ResponseEntity.created(URI.create("api/evidence/" + stored.id())).body(body);
  }

  @GetMapping("/api/evidence/{id}")
  public ResponseEntity<Resource> download(@PathVariable String id, HttpServletRequest request) {
    EvidenceService.Stored stored = service.open(caller(request), id);
    EvidenceFile f = stored.file();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(f.contentType()))
        .contentLength(f.size())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(f.originalName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(new FileSystemResource(stored.path()));
  }

  /** The unit takes back a file before its report is submitted (the upload page's "Gỡ" button). */
  @DeleteMapping("/api/evidence/{id}")
  public Map<String, Object> delete(@PathVariable String id, HttpServletRequest request) {
    Caller caller = caller(request);
    requireOwnPage(request);
    EvidenceFile removed = service.delete(caller, id);
    return Map.of("message", "Đã gỡ “" + removed.originalName() + "”.");
  }

  /** attachment; filename="ascii"; filename*=UTF-8''original — so every browser saves it, none renders it here. */
  static String disposition(String name) {
    String utf8 = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    return utf8.replaceFirst("^attachment", "attachment; filename=\"" + FileNames.ascii(name) + "\"");
  }

  private Caller caller(HttpServletRequest request) {
    return currentUser.of(request).orElseThrow(() -> new EvidenceRejected(HttpStatus.UNAUTHORIZED,
        "Bạn cần đăng nhập (Tasklist) trước khi tải minh chứng."));
  }

  /** A cross-site form cannot set this header, nor forge the Origin of this application. */
  static void requireOwnPage(HttpServletRequest request) {
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      throw new EvidenceRejected(HttpStatus.FORBIDDEN, "Hãy tải minh chứng lên từ trang “Minh chứng” của hệ thống.");
    }
    if (!CurrentUser.fromOwnPage(request)) {
      throw new EvidenceRejected(HttpStatus.FORBIDDEN, "Yêu cầu tải lên từ trang khác bị từ chối.");
    }
  }

  @ExceptionHandler(EvidenceRejected.class)
  ResponseEntity<Map<String, Object>> rejected(EvidenceRejected e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", e.status().value(), "message", e.getMessage()));
  }
}
