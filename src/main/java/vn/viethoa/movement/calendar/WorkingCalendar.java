package vn.viethoa.movement.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.Yaml;

/**
 * Working days of the ward's offices: Monday to Friday, except the public holidays of the
 * configured file (holidays-vn.yaml, with its sources), plus the weekend days worked in exchange
 * for a bridge day off (ngày làm bù). Used to keep reminders off days off. The file says up to
 * which day it is known to be right ({@code covers-until}); past it only weekends are known.
 */
public class WorkingCalendar {

  private final Map<LocalDate, String> holidays;
  private final Map<LocalDate, String> workingWeekendDays;
  private final LocalDate coversUntil;

  public WorkingCalendar(Map<LocalDate, String> holidays) {
    this(holidays, Map.of(), null);
  }

  /** {@code coversUntil} null: the last day of the year of the last holiday. */
  public WorkingCalendar(Map<LocalDate, String> holidays, Map<LocalDate, String> workingWeekendDays, LocalDate coversUntil) {
    this.holidays = new TreeMap<>(holidays);
    this.workingWeekendDays = new TreeMap<>(workingWeekendDays);
    this.workingWeekendDays.keySet().stream().filter(this.holidays::containsKey).findFirst().ifPresent(d -> {
      throw new IllegalArgumentException(d + " is both a holiday and a working day in the holiday calendar");
    });
    this.coversUntil = coversUntil != null ? coversUntil
        : this.holidays.isEmpty() ? null : LocalDate.of(((TreeMap<LocalDate, String>) this.holidays).lastKey().getYear(), 12, 31);
  }

  /**
   * Reads a file of the form {@code holidays: [{date: 2026-01-01, name: "Tết Dương lịch"}, …]}, with
   * optional {@code working-days: [{date: …, name: "Làm bù cho ngày …"}]} and {@code covers-until}.
   */
  @SuppressWarnings("unchecked")
  public static WorkingCalendar load(Resource file) {
    try (InputStream in = file.getInputStream()) {
      Map<String, Object> root = new Yaml().load(in);
      Map<LocalDate, String> holidays = days((List<Map<String, Object>>) root.get("holidays"));
      Map<LocalDate, String> working = days((List<Map<String, Object>>) root.get("working-days"));
      Object until = root.get("covers-until");
      return new WorkingCalendar(holidays, working, until == null ? null : date(until));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holidays from " + file, e);
    }
  }

  private static Map<LocalDate, String> days(List<Map<String, Object>> entries) {
    Map<LocalDate, String> days = new TreeMap<>();
    if (entries != null) {
      for (Map<String, Object> entry : entries) {
        days.put(date(entry.get("date")), (String) entry.get("name"));
      }
    }
    return days;
  }

  private static LocalDate date(Object value) {
    return value instanceof java.util.Date d
        ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(value.toString());
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekendDays.containsKey(day)) {
      return true;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.containsKey(day);
  }

  public Optional<String> holiday(LocalDate day) {
    return Optional.ofNullable(holidays.get(day));
  }

  /** Why a weekend day is worked (ngày làm bù), if it is. */
  public Optional<String> workingWeekendDay(LocalDate day) {
    return Optional.ofNullable(workingWeekendDays.get(day));
  }

  /** The day itself when it is a working day, otherwise the closest working day before it. */
  public LocalDate onOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The day itself when it is a working day, otherwise the closest working day after it. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  public int holidayCount() {
    return holidays.size();
  }

  /** The last day the file is known to be right for; empty for a calendar without holidays. */
  public Optional<LocalDate> coversUntil() {
    return Optional.ofNullable(coversUntil);
  }

  /** Whether every day from {@code today} to {@code until} is covered by the file. */
  public boolean covers(LocalDate until) {
    return coversUntil != null && !coversUntil.isBefore(until);
  }
}
