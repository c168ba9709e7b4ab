package vn.viethoa.movement.commendation;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.StoredReport;
import vn.viethoa.movement.reporting.WardReport;
import vn.viethoa.movement.reporting.WardReportRepository;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.ManualStart;
import vn.viethoa.movement.validation.Violations;

/**
 * The rules of the first half of a round (docs/commendation.md): when a round may open, which
 * nominations of the annual reports carry over, what units may propose, how the window closes, how
 * the lead unit compiles the list and returns proposals for correction. Every change lands in the
 * register in the caller's transaction.
 */
@Service
public class ProposalService {

  public static final String ACTION_RECEIVE = "receive";
  public static final String ACTION_RETURN = "return";

  private final Organisation organisation;
  private final PlanCalendar calendar;
  private final PlanClock clock;
  private final CommendationProperties properties;
  private final ProposalRepository register;
  private final ProposalValidator validator;
  private final EligibilityService eligibility;
  private final ReportRepository reports;
  private final WardReportRepository wardReports;

  public ProposalService(Organisation organisation, PlanCalendar calendar, PlanClock clock,
      CommendationProperties properties, ProposalRepository register, ProposalValidator validator,
      EligibilityService eligibility, ReportRepository reports, WardReportRepository wardReports) {
    this.organisation = organisation;
    this.calendar = calendar;
    this.clock = clock;
    this.properties = properties;
    this.register = register;
    this.validator = validator;
    this.eligibility = eligibility;
    this.reports = reports;
    this.wardReports = wardReports;
  }

  /** Who may propose: every unit of the Committee and every residential group (section III.1). */
  public List<Unit> proposingUnits() {
    return Stream.concat(organisation.ofKind(UnitKind.UNIT).stream(), organisation.ofKind(UnitKind.RESIDENTIAL_GROUP).stream())
        .toList();
  }

  /** The multi-instance collection of the proposal task. */
  public List<String> proposingUnitIds() {
    return proposingUnits().stream().map(Unit::id).toList();
  }

  /** Choices of the candidate's unit or residential group on the forms: [{label, value}]. */
  public List<Map<String, String>> unitOptions() {
    return proposingUnits().stream().map(u -> Map.of("label", u.name(), "value", u.id())).toList();
  }

  /**
   * Checks a new round: a plan year, a known kind, the interim and final reviews in their years, an
   * annual round only after the year's report was approved, and no second round of the same kind.
   */
  public CommendationRound open(Object yearValue, Object kindValue, Predicate<String> heldAlready, String processInstanceId) {
    return open(yearValue, kindValue, heldAlready, processInstanceId, ManualStart.NONE);
  }

  /**
   * Checks a new round. A person may not open a round for a year still ahead, a review before its
   * year's reporting window, nor any round while the movement runs (it opens every round itself).
   */
  public CommendationRound open(Object yearValue, Object kindValue, Predicate<String> heldAlready, String processInstanceId,
      ManualStart start) {
    Violations violations = new Violations();
    if (start.movementRunning()) {
      violations.add("Phong trào đang được thực hiện trên hệ thống và tự mở các đợt khen thưởng; không khởi tạo thêm đợt.");
    }
    Integer year = yearValue instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : null;
    RoundKind kind = kindValue instanceof String s ? RoundKind.parse(s).orElse(null) : null;
    violations.check(year != null, "“Năm” phải là một năm, ví dụ 2026.");
    if (kindValue == null) {
      violations.add("“Đợt khen thưởng” là bắt buộc.");
    } else {
      violations.check(kind != null, "“Đợt khen thưởng” không có giá trị \"" + kindValue + "\".");
    }
    if (year != null && !calendar.isPlanYear(year)) {
      violations.add("“Năm” phải trong giai đoạn " + calendar.firstYear() + " - " + calendar.lastYear() + " của Kế hoạch.");
    } else if (year != null && kind != null) {
      switch (kind) {
        case interim_review -> violations.check(year == properties.interimReviewYear(),
            "Sơ kết giai đoạn 1 được tổ chức vào năm " + properties.interimReviewYear() + " (mục IV của Kế hoạch).");
        case final_review -> violations.check(year == properties.finalReviewYear(),
            "Tổng kết toàn giai đoạn được tổ chức vào năm " + properties.finalReviewYear() + " (mục IV của Kế hoạch).");
        case annual -> violations.check(wardReports.find(year).map(WardReport::status)
                .filter(s -> s == WardReport.Status.APPROVED || s == WardReport.Status.SUBMITTED).isPresent(),
            "Báo cáo kết quả phong trào năm " + year + " chưa được lãnh đạo duyệt; đợt khen thưởng hằng năm bắt đầu sau khi "
                + "báo cáo năm được duyệt.");
      }
      violations.check(!heldAlready.test(CommendationRoundProcess.businessKey(year, kind)),
          "Đợt “" + kind.label() + "” năm " + year + " đã được khởi tạo.");
      if (start.manual()) {
        var opens = calendar.annualReport(year).windowOpens();
        violations.check(year <= clock.today().getYear(), "Chưa đến năm " + year + "; không mở đợt khen thưởng cho năm sau.");
        violations.check(kind == RoundKind.annual || year > clock.today().getYear() || !clock.nowInZone().isBefore(opens),
            "Chưa đến thời gian " + kind.label().toLowerCase() + " (từ ngày " + VietnameseDates.date(opens.toLocalDate()) + ").");
      }
    }
    violations.throwIfAny();
    return new CommendationRound(year, kind, processInstanceId);
  }

