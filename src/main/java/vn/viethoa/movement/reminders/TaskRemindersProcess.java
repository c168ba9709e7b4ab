package vn.viethoa.movement.reminders;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The reminder process (bpmn/task-reminders.bpmn): one instance accompanies each user task of the
 * movement from its creation to its completion, announces it, and sends its reminders, overdue
 * notice and escalation. Cockpit shows where each stands and which reminder fired.
 */
public final class TaskRemindersProcess {

  public static final String KEY = "task-reminders";
  /** Correlated when the accompanied task is completed or deleted. */
  public static final String MESSAGE_TASK_CLOSED = "TaskClosed";

  public static final class Elements {
    public static final String START = "StartEvent_TaskCreated";
    public static final String TASK_NOTIFY_NEW = "Task_NotifyNewTask";
    public static final String TASK_SCHEDULE = "Task_ScheduleNextReminder";
    public static final String TIMER_NEXT = "Timer_NextReminderDue";
    public static final String TASK_SEND = "Task_SendReminder";
    public static final String EVENT_TASK_CLOSED = "Event_TaskClosed";
    public static final String END_CLOSED = "EndEvent_TaskClosed";
    public static final String END_NO_MORE = "EndEvent_NoMoreReminders";

    private Elements() {}
  }

  /**
   * Local variable of the accompanied task (not of this process): the id of its reminder process,
   * so that closing the task reaches it directly. Not on any form, so officials never see it.
   */
  public static final VariableFactory<String> REMINDER_PROCESS_ID = stringVariable("reminderProcessInstanceId");

  /** The accompanied task. */
  public static final VariableFactory<String> TASK_ID = stringVariable("taskId");
  public static final VariableFactory<String> TASK_NAME = stringVariable("taskName");
  public static final VariableFactory<Boolean> NEW_TASK_NOTICE = booleanVariable("newTaskNotice");
  /** When the next reminder goes out, and which; null when none is left. */
  public static final VariableFactory<Date> NEXT_REMINDER_AT = dateVariable("nextReminderAt");
  public static final VariableFactory<String> NEXT_REMINDER = stringVariable("nextReminder");
  /** The last reminder sent (code), for Cockpit. */
  public static final VariableFactory<String> LAST_REMINDER = stringVariable("lastReminder");
  /** Steps planned up to this instant have been dealt with (sent, or replaced by a later one). */
  public static final VariableFactory<Date> REMINDED_UNTIL = dateVariable("remindedUntil");

  /**
   * Variables of the process that owns a task which name its period in mail subjects: the year of
   * the annual reporting cycle and of the commendation rounds ({@code year}), the period of a
   * periodic duty ({@code periodLabel}, local to its occurrence). Read by name because those
   * packages sit above this one.
   */
  public static final String OWNER_YEAR = "year";
  public static final String OWNER_PERIOD_LABEL = "periodLabel";

  private TaskRemindersProcess() {}
}
