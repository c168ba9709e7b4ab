package vn.viethoa.movement.lifecycle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.notification.MailTemplates;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.NotificationService;
import vn.viethoa.movement.notification.OutgoingMail;
import vn.viethoa.movement.organisation.Directory;
import vn.viethoa.movement.organisation.Organisation;

/**
 * Section V.6: the Front's supervision report reaches the Committee's leadership (a mail to each of
 * its members, the report kept in {@link MovementRecords}); when the Front asks the Committee to
 * adjust the plan, a plan adjustment starts in the Front's name, decided like any other request.
 * Asynchronous and retried: a mail server down does not lose the report.
 */
@Component("forwardSupervisionReportDelegate")
public class ForwardSupervisionReportDelegate implements JavaDelegate {

  static final String ADJUSTMENT_KEY = "plan-adjustment";

  private final MovementRecords records;
  private final Directory directory;
  private final Organisation organisation;
  private final MailTemplates templates;
  private final NotificationService notifications;
  private final MovementProperties movement;

  public ForwardSupervisionReportDelegate(MovementRecords records, Directory directory, Organisation organisation,
      MailTemplates templates, NotificationService notifications, MovementProperties movement) {
    this.records = records;
    this.directory = directory;
    this.organisation = organisation;
    this.templates = templates;
    this.notifications = notifications;
    this.movement = movement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(RecordSupervisionReportListener.SUPERVISION_RECORD_ID);
    if (!(id instanceof Number number)) {
      return; // a report filed before records were kept
    }
    MovementRecords.Entry report = records.find(number.longValue()).orElseThrow();
    String front = organisation.get(report.unitId()).name();
    if (report.adjustmentRequested() && report.adjustmentProcessId() == null) {
      Map<String, Object> request = new HashMap<>();
      request.put("requestKind", "adjustment");
      request.put("planSection", "V");
      request.put("requestTitle", "Đề nghị phối hợp điều chỉnh kế hoạch qua giám sát " + report.periodLabel());
      request.put("requestDetails", cut(report.summary()));
      request.put("proposedChange", cut(report.details() == null || report.details().isBlank() ? report.summary() : report.details()));
      request.put("requester", report.submittedBy());
      String adjustment = execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(ADJUSTMENT_KEY, request).getId();
      records.adjustmentStarted(report.id(), adjustment);
      report = records.find(report.id()).orElseThrow();
    }
    for (var r : directory.membersOf(organisation.leadership().id())) {
      Map<String, Object> model = new HashMap<>();
      model.put("recipientName", r.displayName());
      model.put("front", front);
      model.put("committee", movement.ward().committee());
      model.put("period", report.periodLabel());
      model.put("findings", report.summary());
      model.put("difficulties", report.details() == null ? "" : report.details());
      model.put("adjustment", report.adjustmentRequested());
      notifications.deliver(List.of(new OutgoingMail("supervision:" + report.id() + ":" + r.userId(), NotificationKind.OUTCOME, r,
          front + " gửi kết quả giám sát phong trào (" + report.periodLabel() + ")",
          templates.text("supervision-report", model), templates.html("supervision-report", model),
          execution.getProcessInstanceId(), execution.getProcessBusinessKey(), null)));
    }
  }

  /** The adjustment request's fields hold 4,000 characters. */
  private static String cut(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }
}
