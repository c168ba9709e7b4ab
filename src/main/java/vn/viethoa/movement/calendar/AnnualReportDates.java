package vn.viethoa.movement.calendar;

import java.time.ZonedDateTime;

/** The dates of one reporting year, in the ward's zone. */
public record AnnualReportDates(
    int year, ZonedDateTime windowOpens, ZonedDateTime residentialDue, ZonedDateTime unitDue, ZonedDateTime cityDue) {}
