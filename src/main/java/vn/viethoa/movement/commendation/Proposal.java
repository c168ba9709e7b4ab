package vn.viethoa.movement.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of the commendation register as stored: the candidate, where it stands, and the decision. */
public record Proposal(
    long id,
    int year,
    RoundKind roundKind,
    String businessKey,
    String processInstanceId,
    String proposingUnitId,
    String proposingUnitName,
    Source source,
    CandidateType candidateType,
    String candidateName,
    String candidatePosition,
    String candidateUnitId,
    String candidateUnitName,
    CommendationForm form,
    String achievements,
    String initiatives,
    String initiativeEffect,
    CandidateFacts facts,
    Boolean criteriaMet,
    String criteriaReason,
    String criteriaFigures,
    Integer votesFor,
    Integer votesCast,
    Integer councilSize,
    ProposalState state,
    String stateNote,
    String decisionNumber,
    LocalDate decisionDate,
    CommendationForm.Level decisionLevel,
    String dossierNumber,
    LocalDate dossierDate,
    String createdBy,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /** Where a proposal came from. */
  public enum Source {
    /** Entered by the unit in the round. */
    ROUND,
    /** A nomination of the unit's annual report, carried over. */
    ANNUAL_REPORT
  }

  /** The candidate as reviewers read it, e.g. "Nguyễn Thị Lan, Chuyên viên (Văn phòng HĐND và UBND phường)". */
  public String candidateLabel() {
    return switch (candidateType) {
      case collective, residential_group -> candidateName;
      case individual -> candidateName + (candidatePosition == null ? "" : ", " + candidatePosition)
          + (candidateUnitName == null ? "" : " (" + candidateUnitName + ")");
      case household -> "Hộ " + candidateName + (candidateUnitName == null ? "" : " (" + candidateUnitName + ")");
      case resident -> candidateName + (candidateUnitName == null ? "" : ", người dân " + candidateUnitName);
    };
  }

  /** The eligibility table's answer in one line, e.g. "Đạt: …" or "Không đạt: …". */
  public String criteriaText() {
    if (criteriaMet == null) {
      return "Chưa đối chiếu tiêu chí";
    }
    return (criteriaMet ? "Đạt: " : "Không đạt: ") + criteriaReason;
  }

  /** Who decides on the form sought: the ward's Chairman or the city. */
  public CommendationForm.Level level() {
    return form.level();
  }
}
