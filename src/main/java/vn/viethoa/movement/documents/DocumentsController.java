package vn.viethoa.movement.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import vn.viethoa.movement.commendation.RoundKind;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * Downloads of the documents offered in Tasklist forms (a link in the form's text). A document
 * issued under a number is served as it was issued ({@link IssuedDocuments}); a draft is generated
 * on each request from the figures stored now, and nothing is kept in the engine's variables. The webapp session authenticates the link; HTTP basic works too. The lead
 * unit, leadership, the council and administrators may download them.
 */
@RestController
public class DocumentsController {

  static final MediaType DOCX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ReviewReportDocument reviewReport;
  private final ReviewAssessments assessments;
  private final CurrentUser currentUser;
  private final Organisation organisation;
  private final PlanCalendar calendar;

  private final IssuedDocuments issued;

  /** "issued" (the file kept when its number was recorded) or "draft" (generated now). */
  static final String STATUS_HEADER = "X-Document-Status";
  static final String SHA256_HEADER = "X-Document-SHA256";

  public DocumentsController(ReviewReportDocument reviewReport,
      ReviewAssessments assessments, CurrentUser currentUser, Organisation organisation, PlanCalendar calendar,
      IssuedDocuments issued) {
    this.issued = issued;
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
    return docx(issued.annualReport(year));
  }

  @GetMapping("/api/documents/review/{kind}.docx")
  public ResponseEntity<byte[]> review(@PathVariable String kind, HttpServletRequest request) {
    requireReader(request);
    ReviewKind review = ReviewKind.parse(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có báo cáo \"" + kind + "\": chỉ có sơ kết (interim) và tổng kết (final)."));
    return docx(reviewReport.render(review, assessments.current(review)), reviewReport.fileName(review));
  }

  /**
   * The Chairman's decision (Giấy khen) of a commendation round: as issued once its number was
   * recorded, else a draft from the register (the candidates commended at ward level).
   */
  @GetMapping("/api/documents/commendation/{year}/{kind}/decision.docx")
  public ResponseEntity<byte[]> commendationDecision(@PathVariable int year, @PathVariable String kind,
      HttpServletRequest request) {
    requireReader(request);
    return docx(issued.decision(year, roundKind(kind)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Đợt khen thưởng này chưa có Giấy khen được quyết định.")));
  }

  /** The ward's proposal to the city (Tờ trình): the Bằng khen / Cờ thi đua leadership sent on. */
  @GetMapping("/api/documents/commendation/{year}/{kind}/proposal.docx")
  public ResponseEntity<byte[]> commendationProposal(@PathVariable int year, @PathVariable String kind,
      HttpServletRequest request) {
    requireReader(request);
    return docx(issued.proposal(year, roundKind(kind)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Đợt khen thưởng này chưa có đề nghị gửi UBND thành phố.")));
  }

  /** The PDF kept with an issued annual report (where LibreOffice was installed when it was issued). */
  @GetMapping("/api/documents/annual-report/{year}.pdf")
  public ResponseEntity<byte[]> annualReportPdf(@PathVariable int year, HttpServletRequest request) {
    requireReader(request);
    IssuedDocument issuedReport = issued.issued(DocumentKind.ANNUAL_REPORT, String.valueOf(year))
        .filter(d -> d.pdf() != null).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Báo cáo năm " + year + " chưa ban hành hoặc không có bản PDF."));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(issuedReport.fileName().replaceFirst("\\.docx$", ".pdf"), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .header(SHA256_HEADER, issuedReport.pdfSha256())
        .body(issuedReport.pdf());
  }

  private static RoundKind roundKind(String kind) {
    return java.util.Arrays.stream(RoundKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có loại đợt khen thưởng \"" + kind + "\"."));
  }

  /** An issued document with its hash and number in headers; a draft says it is one. */
  static ResponseEntity<byte[]> docx(IssuedDocuments.DocumentFile file) {
    ResponseEntity<byte[]> response = docx(file.body(), file.fileName());
    HttpHeaders headers = new HttpHeaders();
    headers.putAll(response.getHeaders());
    if (file.issued() != null) {
      headers.set(STATUS_HEADER, "issued");
      headers.set(SHA256_HEADER, file.issued().docxSha256());
    } else {
      headers.set(STATUS_HEADER, "draft");
    }
    return new ResponseEntity<>(file.body(), headers, HttpStatus.OK);
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
