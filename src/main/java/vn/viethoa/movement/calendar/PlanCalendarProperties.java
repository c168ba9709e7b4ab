package vn.viethoa.movement.calendar;

import java.time.LocalTime;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The plan's calendar under {@code movement.calendar}: the period, the yearly reporting dates and
 * the time of day a deadline falls due. All in {@code movement.zone}.
 */
@ConfigurationProperties("movement.calendar")
public record PlanCalendarProperties(
    LocalTime deadlineTime,
    int firstYear,
    int lastYear,
    AnnualReport annualReport) {

  /**
   * Yearly reporting: when the window opens, when residential groups report to the office (so it
   * can fold their figures into its own report), the plan's deadline for units (before 30/11), and
   * the date the ward's report is due at the city (the plan gives none: an assumption).
   */
  public record AnnualReport(MonthDay windowOpens, MonthDay residentialDue, MonthDay unitDue, MonthDay cityDue) {}
}
