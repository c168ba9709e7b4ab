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
}
