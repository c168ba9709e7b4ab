package vn.viethoa.movement.commendation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * The commendation register (sổ theo dõi khen thưởng) across years: who was proposed and commended,
 * with what, by which decision, in which year, and every state each proposal went through.
 * Authenticated (webapp session or HTTP basic); administrators, the lead unit, leadership and the
 * council see every proposal, a unit or residential group sees those it made or that concern it.
 * Individual council votes are not published here, only their count.
 */
@RestController
public class CommendationsController {

  private final ProposalRepository register;
  private final CurrentUser currentUser;
  private final Organisation organisation;

  public CommendationsController(ProposalRepository register, CurrentUser currentUser, Organisation organisation) {
    this.register = register;
    this.currentUser = currentUser;
    this.organisation = organisation;
  }

  public record StateView(String state, String stateLabel, String at, String actor, String note, String documentNumber,
      String documentDate, String issuingLevel) {
    static StateView of(StateChange c) {
      return new StateView(c.state().name(), c.state().label(), c.changedAt().toString(), c.actor(), c.note(),
          c.documentNumber(), c.documentDate() == null ? null : c.documentDate().toString(),
          c.issuingLevel() == null ? null : c.issuingLevel().name());
    }
  }

  public record ProposalView(long id, int year, String roundKind, String roundLabel, String businessKey,
      String proposingUnitId, String proposingUnitName, String source, String candidateType, String candidateTypeLabel,
      String candidateName, String candidatePosition, String candidateUnitId, String candidateUnitName, String candidate,
      String form, String formLabel, String state, String stateLabel, String stateNote, Boolean criteriaMet,
      String criteriaReason, String criteriaFigures, Integer votesFor, Integer votesCast, Integer councilSize,
      String decisionNumber, String decisionDate, String decisionLevel, String decisionBy, String dossierNumber,
      String dossierDate, String achievements, String initiatives, String initiativeEffect, List<StateView> history) {}

  /** The register: every proposal, or those of a year and/or in a state (e.g. state=COMMENDED). */
  @GetMapping("/api/commendations")
  public List<ProposalView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state,
      HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    ProposalState wanted = null;
    if (state != null && !state.isBlank()) {
      wanted = java.util.Arrays.stream(ProposalState.values()).filter(s -> s.name().equalsIgnoreCase(state.trim())).findFirst()
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Trạng thái không hợp lệ: " + state));
    }
    return register.query(year, wanted).stream().filter(p -> sees(caller, p)).map(this::view).toList();
  }

  @GetMapping("/api/commendations/{id}")
  public ProposalView one(@PathVariable long id, HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    Proposal p = register.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đề nghị " + id));
    if (!sees(caller, p)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn chỉ xem được đề nghị khen thưởng của đơn vị mình");
    }
    return view(p);
  }

  private boolean sees(CurrentUser.Caller caller, Proposal p) {
    return caller.isAdmin()
        || caller.inAny(organisation.leadUnit().id(), organisation.leadership().id(), organisation.council().id())
        || caller.groupIds().contains(p.proposingUnitId())
        || (p.candidateUnitId() != null && caller.groupIds().contains(p.candidateUnitId()));
  }

  private ProposalView view(Proposal p) {
    String decisionBy = p.decisionLevel() == null || p.state() != ProposalState.COMMENDED ? null
        : p.decisionLevel() == CommendationForm.Level.WARD ? "Chủ tịch UBND phường" : "Chủ tịch UBND thành phố";
    return new ProposalView(p.id(), p.year(), p.roundKind().name(), p.roundKind().label(), p.businessKey(),
        p.proposingUnitId(), p.proposingUnitName(), p.source().name(), p.candidateType().name(), p.candidateType().label(),
        p.candidateName(), p.candidatePosition(), p.candidateUnitId(), p.candidateUnitName(), p.candidateLabel(),
        p.form().name(), p.form().label(), p.state().name(), p.state().label(), p.stateNote(), p.criteriaMet(),
        p.criteriaReason(), p.criteriaFigures(), p.votesFor(), p.votesCast(), p.councilSize(), p.decisionNumber(),
        p.decisionDate() == null ? null : p.decisionDate().toString(),
        p.decisionLevel() == null ? null : p.decisionLevel().name(), decisionBy, p.dossierNumber(),
        p.dossierDate() == null ? null : p.dossierDate().toString(), p.achievements(), p.initiatives(),
        p.initiativeEffect(), register.history(p.id()).stream().map(StateView::of).toList());
  }
}
