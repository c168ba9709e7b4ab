package vn.viethoa.movement.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.notification.NotificationService;

/** Tells each proposing unit leadership's decision on each of its proposals the council passed (asynchronous, retried). */
@Component("notifyLeadershipDecisionDelegate")
public class NotifyLeadershipDecisionDelegate implements JavaDelegate {

  private final CommendationMails mails;
  private final NotificationService notifications;

  public NotifyLeadershipDecisionDelegate(CommendationMails mails, NotificationService notifications) {
    this.mails = mails;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.deliver(mails.leadershipDecision(CommendationRoundProcess.round(execution, execution.getProcessInstanceId())));
  }
}
