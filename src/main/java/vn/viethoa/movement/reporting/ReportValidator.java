package vn.viethoa.movement.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.commendation.CandidateType;
import vn.viethoa.movement.commendation.CommendationForm;
import vn.viethoa.movement.commendation.Nomination;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.validation.FormInput;

/**
 * What a valid annual report is, whoever sends it (Tasklist or REST): every figure of the unit's
 * kind with its type and range, the relations between figures, the narrative, the nominations.
 */
@Component
public class ReportValidator {

  public static final String NOMINATIONS = "nominations";
  static final String NOMINATIONS_LABEL = "Đề nghị khen thưởng";
  static final int MAX_NOMINATIONS = 10;

  private final PlausibleFigures plausible;

  public ReportValidator(PlausibleFigures plausible) {
    this.plausible = plausible;
  }

  /** Reads and checks a report; throws with every problem found. */
  public UnitReport read(FormInput in, Unit unit, int year) {
    UnitReport report = collect(in, unit, year);
    in.violations().throwIfAny();
    return report;
  }

  /**
   * Reads and checks a report, leaving the problems in {@code in.violations()} for the caller, who may
   * add its own (a jump against the previous version) so that the official reads them all at once.
   */
  public UnitReport collect(FormInput in, Unit unit, int year) {
    Map<ReportField, Object> values = new LinkedHashMap<>();
    for (ReportField field : ReportField.forUnit(unit)) {
      Object value = switch (field.kind()) {
        case COUNT -> in.count(field.key(), field.label(), field.required());
        case PERCENT -> in.percent(field.key(), field.label(), field.required());
        case BOOLEAN -> in.bool(field.key(), field.label(), field.required());
        case TEXT -> in.text(field.key(), field.label(), field.required(), ReportField.TEXT_MAX);
      };
      values.put(field, value);
    }
    if (unit.underCommittee()) {
      Long total = (Long) values.get(ReportField.STAFF_TOTAL);
      Long proficient = (Long) values.get(ReportField.STAFF_PROFICIENT);
      in.violations().check(total == null || total > 0, "“" + ReportField.STAFF_TOTAL.label() + "” phải lớn hơn 0.");
      in.violations().check(total == null || proficient == null || proficient <= total,
          "“" + ReportField.STAFF_PROFICIENT.label() + "” không được lớn hơn “" + ReportField.STAFF_TOTAL.label() + "”.");
    } else if (unit.kind() == UnitKind.RESIDENTIAL_GROUP) {
      Long households = (Long) values.get(ReportField.HOUSEHOLDS_TOTAL);
      in.violations().check(households == null || households > 0, "“" + ReportField.HOUSEHOLDS_TOTAL.label() + "” phải lớn hơn 0.");
      for (ReportField share : ReportField.householdShares()) {
        Long part = (Long) values.get(share);
        in.violations().check(households == null || part == null || part <= households,
            "“" + share.label() + "” không được lớn hơn “" + ReportField.HOUSEHOLDS_TOTAL.label() + "”.");
      }
    }
    plausible.checkCeilings(values, in.violations());
    // the Front's form asks for no nominations: it proposes through the commendation rounds
    List<Nomination> nominations = unit.front() ? List.of() : readNominations(in);
    return new UnitReport(year, unit, values, nominations);
  }

  /** Candidates the unit puts forward; each with a type, a name, the form sought and achievements. */
  List<Nomination> readNominations(FormInput in) {
    List<Nomination> nominations = new ArrayList<>();
    for (FormInput entry : in.list(NOMINATIONS, NOMINATIONS_LABEL, MAX_NOMINATIONS)) {
      String type = entry.choice("candidateType", "Đối tượng", names(CandidateType.values()));
      String name = entry.text("candidateName", "Tên tập thể, cá nhân, hộ gia đình", true, 200);
      String position = entry.text("candidatePosition", "Chức vụ, đơn vị công tác", false, 200);
      String form = entry.choice("formSought", "Hình thức khen thưởng đề nghị", names(CommendationForm.values()));
      String achievement = entry.text("achievement", "Thành tích, sáng kiến và hiệu quả", true, ReportField.TEXT_MAX);
      if (type != null && form != null) {
        CandidateType t = CandidateType.valueOf(type);
        CommendationForm f = CommendationForm.valueOf(form);
        if (!t.allows(f)) {
          entry.violations().add("“" + NOMINATIONS_LABEL + "”: " + f.label() + " không áp dụng cho đối tượng “" + t.label() + "”.");
          continue;
        }
        if (t == CandidateType.individual && position == null) {
          entry.violations().add("“" + NOMINATIONS_LABEL + "”: đề nghị khen thưởng cá nhân cần ghi chức vụ, đơn vị công tác.");
          continue;
        }
        if (name != null && achievement != null) {
          nominations.add(new Nomination(t, name, position, f, achievement));
        }
      }
    }
    return nominations;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
