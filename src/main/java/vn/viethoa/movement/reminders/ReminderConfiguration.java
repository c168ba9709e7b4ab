package vn.viethoa.movement.reminders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.WorkingCalendar;

/** The working-day calendar, the reminder schedule and the deadline rules, from configuration. */
@Configuration
public class ReminderConfiguration {

  @Bean
  WorkingCalendar workingCalendar(ReminderProperties properties) {
    return WorkingCalendar.load(properties.holidaysFile());
  }

  @Bean
  ReminderSchedule reminderSchedule(ReminderProperties properties, WorkingCalendar workingCalendar,
      MovementProperties movement) {
    return new ReminderSchedule(properties, workingCalendar, movement.zone());
  }

  @Bean
  TaskDeadlines taskDeadlines(ReminderProperties properties, WorkingCalendar workingCalendar, PlanClock clock) {
    return new TaskDeadlines(properties, workingCalendar, clock);
  }
}
