package vn.viethoa.movement.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import vn.viethoa.movement.commendation.CommendationForm;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.commendation.ProposalRepository;
import vn.viethoa.movement.commendation.ProposalState;
import vn.viethoa.movement.commendation.RoundKind;
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

  private final ProposalRepository proposals;
  private final CommendationDocuments commendationDocuments;

  public DocumentsController(AnnualReportDocument annualReport, ReviewReportDocument reviewReport,
      ReviewAssessments assessments, CurrentUser currentUser, Organisation organisation, PlanCalendar calendar,
      ProposalRepository proposals, CommendationDocuments commendationDocuments) {
    this.proposals = proposals;
    this.commendationDocuments = commendationDocuments;
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

  /**
   * The Chairman's decision (Giấy khen) of a commendation round, from the register: the
   * candidates commended at ward level, under the decision number and date leadership recorded.
   */
  @GetMapping("/api/documents/commendation/{year}/{kind}/decision.docx")
  public ResponseEntity<byte[]> commendationDecision(@PathVariable int year, @PathVariable String kind,
      HttpServletRequest request) {
    requireReader(request);
    RoundKind round = roundKind(kind);
    List<Proposal> commended = proposals.ofRound(vn.viethoa.movement.commendation.CommendationRoundProcess.businessKey(year, round), ProposalState.COMMENDED).stream()
        .filter(p -> p.form().level() == CommendationForm.Level.WARD).toList();
    if (commended.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Đợt khen thưởng này chưa có Giấy khen được quyết định.");
    }
    Proposal first = commended.get(0);
    return docx(commendationDocuments.decision(new CommendationDocuments.DecisionRequest(occasion(round), year,
            first.decisionNumber(), first.decisionDate(), commended.stream().map(DocumentsController::entry).toList())),
        CommendationDocuments.decisionFileName(year));
  }

  /** The ward's proposal to the city (Tờ trình): the Bằng khen / Cờ thi đua leadership sent on. */
  @GetMapping("/api/documents/commendation/{year}/{kind}/proposal.docx")
  public ResponseEntity<byte[]> commendationProposal(@PathVariable int year, @PathVariable String kind,
      HttpServletRequest request) {
    requireReader(request);
    RoundKind round = roundKind(kind);
    List<Proposal> sent = proposals.ofRound(vn.viethoa.movement.commendation.CommendationRoundProcess.businessKey(year, round), ProposalState.APPROVED, ProposalState.COMMENDED,
            ProposalState.REFUSED).stream()
        .filter(p -> p.form().level() == CommendationForm.Level.CITY && p.dossierNumber() != null).toList();
    if (sent.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Đợt khen thưởng này chưa có đề nghị gửi UBND thành phố.");
    }
    Proposal first = sent.get(0);
    return docx(commendationDocuments.proposal(new CommendationDocuments.ProposalRequest(occasion(round), year,
            first.dossierNumber(), first.dossierDate(), sent.stream().map(DocumentsController::entry).toList())),
        CommendationDocuments.proposalFileName(year));
  }

  private static RoundKind roundKind(String kind) {
    return java.util.Arrays.stream(RoundKind.values()).filter(k -> k.name().equals(kind)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có loại đợt khen thưởng \"" + kind + "\"."));
  }

  private static CommendationOccasion occasion(RoundKind kind) {
    return switch (kind) {
      case annual -> CommendationOccasion.ANNUAL;
      case interim_review -> CommendationOccasion.INTERIM_REVIEW;
      case final_review -> CommendationOccasion.FINAL_REVIEW;
    };
  }

  private static CommendedEntry entry(Proposal p) {
    String unit = p.candidateUnitName() != null ? p.candidateUnitName() : p.proposingUnitName();
    if (p.candidatePosition() != null) {
      unit = p.candidatePosition() + ", " + unit;
    }
    return new CommendedEntry(p.candidateName(), p.candidateType(), unit, p.form(), p.achievements(), null, null);
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
