package vn.viethoa.movement.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * Downloads of the documents offered in Tasklist forms (a link in the form's text): generated on
 * each request from the figures stored now, so a document is never stale and nothing is kept in
 * the engine's variables. The webapp session authenticates the link; HTTP basic works too. The lead
 * unit, leadership, the council and administrators may download them.
 */
@RestController
public class DocumentsController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final AnnualReportDocument annualReport;
  private final ReviewReportDocument reviewReport;
  private final ReviewAssessments assessments;
  private final CurrentUser currentUser;
  private final Organisation organisation;
  private final PlanCalendar calendar;

  public DocumentsController(AnnualReportDocument annualReport, ReviewReportDocument reviewReport,
      ReviewAssessments assessments, CurrentUser currentUser, Organisation organisation, PlanCalendar calendar) {
    this.annualReport = annualReport;
    this.reviewReport = reviewReport;
    this.assessments = assessments;
    this.currentUser = currentUser;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  @GetMapping("/api/documents/annual-report/{year}.docx")
  public ResponseEntity<byte[]> annualReport(@PathVariable int year, HttpServletRequest request) {
    requireReader(request);
    if (!calendar.isPlanYear(year)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Năm " + year + " không thuộc giai đoạn của Kế hoạch.");
    }
    return docx(annualReport.render(year), annualReport.fileName(year));
  }

  @GetMapping("/api/documents/review/{kind}.docx")
  public ResponseEntity<byte[]> review(@PathVariable String kind, HttpServletRequest request) {
    requireReader(request);
    ReviewKind review = ReviewKind.parse(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có báo cáo \"" + kind + "\": chỉ có sơ kết (interim) và tổng kết (final)."));
    return docx(reviewReport.render(review, assessments.current(review)), reviewReport.fileName(review));
  }

  private void requireReader(HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    if (!caller.isAdmin() && !caller.inAny(organisation.leadUnit().id(), organisation.leadership().id(),
        organisation.council().id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường, Hội đồng Thi đua - Khen thưởng và quản trị viên tải được văn bản này.");
    }
  }

  /** A generated document as a download that no cache keeps. */
  public static ResponseEntity<byte[]> docx(byte[] body, String fileName) {
    return ResponseEntity.ok()
        .contentType(DOCX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }
}
