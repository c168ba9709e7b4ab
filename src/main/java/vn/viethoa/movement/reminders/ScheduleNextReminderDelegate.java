package vn.viethoa.movement.reminders;

import static vn.viethoa.movement.reminders.TaskRemindersProcess.*;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets the timer to the first reminder still ahead of a new task (none for tasks without due date). */
@Component("scheduleNextReminderDelegate")
public class ScheduleNextReminderDelegate implements JavaDelegate {

  private final ReminderService reminders;

  public ScheduleNextReminderDelegate(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plan(execution, reminders.firstReminder(TASK_ID.from(execution).get()));
  }

  static void plan(DelegateExecution execution, Optional<ReminderStep> next) {
    NEXT_REMINDER_AT.on(execution).set(next.map(s -> Date.from(s.at())).orElse(null));
    NEXT_REMINDER.on(execution).set(next.map(ReminderStep::code).orElse(null));
  }
}
