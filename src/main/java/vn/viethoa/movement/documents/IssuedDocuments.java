package vn.viethoa.movement.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.commendation.CommendationDocumentsRecorded;
import vn.viethoa.movement.commendation.CommendationForm;
import vn.viethoa.movement.commendation.CommendationProperties;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.commendation.ProposalRepository;
import vn.viethoa.movement.commendation.ProposalState;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.reporting.WardReportSubmitted;

/**
 * An issued document stays issued. When a number is recorded (the annual report sent to the city,
 * the Chairman's Giấy khen decision, the Tờ trình to the city) the document is generated once more
 * in that same transaction and kept — .docx, SHA-256, who issued it, and a PDF by LibreOffice after
 * the commit where it is installed. Downloads serve the kept file from then on; only drafts (no
 * number yet) are generated from the figures stored now.
 */
@Service
public class IssuedDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(IssuedDocuments.class);

  private final IssuedDocumentRepository repository;
  private final AnnualReportDocument annualReport;
  private final CommendationDocuments commendationDocuments;
  private final ProposalRepository proposals;
  private final PdfRendition pdf;
  private final PlanClock clock;
  private final TransactionTemplate separately;
  private final CommendationProperties commendation;

  public IssuedDocuments(IssuedDocumentRepository repository, AnnualReportDocument annualReport,
      CommendationDocuments commendationDocuments, ProposalRepository proposals, PdfRendition pdf, PlanClock clock,
      PlatformTransactionManager transactions, CommendationProperties commendation) {
    this.repository = repository;
    this.annualReport = annualReport;
    this.commendationDocuments = commendationDocuments;
    this.proposals = proposals;
    this.pdf = pdf;
    this.clock = clock;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.commendation = commendation;
  }

  /** A document to download: the issued file, or a draft generated now ({@code issued} null). */
  public record DocumentFile(byte[] body, String fileName, IssuedDocument issued) {}

  // ---------------------------------------------------------------------------------------------
  // what a download gets

  public DocumentFile annualReport(int year) {
    return issuedOr(DocumentKind.ANNUAL_REPORT, String.valueOf(year),
        () -> new DocumentFile(annualReport.render(year), annualReport.fileName(year), null));
  }

  /** The Chairman's decision of a round; empty when the round has no Giấy khen decided yet. */
  public Optional<DocumentFile> decision(int year, RoundKind round) {
    Optional<IssuedDocument> issued = repository.find(DocumentKind.COMMENDATION_DECISION, key(year, round));
    if (issued.isPresent()) {
      return issued.map(IssuedDocuments::file);
    }
    return draftDecision(year, round).map(bytes -> new DocumentFile(bytes, CommendationDocuments.decisionFileName(year), null));
  }

  /** The ward's Tờ trình to the city of a round; empty when nothing was sent on. */
  public Optional<DocumentFile> proposal(int year, RoundKind round) {
    Optional<IssuedDocument> issued = repository.find(DocumentKind.COMMENDATION_PROPOSAL, key(year, round));
    if (issued.isPresent()) {
      return issued.map(IssuedDocuments::file);
    }
    return draftProposal(year, round).map(bytes -> new DocumentFile(bytes, CommendationDocuments.proposalFileName(year), null));
  }

  /** Draft minutes of the council's vote on a round; empty before the council voted. */
  public Optional<DocumentFile> councilMinutes(int year, RoundKind round) {
    List<Proposal> voted = proposals.ofRound(key(year, round)).stream().filter(p -> p.votesFor() != null).toList();
    if (voted.isEmpty()) {
      return Optional.empty();
    }
    java.time.OffsetDateTime closed = voted.stream().flatMap(p -> proposals.history(p.id()).stream())
        .filter(c -> c.state() == ProposalState.ELIGIBLE || c.state() == ProposalState.COUNCIL_REFUSED)
        .map(vn.viethoa.movement.commendation.StateChange::changedAt).filter(java.util.Objects::nonNull)
        .max(java.util.Comparator.naturalOrder()).orElse(clock.nowOffset());
    int size = voted.stream().map(Proposal::councilSize).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(0);
    int cast = voted.stream().map(Proposal::votesCast).filter(java.util.Objects::nonNull).max(Integer::compare).orElse(0);
    var council = commendation.council();
    String rule = council.passPercent().stripTrailingZeros().toPlainString() + "% "
        + (council.basis() == CommendationProperties.Basis.MEMBERS ? "tổng số thành viên Hội đồng" : "số thành viên đã biểu quyết");
    List<CommendationDocuments.VotedEntry> entries = voted.stream().map(p -> new CommendationDocuments.VotedEntry(entry(p),
        p.votesFor(), p.councilSize() == null ? size : p.councilSize(), p.state() != ProposalState.COUNCIL_REFUSED)).toList();
    byte[] bytes = commendationDocuments.minutes(new CommendationDocuments.MinutesRequest(occasion(round), year,
        vn.viethoa.movement.calendar.VietnameseDates.DATE_TIME.format(closed.atZoneSameInstant(clock.zone())), size, cast,
        rule, entries));
    return Optional.of(new DocumentFile(bytes, DocumentKind.COUNCIL_MINUTES.fileStem() + "-" + year + ".docx", null));
  }

  /** Draft achievement report of one proposal to the city (Bằng khen, Cờ thi đua của UBND thành phố). */
  public Optional<DocumentFile> achievementReport(int year, RoundKind round, long proposalId) {
    return proposals.find(proposalId).filter(p -> p.businessKey().equals(key(year, round)))
        .filter(p -> p.form().level() == CommendationForm.Level.CITY)
        .map(p -> new DocumentFile(commendationDocuments.achievementReport(new CommendationDocuments.AchievementRequest(
            occasion(round), year, entry(p), p.initiatives(), p.initiativeEffect(), p.proposingUnitName())),
            DocumentKind.ACHIEVEMENT_REPORT.fileStem() + "-" + year + "-" + p.id() + ".docx", null));
  }

  public Optional<IssuedDocument> issued(DocumentKind kind, String key) {
    return repository.find(kind, key);
  }

  static String key(int year, RoundKind round) {
    return CommendationRoundProcess.businessKey(year, round);
  }

  private DocumentFile issuedOr(DocumentKind kind, String key, java.util.function.Supplier<DocumentFile> draft) {
    return repository.find(kind, key).map(IssuedDocuments::file).orElseGet(draft);
  }

  private static DocumentFile file(IssuedDocument d) {
    return new DocumentFile(d.docx(), d.fileName(), d);
  }

  private Optional<byte[]> draftDecision(int year, RoundKind round) {
    List<Proposal> commended = proposals.ofRound(key(year, round), ProposalState.COMMENDED).stream()
        .filter(p -> p.form().level() == CommendationForm.Level.WARD).toList();
    if (commended.isEmpty()) {
      return Optional.empty();
    }
    Proposal first = commended.get(0);
    return Optional.of(commendationDocuments.decision(new CommendationDocuments.DecisionRequest(occasion(round), year,
        first.decisionNumber(), first.decisionDate(), commended.stream().map(IssuedDocuments::entry).toList())));
  }

  private Optional<byte[]> draftProposal(int year, RoundKind round) {
    List<Proposal> sent = proposals.ofRound(key(year, round), ProposalState.APPROVED, ProposalState.COMMENDED,
            ProposalState.REFUSED).stream()
        .filter(p -> p.form().level() == CommendationForm.Level.CITY && p.dossierNumber() != null).toList();
    if (sent.isEmpty()) {
      return Optional.empty();
    }
    Proposal first = sent.get(0);
    return Optional.of(commendationDocuments.proposal(new CommendationDocuments.ProposalRequest(occasion(round), year,
        first.dossierNumber(), first.dossierDate(), sent.stream().map(IssuedDocuments::entry).toList())));
  }

  static CommendationOccasion occasion(RoundKind kind) {
    return switch (kind) {
      case annual -> CommendationOccasion.ANNUAL;
      case interim_review -> CommendationOccasion.INTERIM_REVIEW;
      case final_review -> CommendationOccasion.FINAL_REVIEW;
    };
  }

  static CommendedEntry entry(Proposal p) {
    String unit = p.candidateUnitName() != null ? p.candidateUnitName() : p.proposingUnitName();
    if (p.candidatePosition() != null) {
      unit = p.candidatePosition() + ", " + unit;
    }
    return new CommendedEntry(p.candidateName(), p.candidateType(), unit, p.form(), p.achievements(), null, null);
  }

  // ---------------------------------------------------------------------------------------------
  // freezing, in the transaction that records the number

  @EventListener
  public void on(WardReportSubmitted event) {
    String key = String.valueOf(event.year());
    freeze(DocumentKind.ANNUAL_REPORT, key, event.documentNumber(), event.submittedOn(), event.by(),
        annualReport.render(event.year()), annualReport.fileName(event.year()));
  }

  @EventListener
  public void on(CommendationDocumentsRecorded event) {
    String key = key(event.year(), event.kind());
    if (event.decisionNumber() != null) {
      draftDecision(event.year(), event.kind()).ifPresent(bytes -> freeze(DocumentKind.COMMENDATION_DECISION, key,
          event.decisionNumber(), event.decisionDate(), event.by(), bytes, CommendationDocuments.decisionFileName(event.year())));
    }
    if (event.dossierNumber() != null) {
      draftProposal(event.year(), event.kind()).ifPresent(bytes -> freeze(DocumentKind.COMMENDATION_PROPOSAL, key,
          event.dossierNumber(), event.dossierDate(), event.by(), bytes, CommendationDocuments.proposalFileName(event.year())));
    }
  }

  void freeze(DocumentKind kind, String key, String number, LocalDate issuedOn, String by, byte[] docx, String fileName) {
    if (!repository.insert(kind, key, number, issuedOn, by, clock.nowOffset(), fileName, docx, sha256(docx))) {
      LOG.warn("{} {} was issued before; the first issue is kept, number {} not recorded on it", kind.id(), key, number);
      return;
    }
    // after the commit the recording transaction's connection commits nothing more: a transaction of its own
    Runnable renderPdf = () -> pdf.of(docx).ifPresent(bytes -> separately.executeWithoutResult(
        status -> repository.attachPdf(kind, key, bytes, sha256(bytes))));
    if (pdf.available() && TransactionSynchronizationManager.isSynchronizationActive()) {
      // LibreOffice takes seconds: not inside the official's transaction
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          try {
            renderPdf.run();
          } catch (RuntimeException e) {
            LOG.warn("PDF of issued {} {} not kept: {}", kind.id(), key, e.getMessage());
          }
        }
      });
    } else if (pdf.available()) {
      renderPdf.run();
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
