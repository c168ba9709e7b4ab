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

  @Test
  void aFridayDeadlinePutsTheOverdueNoticeAndTheEscalationOnTheSameMondayAndBothAreDue() {
    var steps = schedule.plan(at("2026-11-20T17:00:00+07:00"), at("2026-11-09T09:00:00+07:00"));
    assertThat(describe(steps)).containsExactly(
        "before-7d@2026-11-13T08:00+07:00",
        "before-1d@2026-11-19T08:00+07:00",
        "escalation@2026-11-23T08:00+07:00",
        "overdue@2026-11-23T08:00+07:00");
    assertThat(schedule.due(steps, at("2026-11-19T08:00:00+07:00"), at("2026-11-23T08:00:05+07:00")))
        .extracting(ReminderStep::code).containsExactlyInAnyOrder("overdue", "escalation");
  }

  @Test
  void theEveOfTetPutsBothAfterTheHoliday() {
    assertThat(describe(schedule.plan(at("2027-02-04T17:00:00+07:00")))).containsExactly(
        "before-7d@2027-01-28T08:00+07:00",
        "before-1d@2027-02-03T08:00+07:00",
        "escalation@2027-02-12T08:00+07:00",
        "overdue@2027-02-12T08:00+07:00");
  }

  @Test
  void aTaskBornOverdueGetsItsOverdueNoticeAtItsCreationAndNoReminder() {
    assertThat(describe(schedule.plan(at("2026-11-20T17:00:00+07:00"), at("2026-12-14T09:00:00+07:00")))).containsExactly(
        "escalation@2026-12-14T09:00+07:00",
        "overdue@2026-12-14T09:00+07:00");
    // born an hour late: the notice at once, the escalation on its own day
    assertThat(describe(schedule.plan(at("2026-11-20T17:00:00+07:00"), at("2026-11-20T18:00:00+07:00")))).containsExactly(
        "overdue@2026-11-20T18:00+07:00",
        "escalation@2026-11-23T08:00+07:00");
  }

  @Test
  void afterDowntimeEachAudienceGetsOnlyItsLatestStepAndTheOlderOnesAreReplaced() {
    var steps = schedule.plan(at("2026-11-30T17:00:00+07:00"), at("2026-11-02T09:00:00+07:00"));
    var due = schedule.due(steps, at("2026-11-02T09:00:00+07:00"), at("2026-12-10T09:00:00+07:00"));
    assertThat(due).extracting(ReminderStep::code).containsExactlyInAnyOrder("overdue", "escalation");
    ReminderStep overdue = due.stream().filter(s -> s.code().equals("overdue")).findFirst().orElseThrow();
    assertThat(schedule.replacedBy(steps, overdue)).extracting(ReminderStep::code).containsExactly("before-7d", "before-1d");
  }

  @Test
  void theMinimumDeadlineCountsWorkingDaysFromTheDayOfCreation() {
    var clock = new vn.viethoa.movement.calendar.PlanClock(ZoneId.of("Asia/Ho_Chi_Minh"), java.time.LocalTime.of(17, 0));
    var deadlines = new TaskDeadlines(new ReminderProperties(true, java.time.LocalTime.of(8, 0), List.of(7, 1), 1, 3,
        List.of("vhxh", "lanhdao"), true, List.of(), new ClassPathResource("holidays-vn.yaml"), 2,
        List.of(new ReminderProperties.StepDeadline("Task_AggregateReports", 5)), null, null, null), CALENDAR, clock);
    // Thursday 26/11/2026 16:00, deadline 17:00 the same day → Monday 30/11 17:00
    assertThat(deadlines.adjusted("Task_X", at("2026-11-26T17:00:00+07:00"), at("2026-11-26T16:00:00+07:00")))
        .contains(at("2026-11-30T17:00:00+07:00"));
    assertThat(deadlines.adjusted("Task_X", at("2026-12-10T17:00:00+07:00"), at("2026-11-26T16:00:00+07:00"))).isEmpty();
    // the aggregation opens on Thursday 04/02/2027, before Tết: Tết takes 05/02 to 11/02, five working days end on Thursday 18/02
    assertThat(deadlines.adjusted("Task_AggregateReports", null, at("2027-02-04T17:00:00+07:00")))
        .contains(at("2027-02-18T17:00:00+07:00"));
    assertThat(deadlines.adjusted("Task_X", null, at("2027-02-04T17:00:00+07:00"))).isEmpty();
  }
}
