package vn.viethoa.movement.commendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.validation.FormInput;

/**
 * What a valid commendation proposal is, whoever sends it (Tasklist or REST): a candidate of a known
 * type in a unit or residential group of the ward, a form of commendation that type may receive,
 * achievements, and the facts the criteria of its type need. Every problem is a Vietnamese sentence
 * naming the field as the form labels it.
 */
@Component
public class ProposalValidator {

  public static final String PROPOSALS = "proposals";
  static final String PROPOSALS_LABEL = "Đề nghị khen thưởng";
  static final int MAX_PROPOSALS = 30;
  static final int TEXT_MAX = 4000;

  // field keys, shared by the list form, the correction form and the register's prefill
  public static final String PROPOSAL_ID = "proposalId";
  public static final String CANDIDATE_TYPE = "candidateType";
  public static final String CANDIDATE_NAME = "candidateName";
  public static final String CANDIDATE_POSITION = "candidatePosition";
  public static final String CANDIDATE_UNIT = "candidateUnitId";
  public static final String FORM_SOUGHT = "formSought";
  public static final String ACHIEVEMENTS = "achievements";
  public static final String INITIATIVES = "initiatives";
  public static final String INITIATIVE_EFFECT = "initiativeEffect";
  public static final String EXCELLENT_COMPLETION = "excellentCompletion";
  public static final String ACTIVE_DIGITAL_USE = "activeDigitalUse";
  public static final String APPLIED_INITIATIVES = "appliedInitiatives";
  public static final String SKILLS_CLASSES = "skillsClasses";
  public static final String GREEN_LIVING = "greenLiving";
  public static final String ENERGY_SAVING = "energySaving";
  public static final String EXEMPLARY = "exemplary";

  private final Organisation organisation;

  public ProposalValidator(Organisation organisation) {
    this.organisation = organisation;
  }

  /** The list of a unit's proposals (may be empty); the problems of its entries stay in {@code in.violations()}. */
  public List<ProposalInput> readList(FormInput in) {
    List<ProposalInput> proposals = new ArrayList<>();
    Set<String> candidates = new HashSet<>();
    for (FormInput entry : in.list(PROPOSALS, PROPOSALS_LABEL, MAX_PROPOSALS)) {
      ProposalInput p = readEntry(entry);
      if (p != null) {
        if (!candidates.add(candidateKey(p))) {
          entry.reject("Tên tập thể, cá nhân, hộ gia đình", "trùng với một đề nghị khác trong danh sách.");
          continue;
        }
        proposals.add(p);
      }
    }
    // the caller adds its own checks (duplicates, forms of the round) and throws once, with every problem
    return proposals;
  }

  /** One proposal on a form of its own (correction); throws with every problem. */
  public ProposalInput readOne(FormInput in) {
    ProposalInput p = readEntry(in);
    in.violations().throwIfAny();
    return p;
  }

  /** The same candidate: type, unit and name, case and spacing aside. */
  public static String candidateKey(ProposalInput p) {
    return candidateKey(p.type(), p.candidateUnit() == null ? null : p.candidateUnit().id(), p.name());
  }

  public static String candidateKey(Proposal p) {
    return candidateKey(p.candidateType(), p.candidateUnitId(), p.candidateName());
  }

