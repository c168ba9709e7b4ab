package vn.viethoa.movement.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.MovementProperties;

/**
 * "Now" and plan dates in the ward's zone. Reads the engine clock, so scenario tests that move the
 * engine clock move the application with it; never reads the host's default zone.
 */
@Component
public class PlanClock {

  private final ZoneId zone;
  private final LocalTime deadlineTime;
  /** Null: every day counts (no calendar, or moving deadlines switched off). */
  private final WorkingCalendar workingDays;

  @Autowired
  public PlanClock(MovementProperties properties, PlanCalendarProperties calendar, WorkingCalendar workingCalendar) {
    this(properties.zone(), calendar.deadlineTime(),
        calendar.deadlinesOnWorkingDays() == null || calendar.deadlinesOnWorkingDays() ? workingCalendar : null);
  }

  public PlanClock(ZoneId zone, LocalTime deadlineTime) {
    this(zone, deadlineTime, null);
  }

  public PlanClock(ZoneId zone, LocalTime deadlineTime, WorkingCalendar workingDays) {
    this.zone = zone;
    this.deadlineTime = deadlineTime;
    this.workingDays = workingDays;
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public ZonedDateTime nowInZone() {
    return now().atZone(zone);
  }

  public LocalDate today() {
    return nowInZone().toLocalDate();
  }

  public OffsetDateTime nowOffset() {
    return nowInZone().toOffsetDateTime();
  }

  /**
   * The instant a deadline on the given plan date falls due (configured time of day, ward zone). A
   * date that is a day off (weekend, public holiday) moves to the next working day: 30/11/2030 is a
   * Saturday, and a unit reporting on Monday 02/12 is on time
   * ({@code movement.calendar.deadlines-on-working-days}, default on).
   */
  public ZonedDateTime deadlineOn(LocalDate date) {
    LocalDate day = workingDays == null ? date : workingDays.onOrAfter(date);
    return day.atTime(deadlineTime).atZone(zone);
  }

  /** A deadline a number of calendar days after today, for steps the plan gives no date. */
  public ZonedDateTime deadlineInDays(int days) {
    return deadlineOn(today().plusDays(days));
  }

  /**
   * A deadline a number of working days after today (weekends and public holidays, Tết included, do
   * not count); every day counts when deadlines are not kept to working days.
   */
  public ZonedDateTime deadlineInWorkingDays(int days) {
    if (workingDays == null) {
      return deadlineInDays(days);
    }
    LocalDate d = today();
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (workingDays.isWorkingDay(d)) {
        left--;
      }
    }
    return deadlineOn(d);
  }

  public static Date toDate(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }
}
