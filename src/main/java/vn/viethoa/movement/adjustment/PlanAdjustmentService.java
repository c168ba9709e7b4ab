package vn.viethoa.movement.adjustment;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.notification.MailTemplates;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.OutgoingMail;
import vn.viethoa.movement.notification.Recipient;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Violations;

/** The rules of an adjustment request: what a valid request and decision are, and who is told. */
@Service
public class PlanAdjustmentService {

  /** Sections of the plan a request may concern. */
  static final Map<String, String> PLAN_SECTIONS = new LinkedHashMap<>();

  static {
    PLAN_SECTIONS.put("I", "I. Mục đích, yêu cầu");
    PLAN_SECTIONS.put("II", "II. Nội dung phong trào thi đua");
    PLAN_SECTIONS.put("III", "III. Tiêu chí thi đua và hình thức khen thưởng");
    PLAN_SECTIONS.put("IV", "IV. Thời gian thực hiện");
    PLAN_SECTIONS.put("V", "V. Tổ chức thực hiện");
  }

  private final Organisation organisation;
  private final PlanClock clock;
  private final MailTemplates templates;
  private final MovementProperties movement;
  private final int decisionDays;

  public PlanAdjustmentService(Organisation organisation, PlanClock clock, MailTemplates templates,
      MovementProperties movement, @Value("${movement.adjustment.decision-days:7}") int decisionDays) {
    this.organisation = organisation;
    this.clock = clock;
    this.templates = templates;
    this.movement = movement;
    this.decisionDays = decisionDays;
  }

  /** Validates a submitted request; throws with every problem in Vietnamese. */
  public AdjustmentRequest readRequest(FormInput in) {
    String kind = in.choice("requestKind", "Loại đề nghị", RequestKind.names());
    String section = in.choice("planSection", "Nội dung kế hoạch liên quan", PLAN_SECTIONS.keySet());
    String title = in.text("requestTitle", "Tiêu đề", true, 200);
    String details = in.text("requestDetails", "Nội dung, lý do", true, 4000);
    boolean needsChange = kind != null && RequestKind.valueOf(kind).needsProposedChange();
    String change = in.text("proposedChange", "Nội dung đề nghị điều chỉnh, bổ sung", needsChange, 4000);
    in.violations().throwIfAny();
    return new AdjustmentRequest(RequestKind.valueOf(kind), section, title, details, change);
  }

  /** The unit the requester acts for; refused when the requester belongs to none. */
  public Unit requestingUnit(String requester, List<String> groupIds) {
    var unit = organisation.actingUnitOf(groupIds);
    if (unit.isEmpty()) {
      new Violations().add("Tài khoản " + requester
          + " không thuộc đơn vị hay tổ dân phố nào nên không thể gửi đề nghị điều chỉnh kế hoạch.").throwIfAny();
    }
    return unit.get();
  }

  public ZonedDateTime decisionDue() {
    return clock.deadlineInDays(decisionDays);
  }

  /** e.g. "DCKH-2026-vp-1126103015": readable in Cockpit, unique per unit and second. */
  public String businessKey(Unit unit) {
    var now = clock.nowInZone();
    return String.format("DCKH-%d-%s-%02d%02d%02d%02d%02d", now.getYear(), unit.id(), now.getMonthValue(),
        now.getDayOfMonth(), now.getHour(), now.getMinute(), now.getSecond());
  }

  public AdjustmentDecision readDecision(FormInput in) {
    String decision = in.choice("decision", "Quyết định",
        Set.of(PlanAdjustmentProcess.DECISION_APPROVED, PlanAdjustmentProcess.DECISION_REJECTED));
    boolean rejected = PlanAdjustmentProcess.DECISION_REJECTED.equals(decision);
    String note = in.text("decisionNote", "Ý kiến, lý do", rejected, 4000);
    String document = in.text("decisionDocument", "Số văn bản", false, 50);
    in.violations().throwIfAny();
    return new AdjustmentDecision(PlanAdjustmentProcess.DECISION_APPROVED.equals(decision), note, document);
  }

  /** One mail per person: the requester and every member of the requesting unit. */
  public List<OutgoingMail> outcomeMails(Outcome outcome, List<Recipient> recipients) {
    String verdict = outcome.decision().approved() ? "được chấp thuận" : "không được chấp thuận";
    // the year of the decision and the unit: the same title may come back another year or from another unit
    String subject = "Kết quả xử lý đề nghị \"" + outcome.request().title() + "\" năm " + clock.today().getYear()
        + " (" + outcome.unit().name() + "): " + verdict;
    List<OutgoingMail> mails = new ArrayList<>();
    for (Recipient recipient : recipients) {
      Map<String, Object> model = new HashMap<>();
      model.put("recipientName", recipient.displayName());
      model.put("unitName", outcome.unit().name());
      model.put("kind", outcome.request().kind().label());
      model.put("title", outcome.request().title());
      model.put("verdict", verdict);
      model.put("approved", outcome.decision().approved());
      model.put("note", outcome.decision().note());
      model.put("documentNumber", outcome.decision().documentNumber());
      model.put("decidedOn", VietnameseDates.date(clock.today()));
      model.put("committee", movement.ward().committee());
      model.put("businessKey", outcome.businessKey());
      mails.add(new OutgoingMail(
          "adjustment:" + outcome.processInstanceId() + ":outcome:" + recipient.userId(),
          NotificationKind.OUTCOME, recipient, subject,
          templates.text("adjustment-outcome", model), templates.html("adjustment-outcome", model),
          outcome.processInstanceId(), outcome.businessKey(), null));
    }
    return mails;
  }

  /** What the requester is told. */
  public record Outcome(String processInstanceId, String businessKey, Unit unit, AdjustmentRequest request,
      AdjustmentDecision decision) {}
}
