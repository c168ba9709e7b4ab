package vn.viethoa.movement.calendar;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns when the holiday calendar does not reach 12 months ahead: past its last covered day every
 * weekday counts as a working day, so reminders would go out on Tết. Logged at start-up and shown
 * on the dashboard until someone adds the next year to holidays-vn.yaml (docs/reminders.md).
 */
@Component
public class CalendarCoverageCheck {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarCoverageCheck.class);
  /** How far ahead the calendar must reach. */
  static final int MONTHS_AHEAD = 12;

  private final WorkingCalendar calendar;
  private final PlanClock clock;

  public CalendarCoverageCheck(WorkingCalendar calendar, PlanClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The notice officials see, if the calendar falls short on {@code today}. */
  public Optional<String> notice(LocalDate today) {
    LocalDate needed = today.plusMonths(MONTHS_AHEAD);
    if (calendar.covers(needed)) {
      return Optional.empty();
    }
    String until = calendar.coversUntil().map(VietnameseDates::date).orElse("không có ngày nào");
    return Optional.of("Lịch ngày nghỉ lễ (holidays-vn.yaml) chỉ có đến " + until + ", chưa đủ 12 tháng tới (đến "
        + VietnameseDates.date(needed) + "): sau ngày đó, thư nhắc việc có thể gửi vào ngày nghỉ lễ. Quản trị viên "
        + "cần bổ sung ngày nghỉ lễ năm tới theo thông báo của Bộ Nội vụ.");
  }

  public Optional<String> notice() {
    return notice(clock.today());
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnAtStartUp() {
    notice().ifPresent(LOG::warn);
  }
}
