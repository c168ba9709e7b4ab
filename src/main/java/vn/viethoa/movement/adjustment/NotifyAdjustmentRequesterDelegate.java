package vn.viethoa.movement.adjustment;

import static vn.viethoa.movement.adjustment.PlanAdjustmentProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.notification.NotificationService;
import vn.viethoa.movement.notification.Recipient;
import vn.viethoa.movement.organisation.Directory;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.validation.FormInput;

/** Tells the requester and their unit what the Committee decided (asynchronous, retried). */
@Component("notifyAdjustmentRequesterDelegate")
public class NotifyAdjustmentRequesterDelegate implements JavaDelegate {

  private final PlanAdjustmentService service;
  private final NotificationService notifications;
  private final Directory directory;
  private final Organisation organisation;

  public NotifyAdjustmentRequesterDelegate(PlanAdjustmentService service, NotificationService notifications,
      Directory directory, Organisation organisation) {
    this.service = service;
    this.notifications = notifications;
    this.directory = directory;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = new PlanAdjustmentService.Outcome(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        organisation.get(REQUESTER_UNIT.from(execution).get()),
        service.readRequest(FormInput.of(execution)), service.readDecision(FormInput.of(execution)));
    List<Recipient> recipients = new ArrayList<>();
    directory.user(REQUESTER.from(execution).getOrNull()).ifPresent(recipients::add);
    directory.membersOf(outcome.unit().id()).stream()
        .filter(r -> recipients.stream().noneMatch(x -> x.userId().equals(r.userId())))
        .forEach(recipients::add);
    notifications.deliver(service.outcomeMails(outcome, recipients));
  }
}
