package vn.viethoa.movement.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.notification.NotificationService;

/** Tells each proposing unit the council's outcome of each of its proposals (asynchronous, retried). */
@Component("notifyCouncilOutcomeDelegate")
public class NotifyCouncilOutcomeDelegate implements JavaDelegate {

  private final CommendationMails mails;
  private final NotificationService notifications;

  public NotifyCouncilOutcomeDelegate(CommendationMails mails, NotificationService notifications) {
    this.mails = mails;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.deliver(mails.councilOutcome(CommendationRoundProcess.round(execution, execution.getProcessInstanceId())));
  }
}
