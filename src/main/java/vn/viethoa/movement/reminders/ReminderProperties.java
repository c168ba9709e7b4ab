package vn.viethoa.movement.reminders;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Reminders and escalations under {@code movement.reminders}: when they go out relative to a task's
 * due date, at what hour, to whom after the deadline, and which tasks are never announced; the
 * deadlines of steps the models give none, the shortest deadline a task may get, the periodic
 * duties whose new period replaces the previous one's open tasks, and the daily overdue digest.
 */
@ConfigurationProperties("movement.reminders")
public record ReminderProperties(
    boolean enabled,
    LocalTime hour,
    List<Integer> beforeDueDays,
    int overdueNoticeDays,
    int escalationDays,
    List<String> escalateTo,
    boolean newTaskNotice,
    List<String> silentTasks,
    Resource holidaysFile,
    int minimumWorkingDays,
    List<StepDeadline> stepDeadlines,
    List<String> supersedeEarlierPeriod,
    Duration catchUpDelay,
    LocalTime digestHour) {

  public ReminderProperties {
    beforeDueDays = beforeDueDays == null ? List.of() : List.copyOf(beforeDueDays);
    escalateTo = escalateTo == null ? List.of() : List.copyOf(escalateTo);
    silentTasks = silentTasks == null ? List.of() : List.copyOf(silentTasks);
    stepDeadlines = stepDeadlines == null ? List.of() : List.copyOf(stepDeadlines);
    supersedeEarlierPeriod = supersedeEarlierPeriod == null ? List.of() : List.copyOf(supersedeEarlierPeriod);
    catchUpDelay = catchUpDelay == null ? Duration.ofMinutes(2) : catchUpDelay;
    digestHour = digestHour == null ? LocalTime.of(8, 30) : digestHour;
  }

  /** A step without a due date in its model gets one this many working days after it is created. */
  public record StepDeadline(String task, int workingDays) {}

  public Optional<StepDeadline> stepDeadline(String taskDefinitionKey) {
    return stepDeadlines.stream().filter(d -> d.task().equals(taskDefinitionKey)).findFirst();
  }
}
