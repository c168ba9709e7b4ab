package vn.viethoa.movement.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Announces the accompanied task to its unit (asynchronous, retried, an incident if SMTP keeps failing). */
@Component("notifyNewTaskDelegate")
public class NotifyNewTaskDelegate implements JavaDelegate {

  private final ReminderService reminders;

  public NotifyNewTaskDelegate(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminders.notifyNewTask(TaskRemindersProcess.TASK_ID.from(execution).get());
  }
}
