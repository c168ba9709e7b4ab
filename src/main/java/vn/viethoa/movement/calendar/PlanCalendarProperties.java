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
    /** A deadline on a day off moves to the next working day (null: on). */
    Boolean deadlinesOnWorkingDays,
    int firstYear,
    int lastYear,
    AnnualReport annualReport,
    Milestones milestones,
    Periodic periodic) {

  /**
   * Section IV: launch before Q2/2026, phase 1 up to its last year with the interim review at its
   * end, the final review in the last year. Each review opens on its own date (in parallel with the
   * year's reports and round), whatever step of the year is still under way.
   */
  public record Milestones(java.time.LocalDate launchDue, int phaseOneLastYear, java.time.LocalDate interimReviewOpens,
      java.time.LocalDate interimReviewDue, java.time.LocalDate finalReviewOpens, java.time.LocalDate finalReviewDue) {}

  /**
   * Periodic duties of section V ("định kỳ", period not given: configuration): residential groups'
   * reports to the office, the service centre's satisfaction surveys, the Front's supervision reports.
   */
  public record Periodic(java.time.Period residentialReports, java.time.Period satisfactionSurveys,
      java.time.Period supervisionReports, int daysToComplete) {}

  /**
   * Yearly reporting: when the window opens, when residential groups report to the office (so it
   * can fold their figures into its own report), the plan's deadline for units (before 30/11), and
   * the date the ward's report is due at the city (the plan gives none: an assumption).
   */
  public record AnnualReport(MonthDay windowOpens, MonthDay residentialDue, MonthDay unitDue, MonthDay cityDue) {}
}
