package vn.viethoa.movement.reminders;

import static vn.viethoa.movement.reminders.TaskRemindersProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * First job after a task was created: closes the same duty's tasks of earlier periods, then sets
 * the timer to the first reminder of the new task (none for tasks without due date).
 */
@Component("scheduleNextReminderDelegate")
public class ScheduleNextReminderDelegate implements JavaDelegate {

  private final ReminderService reminders;

  public ScheduleNextReminderDelegate(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskId = TASK_ID.from(execution).get();
    reminders.supersedeEarlierPeriods(taskId);
    plan(execution, reminders.firstReminder(taskId));
  }

  static void plan(DelegateExecution execution, ReminderService.Progress progress) {
    REMINDED_UNTIL.on(execution).set(progress.handledUntil() == null ? null : Date.from(progress.handledUntil()));
    NEXT_REMINDER_AT.on(execution).set(progress.next().map(s -> Date.from(s.at())).orElse(null));
    NEXT_REMINDER.on(execution).set(progress.next().map(ReminderStep::code).orElse(null));
  }
}
