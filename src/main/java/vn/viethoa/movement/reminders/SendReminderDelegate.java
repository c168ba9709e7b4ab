package vn.viethoa.movement.reminders;

import static vn.viethoa.movement.reminders.TaskRemindersProcess.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends what is due and sets the timer to the next step. */
@Component("sendReminderDelegate")
public class SendReminderDelegate implements JavaDelegate {

  private final ReminderService reminders;

  public SendReminderDelegate(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date handled = REMINDED_UNTIL.from(execution).getOrNull();
    if (handled == null) {
      // instances planned before "remindedUntil" existed: everything before the step that fired was dealt with
      Date fired = NEXT_REMINDER_AT.from(execution).getOrNull();
      handled = fired == null ? null : Date.from(fired.toInstant().minusMillis(1));
    }
    LAST_REMINDER.on(execution).set(NEXT_REMINDER.from(execution).getOrNull());
    Instant since = handled == null ? null : handled.toInstant();
    ScheduleNextReminderDelegate.plan(execution, reminders.sendDueReminder(TASK_ID.from(execution).get(), since));
  }
}