  public ZonedDateTime proposalsDue() {
    return clock.deadlineInWorkingDays(properties.proposalDays());
  }

  public ZonedDateTime correctionDue() {
    return clock.deadlineInWorkingDays(properties.correctionDays());
  }

  /**
   * An annual round takes over the nominations units gave in that year's annual report, as drafts of
   * the nominating unit: the unit confirms or completes them in its proposal task. Review rounds
   * start empty (the same nominations would otherwise be proposed twice in a review year).
   */
  public int carryOver(CommendationRound round) {
    if (round.kind() != RoundKind.annual) {
      return 0;
    }
    int carried = 0;
    for (StoredReport report : reports.latest(round.year())) {
      Optional<Unit> proposer = organisation.find(report.unitId());
      if (proposer.isEmpty()) {
        continue;
      }
      for (Nomination nomination : report.nominations()) {
        register.insert(round, proposer.get().id(), proposer.get().name(), Proposal.Source.ANNUAL_REPORT, report.id(),
            fromNomination(nomination, proposer.get()),
            StateChange.to(ProposalState.DRAFT, report.submittedBy(), "Chuyển từ đề nghị khen thưởng trong báo cáo năm "
                + report.year() + " (phiên bản " + report.version() + ")."), now());
        carried++;
      }
    }
    return carried;
  }

  /** A nomination of a report as a proposal: the candidate's unit is found by name, or is the nominating unit. */
  ProposalInput fromNomination(Nomination n, Unit proposer) {
    Unit unit = switch (n.type()) {
      case collective -> byName(n.name(), UnitKind.UNIT).orElse(proposer.kind() == UnitKind.UNIT ? proposer : null);
      case residential_group -> byName(n.name(), UnitKind.RESIDENTIAL_GROUP)
          .orElse(proposer.kind() == UnitKind.RESIDENTIAL_GROUP ? proposer : null);
      case individual, resident -> proposer;
      case household -> proposer.kind() == UnitKind.RESIDENTIAL_GROUP ? proposer : null;
    };
    // a person a residential group nominates is a resident, judged by III.1.3, not an official (III.1.2)
    CandidateType type = n.type() == CandidateType.individual && proposer.kind() == UnitKind.RESIDENTIAL_GROUP
        ? CandidateType.resident : n.type();
    boolean namedByUnit = unit != null && (n.type() == CandidateType.collective || n.type() == CandidateType.residential_group);
    return new ProposalInput(null, type, namedByUnit ? unit.name() : n.name(), n.position(), unit, n.form(),
        n.achievement(), null, null, CandidateFacts.NONE);
  }

  private Optional<Unit> byName(String name, UnitKind kind) {
    return organisation.ofKind(kind).stream().filter(u -> u.name().equalsIgnoreCase(name.trim())).findFirst();
  }

