package vn.viethoa.movement.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The commendation register: {@code commendation_proposal} (one row per proposal, its current
 * state), {@code commendation_state_change} (every state it went through) and
 * {@code commendation_vote}. Runs in the caller's transaction, which for a submission is the
 * engine's: the register and the task completion commit or roll back together. Every change of
 * state goes through {@link #transition}, so the history is complete.
 */
@Repository
public class ProposalRepository {

  private final JdbcTemplate jdbc;

  public ProposalRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new proposal in its first state; returns its id. */
  public long insert(CommendationRound round, String proposingUnitId, String proposingUnitName, Proposal.Source source,
      Long sourceReportId, ProposalInput input, StateChange first, OffsetDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var ps = connection.prepareStatement("insert into commendation_proposal (round_year, round_kind, business_key, "
          + "process_instance_id, proposing_unit_id, proposing_unit_name, source, source_report_id, candidate_type, "
          + "candidate_name, candidate_position, candidate_unit_id, candidate_unit_name, form_sought, achievements, "
          + "initiatives, initiative_effect, excellent_completion, active_digital_use, applied_initiatives, skills_classes, "
          + "green_living, energy_saving, exemplary, state, state_note, created_by, created_at, updated_at) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      Object[] args = {round.year(), round.kind().name(), round.businessKey(), round.processInstanceId(),
          proposingUnitId, proposingUnitName, source.name(), new SqlParameterValue(Types.BIGINT, sourceReportId), input.type().name(), input.name(),
          input.position(), input.candidateUnit() == null ? null : input.candidateUnit().id(),
          input.candidateUnit() == null ? null : input.candidateUnit().name(), input.form().name(), input.achievements(),
          input.initiatives(), input.initiativeEffect(), bool(input.facts().excellentCompletion()),
          bool(input.facts().activeDigitalUse()), integer(input.facts().appliedInitiatives()),
          integer(input.facts().skillsClasses()), bool(input.facts().greenLiving()), bool(input.facts().energySaving()),
          bool(input.facts().exemplary()), first.state().name(), first.note(), first.actor(), now, now};
      for (int i = 0; i < args.length; i++) {
        setArg(ps, i + 1, args[i]);
      }
      return ps;
    }, key);
    long id = key.getKey().longValue();
    insertChange(id, first, now);
    return id;
  }

  /** Replaces what the unit declared (a draft confirmed, a returned proposal corrected). */
  public void update(long id, ProposalInput input, OffsetDateTime now) {
    jdbc.update("update commendation_proposal set candidate_type = ?, candidate_name = ?, candidate_position = ?, "
            + "candidate_unit_id = ?, candidate_unit_name = ?, form_sought = ?, achievements = ?, initiatives = ?, "
            + "initiative_effect = ?, excellent_completion = ?, active_digital_use = ?, applied_initiatives = ?, "
            + "skills_classes = ?, green_living = ?, energy_saving = ?, exemplary = ?, updated_at = ? where id = ?",
        input.type().name(), input.name(), input.position(),
        input.candidateUnit() == null ? null : input.candidateUnit().id(),
        input.candidateUnit() == null ? null : input.candidateUnit().name(), input.form().name(), input.achievements(),
        input.initiatives(), input.initiativeEffect(), bool(input.facts().excellentCompletion()),
        bool(input.facts().activeDigitalUse()), integer(input.facts().appliedInitiatives()),
        integer(input.facts().skillsClasses()), bool(input.facts().greenLiving()), bool(input.facts().energySaving()),
        bool(input.facts().exemplary()), now, id);
  }

  /**
   * Moves a proposal to a new state and writes the step into its history. A document travels with
   * the step: the ward's proposal dossier when it goes to the city (APPROVED), the decision when it
   * is decided (COMMENDED, REFUSED).
   */
  public void transition(long id, StateChange change, OffsetDateTime now) {
    jdbc.update("update commendation_proposal set state = ?, state_note = ?, updated_at = ? where id = ?",
        change.state().name(), change.note(), now, id);
    if (change.documentNumber() != null || change.documentDate() != null) {
      if (change.state() == ProposalState.APPROVED) {
        jdbc.update("update commendation_proposal set dossier_number = ?, dossier_date = ? where id = ?",
            change.documentNumber(), change.documentDate(), id);
      } else {
        jdbc.update("update commendation_proposal set decision_number = ?, decision_date = ?, decision_level = ? where id = ?",
            change.documentNumber(), change.documentDate(),
            change.issuingLevel() == null ? null : change.issuingLevel().name(), id);
      }
    } else if (change.issuingLevel() != null) {
      jdbc.update("update commendation_proposal set decision_level = ? where id = ?", change.issuingLevel().name(), id);
    }
    insertChange(id, change, now);
  }

  public void recordEligibility(long id, Eligibility eligibility, OffsetDateTime now) {
    jdbc.update("update commendation_proposal set criteria_met = ?, criteria_reason = ?, criteria_figures = ?, "
            + "evaluated_at = ?, updated_at = ? where id = ?",
        eligibility.met(), eligibility.reason(), eligibility.figures(), now, now, id);
  }

  public void recordTally(long id, int votesFor, int votesCast, int councilSize) {
    jdbc.update("update commendation_proposal set votes_for = ?, votes_cast = ?, council_size = ? where id = ?",
        votesFor, votesCast, councilSize, id);
  }

  public void insertVote(CouncilVote vote) {
    jdbc.update("insert into commendation_vote (proposal_id, member_id, in_favour, comment, voted_at) values (?, ?, ?, ?, ?)",
        vote.proposalId(), vote.memberId(), vote.inFavour(), vote.comment(), vote.votedAt());
  }

  public List<CouncilVote> votes(long proposalId) {
    return jdbc.query("select * from commendation_vote where proposal_id = ? order by member_id",
        (rs, i) -> new CouncilVote(rs.getLong("proposal_id"), rs.getString("member_id"), rs.getBoolean("in_favour"),
            rs.getString("comment"), rs.getObject("voted_at", OffsetDateTime.class)), proposalId);
  }

  public Optional<Proposal> find(long id) {
    return jdbc.query("select * from commendation_proposal where id = ?", this::map, id).stream().findFirst();
  }

  /** The proposals of a round in the given states (all states when none given), in the order they were made. */
  public List<Proposal> ofRound(String businessKey, ProposalState... states) {
    List<Object> args = new ArrayList<>(List.of(businessKey));
    String sql = "select * from commendation_proposal where business_key = ?";
    if (states.length > 0) {
      sql += " and state in (" + String.join(", ", java.util.Collections.nCopies(states.length, "?")) + ")";
      Arrays.stream(states).forEach(s -> args.add(s.name()));
    }
    return jdbc.query(sql + " order by id", this::map, args.toArray());
  }

  /** The register across years: optionally one year, one state; newest rounds first. */
  public List<Proposal> query(Integer year, ProposalState state) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder("select * from commendation_proposal where 1 = 1");
    if (year != null) {
      sql.append(" and round_year = ?");
      args.add(year);
    }
    if (state != null) {
      sql.append(" and state = ?");
      args.add(state.name());
    }
    sql.append(" order by round_year desc, business_key, id");
    return jdbc.query(sql.toString(), this::map, args.toArray());
  }

  /** Every state the proposal went through, oldest first. */
  public List<StateChange> history(long proposalId) {
    return jdbc.query("select * from commendation_state_change where proposal_id = ? order by id",
        (rs, i) -> new StateChange(ProposalState.valueOf(rs.getString("state")),
            rs.getObject("changed_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("note"),
            rs.getString("document_number"), rs.getObject("document_date", LocalDate.class),
            level(rs.getString("issuing_level"))), proposalId);
  }

  private void insertChange(long id, StateChange change, OffsetDateTime now) {
    jdbc.update("insert into commendation_state_change (proposal_id, state, changed_at, actor, note, document_number, "
            + "document_date, issuing_level) values (?, ?, ?, ?, ?, ?, ?, ?)",
        id, change.state().name(), now, change.actor(), change.note(), change.documentNumber(), change.documentDate(),
        change.issuingLevel() == null ? null : change.issuingLevel().name());
  }

  private Proposal map(ResultSet rs, int row) throws SQLException {
    return new Proposal(rs.getLong("id"), rs.getInt("round_year"), RoundKind.valueOf(rs.getString("round_kind")),
        rs.getString("business_key"), rs.getString("process_instance_id"), rs.getString("proposing_unit_id"),
        rs.getString("proposing_unit_name"), Proposal.Source.valueOf(rs.getString("source")),
        CandidateType.valueOf(rs.getString("candidate_type")), rs.getString("candidate_name"),
        rs.getString("candidate_position"), rs.getString("candidate_unit_id"), rs.getString("candidate_unit_name"),
        CommendationForm.valueOf(rs.getString("form_sought")), rs.getString("achievements"), rs.getString("initiatives"),
        rs.getString("initiative_effect"),
        new CandidateFacts(nullableBoolean(rs, "excellent_completion"), nullableBoolean(rs, "active_digital_use"),
            nullableInt(rs, "applied_initiatives"), nullableInt(rs, "skills_classes"), nullableBoolean(rs, "green_living"),
            nullableBoolean(rs, "energy_saving"), nullableBoolean(rs, "exemplary")),
        nullableBoolean(rs, "criteria_met"), rs.getString("criteria_reason"), rs.getString("criteria_figures"),
        nullableInt(rs, "votes_for"), nullableInt(rs, "votes_cast"), nullableInt(rs, "council_size"),
        ProposalState.valueOf(rs.getString("state")), rs.getString("state_note"), rs.getString("decision_number"),
        rs.getObject("decision_date", LocalDate.class), level(rs.getString("decision_level")),
        rs.getString("dossier_number"), rs.getObject("dossier_date", LocalDate.class), rs.getString("created_by"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
  }

  private static CommendationForm.Level level(String value) {
    return value == null ? null : CommendationForm.Level.valueOf(value);
  }

  private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
    boolean v = rs.getBoolean(column);
    return rs.wasNull() ? null : v;
  }

  private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static SqlParameterValue bool(Boolean value) {
    return new SqlParameterValue(Types.BOOLEAN, value);
  }

  private static SqlParameterValue integer(Integer value) {
    return new SqlParameterValue(Types.INTEGER, value);
  }

  private static void setArg(java.sql.PreparedStatement ps, int index, Object value) throws SQLException {
    org.springframework.jdbc.core.StatementCreatorUtils.setParameterValue(ps, index,
        org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN, value);
  }
}