  static String candidateKey(CandidateType type, String unitId, String name) {
    return type + "|" + (unitId == null ? "" : unitId) + "|"
        + name.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  /** Reads one entry; returns null when it has problems (recorded in the entry's violations). */
  ProposalInput readEntry(FormInput in) {
    int before = in.violations().messages().size();
    Long proposalId = in.wholeNumber(PROPOSAL_ID, "Mã đề nghị", false, 1, Long.MAX_VALUE);
    String typeName = in.choice(CANDIDATE_TYPE, "Đối tượng", names(CandidateType.values()));
    String formName = in.choice(FORM_SOUGHT, "Hình thức khen thưởng đề nghị", names(CommendationForm.values()));
    String unitId = in.text(CANDIDATE_UNIT, "Đơn vị, tổ dân phố của đối tượng", true, 100);
    String name = in.text(CANDIDATE_NAME, "Tên tập thể, cá nhân, hộ gia đình", false, 200);
    String position = in.text(CANDIDATE_POSITION, "Chức vụ", false, 200);
    String achievements = in.text(ACHIEVEMENTS, "Thành tích đạt được", true, TEXT_MAX);
    String initiatives = in.text(INITIATIVES, "Sáng kiến, giải pháp", false, TEXT_MAX);
    String effect = in.text(INITIATIVE_EFFECT, "Hiệu quả của sáng kiến, giải pháp", false, TEXT_MAX);
    CandidateType type = typeName == null ? null : CandidateType.valueOf(typeName);
    CommendationForm form = formName == null ? null : CommendationForm.valueOf(formName);
    if (type != null && form != null && !type.allows(form)) {
      in.reject("Hình thức khen thưởng đề nghị", "không áp dụng: " + form.label() + " không dành cho đối tượng “"
          + type.label() + "”.");
    }
    if (initiatives != null && effect == null) {
      in.reject("Hiệu quả của sáng kiến, giải pháp", "là bắt buộc khi có sáng kiến, giải pháp.");
    }
    Unit unit = null;
    if (type != null && unitId != null) {
      unit = organisation.find(unitId).filter(u -> allowedUnitKinds(type).contains(u.kind())).orElse(null);
      if (unit == null) {
        in.reject("Đơn vị, tổ dân phố của đối tượng", "không có giá trị \"" + unitId + "\" cho đối tượng “" + type.label() + "”.");
      } else if (type == CandidateType.collective && unit.front()) {
        // III.1.1 judges the units under the Committee; the Front's collective is commended within the Front's own system
        in.reject("Đơn vị, tổ dân phố của đối tượng", "“" + unit.name() + "” không phải phòng, đơn vị trực thuộc UBND phường: "
            + "tiêu chí tập thể tại mục III.1.1 của Kế hoạch không áp dụng. Có thể đề xuất cá nhân, hộ gia đình, người dân tiêu biểu.");
        unit = null;
      }
    }
    CandidateFacts facts = CandidateFacts.NONE;
    if (type == CandidateType.individual) {
      if (name == null) {
        in.reject("Tên tập thể, cá nhân, hộ gia đình", "là bắt buộc với cá nhân (họ và tên).");
      }
      if (position == null) {
        in.reject("Chức vụ", "là bắt buộc với cá nhân.");
      }
      Long applied = in.wholeNumber(APPLIED_INITIATIVES, "Số sáng kiến, giải pháp được áp dụng thực tiễn", true, 0, 1000);
      facts = new CandidateFacts(in.bool(EXCELLENT_COMPLETION, "Hoàn thành xuất sắc nhiệm vụ được giao", false),
          in.bool(ACTIVE_DIGITAL_USE, "Tích cực, chủ động ứng dụng công nghệ số trong công việc", false),
          applied == null ? null : applied.intValue(), null, null, null, null);
    } else if (type == CandidateType.resident) {
      if (name == null) {
        in.reject("Tên tập thể, cá nhân, hộ gia đình", "là bắt buộc với người dân (họ và tên).");
      }
      Long classes = in.wholeNumber(SKILLS_CLASSES, "Số lớp học kỹ năng số đã tham gia hoặc hỗ trợ", true, 0, 1000);
      facts = new CandidateFacts(null,
          in.bool(ACTIVE_DIGITAL_USE, "Tích cực sử dụng, hỗ trợ người dân sử dụng dịch vụ công trực tuyến, thanh toán điện tử", false),
          null, classes == null ? null : classes.intValue(), in.bool(GREEN_LIVING, "Thực hiện lối sống xanh", false), null, null);
    } else if (type == CandidateType.household) {
      if (name == null) {
        in.reject("Tên tập thể, cá nhân, hộ gia đình", "là bắt buộc với hộ gia đình (họ và tên chủ hộ).");
      }
      Long classes = in.wholeNumber(SKILLS_CLASSES, "Số lớp học kỹ năng số hộ đã tham gia", true, 0, 1000);
      facts = new CandidateFacts(null, null, null, classes == null ? null : classes.intValue(),
          in.bool(GREEN_LIVING, "Thực hiện lối sống xanh", false),
          in.bool(ENERGY_SAVING, "Tiết kiệm năng lượng", false), null);
    } else if (unit != null) {
      name = unit.name(); // a collective or a residential group is named by the ward's organisation
      position = null;
    }
    // the city's forms are for candidates the unit declares "tiêu biểu, xuất sắc" (III.2); the tables check it
    facts = facts.withExemplary(in.bool(EXEMPLARY, "Tiêu biểu, xuất sắc", false));
    if (in.violations().messages().size() > before) {
      return null;
    }
    return new ProposalInput(proposalId, type, name, position, unit, form, achievements, initiatives, effect, facts);
  }

  /** Which groups a candidate of a type belongs to: a unit for a collective, a residential group for a household. */
  public static Set<UnitKind> allowedUnitKinds(CandidateType type) {
    return switch (type) {
      case collective -> Set.of(UnitKind.UNIT);
      case residential_group, household, resident -> Set.of(UnitKind.RESIDENTIAL_GROUP);
      case individual -> Set.of(UnitKind.UNIT, UnitKind.RESIDENTIAL_GROUP);
    };
  }

  /** A stored proposal as the forms and this validator read it (prefill, re-checking a draft). */
  public static Map<String, Object> toValues(Proposal p) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(PROPOSAL_ID, p.id());
    v.put(CANDIDATE_TYPE, p.candidateType().name());
    v.put(CANDIDATE_NAME, p.candidateName());
    v.put(CANDIDATE_POSITION, p.candidatePosition());
    v.put(CANDIDATE_UNIT, p.candidateUnitId());
    v.put(FORM_SOUGHT, p.form().name());
    v.put(ACHIEVEMENTS, p.achievements());
    v.put(INITIATIVES, p.initiatives());
    v.put(INITIATIVE_EFFECT, p.initiativeEffect());
    v.put(EXCELLENT_COMPLETION, p.facts().excellentCompletion());
    v.put(ACTIVE_DIGITAL_USE, p.facts().activeDigitalUse());
    v.put(APPLIED_INITIATIVES, p.facts().appliedInitiatives());
    v.put(SKILLS_CLASSES, p.facts().skillsClasses());
    v.put(GREEN_LIVING, p.facts().greenLiving());
    v.put(ENERGY_SAVING, p.facts().energySaving());
    v.put(EXEMPLARY, p.facts().exemplary());
    return v;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
