package vn.viethoa.movement.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.WorkingCalendar;

/**
 * The deadline a new task gets: its model's, or for a step the model gives none (the steps that
 * close a year) the configured number of working days; and never less than the configured minimum
 * of working days after the task is created, so that a movement started late does not give a unit
 * a deadline at 17:00 the same day. Plain Java.
 */
public class TaskDeadlines {

  private final ReminderProperties properties;
  private final WorkingCalendar calendar;
  private final PlanClock clock;

  public TaskDeadlines(ReminderProperties properties, WorkingCalendar calendar, PlanClock clock) {
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The deadline time of the n-th working day after the day of {@code from} (the day itself for 0). */
  public Instant afterWorkingDays(Instant from, int workingDays) {
    LocalDate day = from.atZone(clock.zone()).toLocalDate();
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return clock.deadlineOn(day).toInstant();
  }

  /** The due date a task created at {@code created} should have instead of {@code due}; empty when {@code due} stands. */
  public Optional<Instant> adjusted(String taskDefinitionKey, Instant due, Instant created) {
    Instant result = due;
    if (result == null) {
      result = properties.stepDeadline(taskDefinitionKey)
          .map(d -> afterWorkingDays(created, d.workingDays())).orElse(null);
    }
    if (result != null && properties.minimumWorkingDays() > 0) {
      Instant minimum = afterWorkingDays(created, properties.minimumWorkingDays());
      if (result.isBefore(minimum)) {
        result = minimum;
      }
    }
    return Objects.equals(result, due) ? Optional.empty() : Optional.ofNullable(result);
  }
}
