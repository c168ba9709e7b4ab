package vn.viethoa.movement.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.viethoa.movement.security.CurrentUser;

/**
 * For administrators: what the application sent. The notification log is always there; the
 * mailbox shows what the embedded SMTP server of the demo profile actually received.
 */
@RestController
public class MailboxController {

  private final ObjectProvider<GreenMail> embeddedServer;
  private final NotificationRepository repository;
  private final CurrentUser currentUser;

  public MailboxController(ObjectProvider<GreenMail> embeddedServer, NotificationRepository repository,
      CurrentUser currentUser) {
    this.embeddedServer = embeddedServer;
    this.repository = repository;
    this.currentUser = currentUser;
  }

  public record ReceivedMail(String from, String to, String subject, String sentDate, String text) {}

  @GetMapping("/api/mailbox")
  public List<ReceivedMail> mailbox(HttpServletRequest request) throws MessagingException {
    currentUser.requireAdmin(request);
    GreenMail server = embeddedServer.getIfAvailable();
    List<ReceivedMail> mails = new ArrayList<>();
    if (server == null) {
      return mails;
    }
    MimeMessage[] received = server.getReceivedMessages();
    for (int i = received.length - 1; i >= 0; i--) {
      MimeMessage m = received[i];
      mails.add(new ReceivedMail(join(m.getFrom()), join(m.getAllRecipients()), m.getSubject(),
          m.getSentDate() == null ? null : m.getSentDate().toInstant().toString(), GreenMailUtil.getBody(m)));
    }
    return mails;
  }

  @GetMapping("/api/notifications")
  public List<NotificationRecord> notifications(HttpServletRequest request,
      @RequestParam(name = "limit", defaultValue = "200") int limit) {
    currentUser.requireAdmin(request);
    return repository.findRecent(Math.max(1, Math.min(limit, 1000)));
  }

  private static String join(Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
  }
}
