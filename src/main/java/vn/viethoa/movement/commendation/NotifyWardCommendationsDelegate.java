package vn.viethoa.movement.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.notification.NotificationService;

/** Tells the units of the candidates commended with a Giấy khen (asynchronous, retried). */
@Component("notifyWardCommendationsDelegate")
public class NotifyWardCommendationsDelegate implements JavaDelegate {

  private final CommendationMails mails;
  private final NotificationService notifications;

  public NotifyWardCommendationsDelegate(CommendationMails mails, NotificationService notifications) {
    this.mails = mails;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.deliver(mails.wardDecision(CommendationRoundProcess.round(execution, execution.getProcessInstanceId())));
  }
}
