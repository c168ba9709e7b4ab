package vn.viethoa.movement.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/** Dates as officials read them: dd/MM/yyyy in the ward's zone. */
public final class VietnameseDates {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private VietnameseDates() {}

  public static String date(Date date, ZoneId zone) {
    return date == null ? "" : DATE.format(date.toInstant().atZone(zone));
  }

  public static String dateTime(Date date, ZoneId zone) {
    return date == null ? "" : DATE_TIME.format(date.toInstant().atZone(zone));
  }

  public static String date(TemporalAccessor value) {
    return value == null ? "" : DATE.format(value);
  }
}
