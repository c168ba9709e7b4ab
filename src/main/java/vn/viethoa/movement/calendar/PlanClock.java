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

  @Autowired
  public PlanClock(MovementProperties properties, PlanCalendarProperties calendar) {
    this.zone = properties.zone();
    this.deadlineTime = calendar.deadlineTime();
  }

  public PlanClock(ZoneId zone, LocalTime deadlineTime) {
    this.zone = zone;
    this.deadlineTime = deadlineTime;
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

  /** The instant a deadline on the given plan date falls due (configured time of day, ward zone). */
  public ZonedDateTime deadlineOn(LocalDate date) {
    return date.atTime(deadlineTime).atZone(zone);
  }

  /** A deadline a number of calendar days after today, for steps the plan gives no date. */
  public ZonedDateTime deadlineInDays(int days) {
    return deadlineOn(today().plusDays(days));
  }

  public static Date toDate(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }
}
