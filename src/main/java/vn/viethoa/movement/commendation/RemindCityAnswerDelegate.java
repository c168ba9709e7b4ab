package vn.viethoa.movement.commendation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.notification.NotificationService;

/** No answer from the city by the configured time: reminds the lead unit (asynchronous, retried). */
@Component("remindCityAnswerDelegate")
public class RemindCityAnswerDelegate implements JavaDelegate {

  private final CommendationMails mails;
  private final NotificationService notifications;

  public RemindCityAnswerDelegate(CommendationMails mails, NotificationService notifications) {
    this.mails = mails;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.deliver(mails.cityAnswerReminder(CommendationRoundProcess.round(execution, execution.getProcessInstanceId())));
  }
}
