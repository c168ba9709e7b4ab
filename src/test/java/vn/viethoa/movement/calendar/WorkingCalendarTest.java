package vn.viethoa.movement.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The ward's holiday calendar as the plan's years need it: 2026 to 2031, with the law of 2026. */
class WorkingCalendarTest {

  static final WorkingCalendar CALENDAR = WorkingCalendar.load(new ClassPathResource("holidays-vn.yaml"));

  @Test
  void ngayVanHoaVietNamIsADayOffFrom2026AndIsCompensatedWhenItFallsOnAWeekend() {
    for (int year = 2026; year <= 2031; year++) {
      assertThat(CALENDAR.holiday(LocalDate.of(year, 11, 24))).as("24/11/" + year).contains("Ngày Văn hoá Việt Nam");
    }
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
    // 24/11/2029 is a Saturday, 24/11/2030 a Sunday: the next Monday is off
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2029, 11, 26))).isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2030, 11, 25))).isFalse();
    // a reminder due on 24/11/2026 goes out the Monday before
    assertThat(CALENDAR.onOrBefore(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void theLastDayOfEachLunarYearIs29ThangChapNot30Tet() {
    // Tết (mùng 1) of each year and the eve before it, computed for UTC+7 (holidays-vn.yaml header)
    Map<LocalDate, LocalDate> tetAndEve = Map.of(
        LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 16),
        LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 5),
        LocalDate.of(2028, 1, 26), LocalDate.of(2028, 1, 25),
        LocalDate.of(2029, 2, 13), LocalDate.of(2029, 2, 12),
        LocalDate.of(2030, 2, 2), LocalDate.of(2030, 2, 1),
        LocalDate.of(2031, 1, 23), LocalDate.of(2031, 1, 22));
    tetAndEve.forEach((tet, eve) -> {
      assertThat(CALENDAR.holiday(tet)).as("Tết " + tet.getYear()).contains("Tết Âm lịch (mùng 1)");
      assertThat(CALENDAR.holiday(eve)).as("eve " + eve).hasValueSatisfying(name -> assertThat(name).contains("29 tháng Chạp"));
    });
    for (int year = 2026; year <= 2031; year++) {
      for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
        assertThat(CALENDAR.holiday(d).orElse("")).as(d.toString()).doesNotContain("30 Tết");
      }
    }
  }

  @Test
  void theCalendarCoversThe2030RoundsAndTheCitysAnswersIn2031() {
    assertThat(CALENDAR.coversUntil()).contains(LocalDate.of(2031, 12, 31));
    assertThat(CALENDAR.holiday(LocalDate.of(2031, 1, 1))).contains("Tết Dương lịch");
    assertThat(CALENDAR.holiday(LocalDate.of(2031, 4, 1))).contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    assertThat(CALENDAR.holiday(LocalDate.of(2031, 9, 2))).contains("Quốc khánh");
    // mùng 3 and 4 of 2031 fall on the weekend: Monday and Tuesday after are off
    assertThat(CALENDAR.onOrAfter(LocalDate.of(2031, 1, 22))).isEqualTo(LocalDate.of(2031, 1, 29));
  }

  @Test
  void aWorkingSaturdayOfTheYearlyNoticeIsAWorkingDay() {
    WorkingCalendar calendar = WorkingCalendar.load(new ByteArrayResource("""
        covers-until: 2027-12-31
        holidays:
          - { date: 2027-01-01, name: "Tết Dương lịch" }
          - { date: 2027-01-04, name: "Nghỉ bù cho ngày làm bù 09/01/2027" }
        working-days:
          - { date: 2027-01-09, name: "Làm bù cho ngày nghỉ 04/01/2027" }
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    LocalDate saturday = LocalDate.of(2027, 1, 9);
    assertThat(saturday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
    assertThat(calendar.isWorkingDay(saturday)).isTrue();
    assertThat(calendar.workingWeekendDay(saturday)).contains("Làm bù cho ngày nghỉ 04/01/2027");
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 10))).isFalse();
    // a reminder due on the Sunday after goes out on the working Saturday, not on Friday
    assertThat(calendar.onOrBefore(LocalDate.of(2027, 1, 10))).isEqualTo(saturday);
    assertThat(calendar.onOrAfter(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThatThrownBy(() -> new WorkingCalendar(Map.of(saturday, "x"), Map.of(saturday, "y"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCalendarThatDoesNotReachTwelveMonthsAheadIsReported() {
    CalendarCoverageCheck check = new CalendarCoverageCheck(CALENDAR,
        new PlanClock(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0)));
    assertThat(check.notice(LocalDate.of(2026, 12, 3))).isEmpty();
    assertThat(check.notice(LocalDate.of(2030, 12, 31))).isEmpty();
    assertThat(check.notice(LocalDate.of(2031, 1, 2))).hasValueSatisfying(text -> assertThat(text)
        .contains("chỉ có đến 31/12/2031", "chưa đủ 12 tháng tới (đến 02/01/2032)"));
    CalendarCoverageCheck empty = new CalendarCoverageCheck(new WorkingCalendar(Map.of()),
        new PlanClock(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(17, 0)));
    assertThat(empty.notice(LocalDate.of(2026, 12, 3))).hasValueSatisfying(text -> assertThat(text).contains("không có ngày nào"));
  }
}
