package vn.viethoa.movement.reminders;

import static vn.viethoa.movement.reminders.TaskRemindersProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the reminder that is due and sets the timer to the next one. */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

  private final ReminderService reminders;

  public SendReminderDelegate(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LAST_REMINDER.on(execution).set(NEXT_REMINDER.from(execution).getOrNull());
    ScheduleNextReminderDelegate.plan(execution, reminders.sendDueReminder(TASK_ID.from(execution).get()));
  }
}
