package vn.viethoa.movement.calendar;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/** Dates as officials read them: dd/MM/yyyy in the ward's zone. */
public final class VietnameseDates {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final DateTimeFormatter DEADLINE_IN_YEAR = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM");

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

  /**
   * The one wording of a deadline wherever code writes one (forms, mails, dashboard, documents):
   * "17:00 ngày 30/11/2026", read after "hạn báo cáo: ", "hạn xử lý: " (ADR 0011).
   */
  public static String deadline(ZonedDateTime due) {
    return due == null ? "" : DATE_TIME.format(due);
  }

  /** A deadline in the ward's zone: "17:00 ngày 30/11/2026". */
  public static String deadline(Date due, ZoneId zone) {
    return due == null ? "" : deadline(due.toInstant().atZone(zone));
  }

  /**
   * A deadline in a text that already names its year ("Báo cáo … năm 2026 — hạn báo cáo: 17:00 ngày
   * 30/11"): the year is written only when the deadline falls in another year.
   */
  public static String deadline(ZonedDateTime due, int yearOfText) {
    if (due == null) {
      return "";
    }
    return due.getYear() == yearOfText ? DEADLINE_IN_YEAR.format(due) : DATE_TIME.format(due);
  }
}
