package vn.viethoa.movement.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import vn.viethoa.movement.calendar.AnnualReportDates;

/**
 * When the demo's events happen, placed relative to the day it is seeded so that it tells one story
 * on any day of the year: the launch ends before today (in March–April 2026, or in the weeks before
 * today if that is earlier); the first year's reporting window opens on its plan date if that is
 * past, and the two reports "already submitted" were submitted after it opened, before today and
 * before their deadlines — never stamped late. Before the window opens nothing is submitted. Plain
 * Java, no engine.
 *
 * @param launchSteps the launch's steps in order: start, draft, approval and launch, dissemination, households
 * @param windowOpens when the first year's reporting window opened, empty when it is still ahead
 * @param submissions when the two demo reports were submitted (empty when the window is ahead)
 */
public record DemoStory(List<ZonedDateTime> launchSteps, Optional<ZonedDateTime> windowOpens, List<ZonedDateTime> submissions) {

  /** The plan's launch as the demo has always told it (the ward's plan was issued in March 2026). */
  static final String PLANNED_START = "2026-03-02T08:30:00+07:00";
  /** Days from the launch's start to each of its steps. */
  static final List<Duration> LAUNCH_OFFSETS = List.of(Duration.ZERO, Duration.ofDays(2).plusHours(1).plusMinutes(30),
      Duration.ofDays(10).plusHours(6).plusMinutes(30), Duration.ofDays(23).plusMinutes(30), Duration.ofDays(39).plusHours(7).plusMinutes(30));

  public static DemoStory at(Instant today, AnnualReportDates firstYear) {
    ZonedDateTime now = today.atZone(firstYear.windowOpens().getZone());
    ZonedDateTime planned = ZonedDateTime.parse(PLANNED_START).withZoneSameInstant(now.getZone());
    Duration launchLength = LAUNCH_OFFSETS.get(LAUNCH_OFFSETS.size() - 1);
    // the launch's last step a day before today at the latest
    ZonedDateTime latestStart = now.minus(launchLength).minusDays(1);
    ZonedDateTime start = planned.isBefore(latestStart) ? planned : latestStart;
    List<ZonedDateTime> launch = LAUNCH_OFFSETS.stream().map(start::plus).toList();

    ZonedDateTime opens = firstYear.windowOpens();
    if (!opens.isBefore(now)) {
      return new DemoStory(launch, Optional.empty(), List.of());
    }
    // a few days into the window, before the residential groups' deadline (20/11); closer to the
    // opening when today is only hours after it
    ZonedDateTime first = opens.plusDays(5).withHour(10);
    ZonedDateTime second = opens.plusDays(9).withHour(15).withMinute(30);
    if (!second.isBefore(now)) {
      Duration open = Duration.between(opens, now);
      first = opens.plus(open.dividedBy(3));
      second = opens.plus(open.multipliedBy(2).dividedBy(3));
    }
    return new DemoStory(launch, Optional.of(opens), List.of(first, second));
  }
}
