package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.viethoa.movement.calendar.WorkingCalendar;

/** When reminders go out: working days only, in Vietnam time, whatever the host's zone. */
class ReminderScheduleTest {

  static final ReminderProperties PROPERTIES = new ReminderProperties(true, java.time.LocalTime.of(8, 0), List.of(7, 1), 1, 3,
      List.of("vhxh", "lanhdao"), true, List.of(), new ClassPathResource("holidays-vn.yaml"), 2, null, null, null, null);
  static final WorkingCalendar CALENDAR = WorkingCalendar.load(PROPERTIES.holidaysFile());
  final ReminderSchedule schedule = new ReminderSchedule(PROPERTIES, CALENDAR, ZoneId.of("Asia/Ho_Chi_Minh"));

  static Instant at(String iso) {
    return OffsetDateTime.parse(iso).toInstant();
  }

  static List<String> describe(List<ReminderStep> steps) {
    return steps.stream().map(s -> s.code() + "@" + s.at().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime()).toList();
  }

  @Test
  void the2026DeadlineOnMondayGivesAReminderTheFridayBeforeBecause29NovemberIsASunday() {
    assertThat(describe(schedule.plan(at("2026-11-30T17:00:00+07:00")))).containsExactly(
        "before-7d@2026-11-23T08:00+07:00",
        "before-1d@2026-11-27T08:00+07:00",
        "overdue@2026-12-01T08:00+07:00",
        "escalation@2026-12-03T08:00+07:00");
  }

  @Test
  void the2030DeadlineOnSaturdayStaysButItsRemindersFallOnWorkingDays() {
    assertThat(describe(schedule.plan(at("2030-11-30T17:00:00+07:00")))).containsExactly(
        "before-7d@2030-11-22T08:00+07:00",
        "before-1d@2030-11-29T08:00+07:00",
        "overdue@2030-12-02T08:00+07:00",
        "escalation@2030-12-03T08:00+07:00");
  }

  @Test
  void aReminderDueOnNationalDayMovesBeforeTheHoliday() {
    // 02/9/2026 and the adjoining 01/9 are holidays: the 1-day reminder of a 03/9 deadline goes out on Monday 31/8
    assertThat(describe(schedule.plan(at("2026-09-03T17:00:00+07:00")))).contains("before-1d@2026-08-31T08:00+07:00");
  }

  @Test
  void overTetBothRemindersWouldLandOnTheSameDayAndOnlyTheCloserOneIsKept() {
    // 7 days before 23/02/2026 is 30 Tết, 1 day before is a Sunday after Tết: both move to Friday 13/02
    assertThat(describe(schedule.plan(at("2026-02-23T17:00:00+07:00")))).containsExactly(
        "before-1d@2026-02-13T08:00+07:00",
        "overdue@2026-02-24T08:00+07:00",
        "escalation@2026-02-26T08:00+07:00");
  }

  @Test
  void afterDowntimeOnlyTheLatestDueStepIsRelevant() {
    var steps = schedule.plan(at("2026-11-30T17:00:00+07:00"));
    assertThat(schedule.mostRelevant(steps, at("2026-12-02T10:00:00+07:00"))).get()
        .satisfies(s -> assertThat(s.code()).isEqualTo("overdue"));
    assertThat(schedule.next(steps, at("2026-12-02T10:00:00+07:00"))).get()
        .satisfies(s -> assertThat(s.code()).isEqualTo("escalation"));
    assertThat(schedule.next(steps, at("2026-11-26T09:00:00+07:00"))).get()
        .satisfies(s -> assertThat(s.code()).isEqualTo("before-1d"));
    assertThat(schedule.mostRelevant(steps, at("2026-11-20T09:00:00+07:00"))).isEmpty();
  }

  @Test
  void theShippedHolidaysCoverTetOfEveryYearOfThePlan() {
    for (String tet : List.of("2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02")) {
      assertThat(CALENDAR.holiday(java.time.LocalDate.parse(tet))).as(tet).get().asString().contains("Tết Âm lịch");
    }
    assertThat(CALENDAR.isWorkingDay(java.time.LocalDate.parse("2026-11-27"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(java.time.LocalDate.parse("2026-11-28"))).isFalse();
  }
}
