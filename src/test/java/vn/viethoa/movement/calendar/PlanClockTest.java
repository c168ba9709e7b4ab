package vn.viethoa.movement.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plan dates are Vietnam dates, whatever zone the server runs in. */
class PlanClockTest {

  final PlanClock clock = new PlanClock(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0));

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theReportDeadlineOf30NovemberFallsDueAt17hVietnamTime() {
    assertThat(clock.deadlineOn(LocalDate.of(2026, 11, 30)).toInstant()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
    // 30/11/2030 is a Saturday: the deadline stays what the plan says
    assertThat(clock.deadlineOn(LocalDate.of(2030, 11, 30)).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
  }

  /** The ward's working days: the configured holidays file, as the application loads it. */
  final PlanClock workingDaysClock = new PlanClock(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0),
      WorkingCalendar.load(new org.springframework.core.io.ClassPathResource("holidays-vn.yaml")));

  @Test
  void aDeadlineOnADayOffMovesToTheNextWorkingDay() {
    // 30/11/2030 is a Saturday, 15/12/2030 a Sunday, 20/11/2027 a Saturday
    assertThat(workingDaysClock.deadlineOn(LocalDate.of(2030, 11, 30))).hasToString("2030-12-02T17:00+07:00[Asia/Ho_Chi_Minh]");
    assertThat(workingDaysClock.deadlineOn(LocalDate.of(2030, 12, 15)).toLocalDate()).isEqualTo(LocalDate.of(2030, 12, 16));
    assertThat(workingDaysClock.deadlineOn(LocalDate.of(2027, 11, 20)).toLocalDate()).isEqualTo(LocalDate.of(2027, 11, 22));
    // a public holiday too: 1/1/2027 is a Friday
    assertThat(workingDaysClock.deadlineOn(LocalDate.of(2027, 1, 1)).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 4));
    // a working day stays
    assertThat(workingDaysClock.deadlineOn(LocalDate.of(2026, 11, 30)).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void aWindowInWorkingDaysDoesNotEndInsideTet() {
    // a round opened on Monday 1/2/2027: 14 calendar days would end on 15/2; Tết 5/2-11/2 does not count
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T02:00:00Z")));
    assertThat(workingDaysClock.deadlineInWorkingDays(14).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 26));
    assertThat(workingDaysClock.deadlineInWorkingDays(3).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 4));
    assertThat(workingDaysClock.deadlineInWorkingDays(4).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 12));
  }

  @Test
  void todayIsTheVietnameseDayEvenWhenTheHostZoneSaysOtherwise() {
    TimeZone original = TimeZone.getDefault();
    try {
      for (String hostZone : new String[] {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"}) {
        TimeZone.setDefault(TimeZone.getTimeZone(hostZone));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T18:30:00Z"))); // 01:30 on 30/11 in Hà Nội
        assertThat(clock.today()).as(hostZone).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(clock.deadlineInDays(0).toInstant()).as(hostZone).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
      }
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void officialsReadDatesAsDayMonthYear() {
    Date due = Date.from(Instant.parse("2026-11-30T10:00:00Z"));
    assertThat(VietnameseDates.date(due, clock.zone())).isEqualTo("30/11/2026");
    assertThat(VietnameseDates.dateTime(due, clock.zone())).isEqualTo("17:00 ngày 30/11/2026");
  }

  @Test
  void aDeadlineReadsTheSameEverywhereWithTheYearWhereTheTextNeedsIt() {
    Date due = Date.from(Instant.parse("2026-11-30T10:00:00Z"));
    assertThat(VietnameseDates.deadline(due, clock.zone())).isEqualTo("17:00 ngày 30/11/2026");
    var inZone = due.toInstant().atZone(clock.zone());
    assertThat("hạn báo cáo: " + VietnameseDates.deadline(inZone, 2026)).as("a text about 2026").isEqualTo("hạn báo cáo: 17:00 ngày 30/11");
    assertThat(VietnameseDates.deadline(clock.deadlineOn(LocalDate.of(2027, 1, 4)), 2026))
        .as("a 2026 round whose proposals are due in January").isEqualTo("17:00 ngày 04/01/2027");
    assertThat(VietnameseDates.deadline(workingDaysClock.deadlineOn(LocalDate.of(2030, 11, 30)), 2030))
        .as("Saturday 30/11/2030 moves to Monday").isEqualTo("17:00 ngày 02/12");
  }
}
