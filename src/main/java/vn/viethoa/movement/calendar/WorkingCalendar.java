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
 * configured file (holidays-vn.yaml, with its sources). Used to keep reminders off days off.
 */
public class WorkingCalendar {

  private final Map<LocalDate, String> holidays;

  public WorkingCalendar(Map<LocalDate, String> holidays) {
    this.holidays = new TreeMap<>(holidays);
  }

  /** Reads a file of the form {@code holidays: [{date: 2026-01-01, name: "Tết Dương lịch"}, …]}. */
  @SuppressWarnings("unchecked")
  public static WorkingCalendar load(Resource file) {
    try (InputStream in = file.getInputStream()) {
      Map<String, Object> root = new Yaml().load(in);
      Map<LocalDate, String> holidays = new TreeMap<>();
      for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("holidays")) {
        Object date = entry.get("date");
        LocalDate day = date instanceof java.util.Date d
            ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(date.toString());
        holidays.put(day, (String) entry.get("name"));
      }
      return new WorkingCalendar(holidays);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read holidays from " + file, e);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.containsKey(day);
  }

  public Optional<String> holiday(LocalDate day) {
    return Optional.ofNullable(holidays.get(day));
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
}