  /** The unit's form starts with the drafts carried over from its annual report. */
  public List<Map<String, Object>> prefill(CommendationRound round, String unitId) {
    return register.ofRound(round.businessKey(), ProposalState.DRAFT).stream()
        .filter(p -> p.proposingUnitId().equals(unitId)).map(ProposalValidator::toValues).toList();
  }

  /**
   * A unit submits its list: drafts it keeps are completed and submitted, drafts it left out are
   * withdrawn, new entries are added; each submitted proposal is checked against its criteria table.
   * Returns how many were submitted. Throws (nothing stored) on any problem.
   */
  public int submit(CommendationRound round, Unit unit, FormInput in, String actor) {
    List<ProposalInput> inputs = validator.readList(in);
    Map<Long, Proposal> drafts = new LinkedHashMap<>();
    register.ofRound(round.businessKey(), ProposalState.DRAFT).stream().filter(p -> p.proposingUnitId().equals(unit.id()))
        .forEach(p -> drafts.put(p.id(), p));
    Violations violations = in.violations();
    Set<Long> kept = new HashSet<>();
    for (ProposalInput input : inputs) {
      if (input.proposalId() != null) {
        if (!drafts.containsKey(input.proposalId())) {
          violations.add("“Đề nghị khen thưởng”: mã đề nghị " + input.proposalId()
              + " không phải là đề nghị dự thảo của đơn vị trong đợt này.");
          continue;
        }
        kept.add(input.proposalId());
      }
      duplicateOf(round, ProposalValidator.candidateKey(input), drafts.keySet())
          .ifPresent(d -> violations.add(duplicateMessage(input.name(), d)));
    }
    for (ProposalInput input : inputs) {
      cityFormOutsideReview(round, input.form(), input.name()).ifPresent(violations::add);
    }
    violations.throwIfAny();
    OffsetDateTime now = now();
    for (ProposalInput input : inputs) {
      long id;
      if (input.proposalId() != null) {
        id = input.proposalId();
        register.update(id, input, now);
        register.transition(id, StateChange.to(ProposalState.SUBMITTED, actor,
            "Đơn vị xác nhận đề nghị chuyển từ báo cáo năm."), now);
      } else {
        id = register.insert(round, unit.id(), unit.name(), Proposal.Source.ROUND, null, input,
            StateChange.to(ProposalState.SUBMITTED, actor, null), now);
      }
      evaluate(id);
    }
    for (Proposal draft : drafts.values()) {
      if (!kept.contains(draft.id())) {
        register.transition(draft.id(), StateChange.to(ProposalState.WITHDRAWN, actor,
            "Đơn vị không tiếp tục đề nghị trong đợt này."), now);
      }
    }
    return inputs.size();
  }

  /**
   * The proposal window closed (all units answered, or the deadline passed): a draft nobody
   * confirmed goes into the list as declared in the annual report when it is complete, and is
   * withdrawn, with the reason, when it is not.
   */
  public void closeWindow(CommendationRound round) {
    for (Proposal draft : register.ofRound(round.businessKey(), ProposalState.DRAFT)) {
      FormInput in = FormInput.of(ProposalValidator.toValues(draft));
      ProposalInput input = validator.readEntry(in);
      Optional<Proposal> duplicate = input == null ? Optional.empty()
          : duplicateOf(round, ProposalValidator.candidateKey(draft), Set.of(draft.id()));
      Optional<String> cityForm = cityFormOutsideReview(round, draft.form(), draft.candidateName());
      if (input == null || duplicate.isPresent() || cityForm.isPresent()) {
        String why = cityForm.isPresent() ? cityForm.get() : input == null ? String.join(" ", in.violations().messages())
            : duplicateMessage(draft.candidateName(), duplicate.get());
        register.transition(draft.id(), StateChange.to(ProposalState.WITHDRAWN, null,
            "Hết thời hạn đề xuất, đơn vị chưa bổ sung đề nghị chuyển từ báo cáo năm: " + why), now());
      } else {
        register.transition(draft.id(), StateChange.to(ProposalState.SUBMITTED, null,
            "Hết thời hạn đề xuất: đề nghị trong báo cáo năm được đưa vào danh sách như đơn vị đã kê khai."), now());
        evaluate(draft.id());
      }
    }
  }

