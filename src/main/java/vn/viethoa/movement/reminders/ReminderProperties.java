package vn.viethoa.movement.reminders;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Reminders and escalations under {@code movement.reminders}: when they go out relative to a task's
 * due date, at what hour, to whom after the deadline, and which tasks are never announced.
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
    Resource holidaysFile) {

  public ReminderProperties {
    beforeDueDays = beforeDueDays == null ? List.of() : List.copyOf(beforeDueDays);
    escalateTo = escalateTo == null ? List.of() : List.copyOf(escalateTo);
    silentTasks = silentTasks == null ? List.of() : List.copyOf(silentTasks);
  }
}
