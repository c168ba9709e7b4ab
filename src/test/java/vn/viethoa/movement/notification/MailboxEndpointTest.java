package vn.viethoa.movement.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/** Administrators read what went out: the embedded mailbox and the notification log. */
@MovementTest
class MailboxEndpointTest extends ScenarioSupport {

  @LocalServerPort int port;
  @Autowired NotificationService notifications;

  @Test
  void administratorsReadTheMailboxOthersMayNot() {
    notifications.deliver(new OutgoingMail("test:mailbox:" + System.nanoTime(), NotificationKind.OUTCOME,
        new Recipient("canbo.vhxh", "Lê Thị Hoa", "canbo.vhxh@viethoa.example"),
        "Thư thử nghiệm hộp thư", "Nội dung thư có dấu: Phường Việt Hoà", null, null, null, null));
    Http http = new Http(port);

    Http.Response asAdmin = http.get("/api/mailbox", "admin", "test-admin");
    assertThat(asAdmin.status()).isEqualTo(200);
    assertThat(asAdmin.json().get(0).get("subject").asText()).isEqualTo("Thư thử nghiệm hộp thư");
    assertThat(asAdmin.json().get(0).get("to").asText()).isEqualTo("\"Lê Thị Hoa\" <canbo.vhxh@viethoa.example>");
    assertThat(asAdmin.json().get(0).get("text").asText()).contains("Phường Việt Hoà");
    assertThat(http.get("/api/notifications", "admin", "test-admin").json().get(0).get("status").asText()).isEqualTo("SENT");

    for (String path : List.of("/api/mailbox", "/api/notifications")) {
      assertThat(http.get(path, null, null).status()).isEqualTo(401);
      assertThat(http.get(path, "canbo.vhxh", "demo").status()).isEqualTo(403);
    }
  }

  @Test
  void theMailboxListsNewestFirstAcrossRecipientsWithTheHtmlPartAndTheAttachments() {
    String tag = String.valueOf(System.nanoTime());
    // two recipients: GreenMail keeps one mailbox each, the page must still read newest first
    notifications.deliver(new OutgoingMail("test:order1:" + tag, NotificationKind.OUTCOME,
        new Recipient("canbo.vp", "Nguyễn Thị Lan", "canbo.vp@viethoa.example"),
        "Thư thứ nhất " + tag, "Văn bản một", "<p>HTML <b>một</b></p>", null, null, null));
    notifications.deliver(new OutgoingMail("test:order2:" + tag, NotificationKind.REMINDER,
        new Recipient("canbo.vhxh", "Lê Thị Hoa", "canbo.vhxh@viethoa.example"),
        "Thư thứ hai " + tag, "Văn bản hai", "<p>HTML <b>hai</b></p>", null, null, null,
        List.of(new OutgoingMail.Attachment("han-xu-ly.ics", "text/calendar",
            "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    notifications.deliver(new OutgoingMail("test:order3:" + tag, NotificationKind.OUTCOME,
        new Recipient("canbo.vp", "Nguyễn Thị Lan", "canbo.vp@viethoa.example"),
        "Thư thứ ba " + tag, "Văn bản ba", null, null, null, null));

    var mails = new Http(port).get("/api/mailbox", "admin", "test-admin").json();
    List<String> subjects = new java.util.ArrayList<>();
    mails.forEach(m -> subjects.add(m.get("subject").asText()));
    assertThat(subjects.stream().filter(t -> t.endsWith(tag)).toList())
        .containsExactly("Thư thứ ba " + tag, "Thư thứ hai " + tag, "Thư thứ nhất " + tag);
    var second = java.util.stream.StreamSupport.stream(mails.spliterator(), false)
        .filter(m -> m.get("subject").asText().equals("Thư thứ hai " + tag)).findFirst().orElseThrow();
    assertThat(second.get("text").asText()).isEqualTo("Văn bản hai");
    assertThat(second.get("html").asText()).contains("<b>hai</b>");
    assertThat(second.get("attachments").get(0).get("name").asText()).isEqualTo("han-xu-ly.ics");
    assertThat(second.get("attachments").get(0).get("contentType").asText()).isEqualTo("text/calendar");
    assertThat(second.get("attachments").get(0).get("text").asText()).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void aMailIsSentOnceHoweverOftenItIsDelivered() throws Exception {
    OutgoingMail mail = new OutgoingMail("test:once:" + System.nanoTime(), NotificationKind.REMINDER,
        new Recipient("canbo.mttq", "Vũ Văn Hùng", "canbo.mttq@viethoa.example"),
        "Nhắc hạn thử nghiệm", "Nội dung", "<p>Nội dung</p>", null, null, null);
    notifications.deliver(mail);
    notifications.deliver(mail);
    notifications.deliver(List.of(mail, mail));
    assertThat(mailsTo("canbo.mttq@viethoa.example")).hasSize(1);
  }
}