  /** A live proposal of the round for the same candidate, other than the given ones. */
  private Optional<Proposal> duplicateOf(CommendationRound round, String candidateKey, Set<Long> except) {
    return register.ofRound(round.businessKey()).stream()
        .filter(p -> !p.state().terminal() && p.state() != ProposalState.DRAFT && !except.contains(p.id()))
        .filter(p -> ProposalValidator.candidateKey(p).equals(candidateKey)).findFirst();
  }

  private static String duplicateMessage(String name, Proposal existing) {
    return "“Đề nghị khen thưởng”: “" + name + "” đã được đề nghị trong đợt này (mã đề nghị " + existing.id() + ", do "
        + existing.proposingUnitName() + " đề nghị).";
  }

  private void evaluate(long id) {
    register.recordEligibility(id, eligibility.evaluate(register.find(id).orElseThrow()), now());
  }

  /** What the lead unit rules on: every submitted proposal, with the criteria table's answer. */
  public List<Map<String, Object>> reviewItems(CommendationRound round) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Proposal p : register.ofRound(round.businessKey(), ProposalState.SUBMITTED)) {
      Map<String, Object> item = RoundTexts.itemWithCriteria(p, true);
      item.put("proposingUnit", p.proposingUnitName());
      item.put("achievements", p.achievements());
      item.put("action", null);
      item.put("returnNote", null);
      items.add(item);
    }
    return items;
  }

  /** The lead unit's ruling: how many proposals went back to their units, how many go to the council. */
  public record Compilation(int returned, int underReview) {}

  /**
   * The lead unit receives each submitted proposal into the list or returns it to its unit with what
   * to correct. When nothing is returned the list is closed: proposals meeting their criteria go to
   * the council, the others are recorded as not eligible with the table's reason.
   */
  public Compilation compile(CommendationRound round, FormInput in, String actor) {
    Map<Long, Proposal> submitted = new LinkedHashMap<>();
    register.ofRound(round.businessKey(), ProposalState.SUBMITTED).forEach(p -> submitted.put(p.id(), p));
    Map<Long, String> actions = new HashMap<>();
    Map<Long, String> notes = new HashMap<>();
    Set<Long> seen = new HashSet<>();
    for (FormInput entry : in.list(CommendationRoundProcess.REVIEWS, "Danh sách đề nghị", 1000)) {
      Long id = entry.wholeNumber(ProposalValidator.PROPOSAL_ID, "Mã đề nghị", true, 1, Long.MAX_VALUE);
      String action = entry.choice("action", "Xử lý", List.of(ACTION_RECEIVE, ACTION_RETURN));
      String note = entry.text("returnNote", "Nội dung cần chỉnh sửa, bổ sung", ACTION_RETURN.equals(action), 4000);
      if (id == null) {
        continue;
      }
      seen.add(id);
      if (!submitted.containsKey(id)) {
        entry.reject("Mã đề nghị", "không có đề nghị " + id + " đang chờ tiếp nhận.");
      } else if (action != null) {
        actions.put(id, action);
        notes.put(id, note);
      }
    }
    for (Proposal p : submitted.values()) {
      if (!seen.contains(p.id())) {
        in.violations().add("“Danh sách đề nghị”: chưa chọn tiếp nhận hay trả lại đề nghị " + p.id() + " (“"
            + p.candidateLabel() + "”).");
      }
    }
    in.violations().throwIfAny();
    OffsetDateTime now = now();
    int returned = 0;
    for (Proposal p : submitted.values()) {
      if (ACTION_RETURN.equals(actions.get(p.id()))) {
        register.transition(p.id(), StateChange.to(ProposalState.RETURNED, actor, notes.get(p.id())), now);
        returned++;
      } else {
        register.transition(p.id(), StateChange.to(ProposalState.RECEIVED, actor, notes.get(p.id())), now);
      }
    }
    int underReview = 0;
    if (returned == 0) {
      for (Proposal p : register.ofRound(round.businessKey(), ProposalState.RECEIVED)) {
        if (Boolean.TRUE.equals(p.criteriaMet())) {
          register.transition(p.id(), StateChange.to(ProposalState.UNDER_REVIEW, actor,
              "Đưa ra Hội đồng Thi đua - Khen thưởng xét."), now);
          underReview++;
        } else {
          register.transition(p.id(), StateChange.to(ProposalState.NOT_ELIGIBLE, actor,
              "Không đạt tiêu chí thi đua: " + p.criteriaReason()), now);
        }
      }
    }
    return new Compilation(returned, underReview);
  }

  /** The multi-instance collection of the correction task. */
  public List<Long> returnedProposalIds(String businessKey) {
    return register.ofRound(businessKey, ProposalState.RETURNED).stream().map(Proposal::id).toList();
  }

  /** A returned proposal as its correction form starts: what was declared and what to correct. */
  public Proposal returned(long proposalId) {
    Proposal p = register.find(proposalId).orElseThrow(() -> new IllegalArgumentException("Unknown proposal " + proposalId));
    if (p.state() != ProposalState.RETURNED) {
      throw new IllegalStateException("Proposal " + proposalId + " is " + p.state() + ", not RETURNED");
    }
    return p;
  }

  /** The unit corrects a returned proposal; it is submitted again and checked against its criteria anew. */
  public void correct(CommendationRound round, long proposalId, FormInput in, String actor) {
    Proposal current = returned(proposalId);
    ProposalInput input = validator.readOne(in);
    duplicateOf(round, ProposalValidator.candidateKey(input), Set.of(proposalId))
        .ifPresent(d -> in.violations().add(duplicateMessage(input.name(), d)));
    cityFormOutsideReview(round, input.form(), input.name()).ifPresent(in.violations()::add);
    in.violations().throwIfAny();
    OffsetDateTime now = now();
    register.update(current.id(), input, now);
    register.transition(current.id(), StateChange.to(ProposalState.SUBMITTED, actor, "Đơn vị đã chỉnh sửa, bổ sung đề nghị."), now);
    evaluate(current.id());
  }

  /**
   * Section III.2: the ward proposes Bằng khen and Cờ thi đua to the city at the interim (2027) and
   * final (2030) reviews; a yearly round is the ward's own (Giấy khen of the ward's Chairman).
   */
  static Optional<String> cityFormOutsideReview(CommendationRound round, CommendationForm form, String candidate) {
    if (round.kind() != RoundKind.annual || form == null || form.level() != CommendationForm.Level.CITY) {
      return Optional.empty();
    }
    return Optional.of("“Hình thức khen thưởng đề nghị” của “" + candidate + "”: " + form.label()
        + " chỉ đề nghị UBND thành phố tại sơ kết giai đoạn 1 và tổng kết phong trào; đợt khen thưởng hằng năm xét "
        + CommendationForm.giay_khen.label() + ".");
  }

  /** How many proposals a form's summary lists (movement.summaries.round-listed); set by Spring. */
  private vn.viethoa.movement.validation.SummaryLimits limits = vn.viethoa.movement.validation.SummaryLimits.DEFAULTS;

  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setSummaryLimits(vn.viethoa.movement.validation.SummaryLimits limits) {
    this.limits = limits;
  }

  /**
   * The round at a glance for the reviewers' forms, computed from the register: counts, the first
   * proposals and a link to the whole list (RoundSummaryController); the cut is only a last guard.
   */
  public String summary(CommendationRound round) {
    return vn.viethoa.movement.validation.VariableText.fit(
        RoundTexts.summary(round, register.ofRound(round.businessKey()), limits.roundListed()),
        "*(Danh sách dài: các đề nghị còn lại xem trong danh sách của công việc và sổ theo dõi khen thưởng.)*");
  }

  /** The round's whole list, for the page the forms' summaries link to. */
  public String summaryInFull(CommendationRound round) {
    return RoundTexts.summary(round, register.ofRound(round.businessKey()));
  }

  private OffsetDateTime now() {
    return clock.nowOffset();
  }
}
