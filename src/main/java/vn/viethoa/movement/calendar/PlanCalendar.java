package vn.viethoa.movement.calendar;

import java.time.LocalTime;
import org.springframework.stereotype.Component;

/** Turns the configured plan calendar into concrete instants for a given year. */
@Component
public class PlanCalendar {

  private final PlanCalendarProperties properties;
  private final PlanClock clock;

  public PlanCalendar(PlanCalendarProperties properties, PlanClock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public int firstYear() {
    return properties.firstYear();
  }

  public int lastYear() {
    return properties.lastYear();
  }

  public boolean isPlanYear(int year) {
    return year >= properties.firstYear() && year <= properties.lastYear();
  }

  /** Dates of the reporting year; deadlines fall at the configured time, the window opens at 00:00. */
  public AnnualReportDates annualReport(int year) {
    var annual = properties.annualReport();
    return new AnnualReportDates(year,
        annual.windowOpens().atYear(year).atTime(LocalTime.MIDNIGHT).atZone(clock.zone()),
        clock.deadlineOn(annual.residentialDue().atYear(year)),
        clock.deadlineOn(annual.unitDue().atYear(year)),
        clock.deadlineOn(annual.cityDue().atYear(year)));
  }
}
