package vn.viethoa.movement.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import vn.viethoa.movement.notification.OutgoingMail;

/** A task's deadline as an iCalendar event (ical4j), so officials can put it in their calendar. */
final class DeadlineCalendarFile {

  private DeadlineCalendarFile() {}

  static OutgoingMail.Attachment of(String taskId, String summary, String description, Instant due, String link) {
    // an Instant is written in UTC ("…Z"), which every calendar converts to its own zone
    VEvent event = new VEvent(due, Duration.ofMinutes(30), summary);
    event.add(new Uid("task-" + taskId + "@thidua.viethoa"));
    event.add(new Description(description));
    try {
      event.add(new Url(java.net.URI.create(link)));
    } catch (IllegalArgumentException ignored) {
      // a base URL that is not a URI only loses the link in the calendar entry
    }
    Calendar calendar = new Calendar()
        .withProdId("-//UBND phuong Viet Hoa//Phong trao thi dua//VI")
        .withDefaults()
        .withComponent(event)
        .getFluentTarget();
    return new OutgoingMail.Attachment("han-xu-ly.ics", "text/calendar; charset=UTF-8",
        calendar.toString().getBytes(StandardCharsets.UTF_8));
  }
}
