package vn.viethoa.movement.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
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
  private final WaitingMails waitingMails;
  private final MailHealth health;

  public MailboxController(ObjectProvider<GreenMail> embeddedServer, NotificationRepository repository,
      CurrentUser currentUser, WaitingMails waitingMails, MailHealth health) {
    this.embeddedServer = embeddedServer;
    this.repository = repository;
    this.currentUser = currentUser;
    this.waitingMails = waitingMails;
    this.health = health;
  }

  /** A received mail as the demo mailbox shows it: both bodies and every attachment. */
  public record ReceivedMail(String from, String to, String subject, String sentDate, String text, String html,
      List<ReceivedAttachment> attachments) {}

  /** An attachment; a small text one (the deadline's .ics) with its content, to read in the page. */
  public record ReceivedAttachment(String name, String contentType, int size, String text) {}

  private static final int SHOWN_TEXT_LIMIT = 64 * 1024;

  @GetMapping("/api/mailbox")
  public List<ReceivedMail> mailbox(HttpServletRequest request) throws MessagingException {
    currentUser.requireAdmin(request);
    GreenMail server = embeddedServer.getIfAvailable();
    List<ReceivedMail> mails = new ArrayList<>();
    if (server == null) {
      return mails;
    }
    // GreenMail lists its messages mailbox by mailbox, and the Date header counts whole seconds:
    // order by the server's time of receipt (milliseconds), newest first
    List<MimeMessage> newestFirst = server.getManagers().getImapHostManager().getAllMessages().stream()
        .sorted(java.util.Comparator.comparing(com.icegreen.greenmail.store.StoredMessage::getReceivedDate).reversed())
        .map(com.icegreen.greenmail.store.StoredMessage::getMimeMessage).toList();
    for (MimeMessage m : newestFirst) {
      List<ReceivedAttachment> attachments = new ArrayList<>();
      collectAttachments(m, attachments);
      mails.add(new ReceivedMail(join(m.getFrom()), join(m.getAllRecipients()), m.getSubject(),
          m.getSentDate() == null ? null : m.getSentDate().toInstant().toString(), text(m, "text/plain"),
          text(m, "text/html"), attachments));
    }
    return mails;
  }

  @GetMapping("/api/notifications")
  public List<NotificationRecord> notifications(HttpServletRequest request,
      @RequestParam(name = "limit", defaultValue = "200") int limit) {
    currentUser.requireAdmin(request);
    return repository.findRecent(Math.max(1, Math.min(limit, 1000)));
  }

  /** The SMTP server as this node last saw it, and how many mail jobs wait for it. */
  @GetMapping("/api/notifications/mail-health")
  public WaitingMails.Report mailHealth(HttpServletRequest request) {
    currentUser.requireAdmin(request);
    return new WaitingMails.Report(health.status(), waitingMails.jobs().size(), 0);
  }

  /**
   * "Send waiting mails now": probes the SMTP server and, if it answers, makes every mail job that
   * waits for it due at once (docs/admin-guide.md). From the application's pages or a program only.
   */
  @PostMapping("/api/notifications/send-waiting")
  public WaitingMails.Report sendWaiting(HttpServletRequest request) {
    currentUser.requireAdmin(request);
    if (request.getSession(false) != null && !CurrentUser.fromOwnPage(request)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Yêu cầu từ trang khác bị từ chối.");
    }
    return waitingMails.sendNowIfServerAnswers();
  }

  private static String join(Address[] addresses) {
    return addresses == null ? "" : Arrays.stream(addresses)
        .map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString())
        .collect(Collectors.joining(", "));
  }

  /** The first body part of a type that is not an attachment (text/plain, text/html). */
  static String text(Part part, String type) throws MessagingException {
    try {
      if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return (String) part.getContent();
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String text = text(multipart.getBodyPart(i), type);
          if (text != null) {
            return text;
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new MessagingException("Cannot read message", e);
    }
  }

  static void collectAttachments(Part part, List<ReceivedAttachment> into) throws MessagingException {
    try {
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          collectAttachments(multipart.getBodyPart(i), into);
        }
        return;
      }
      if (part.getFileName() == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return;
      }
      byte[] content = part.getInputStream().readAllBytes();
      String contentType = part.getContentType() == null ? "" : part.getContentType().split(";")[0].trim().toLowerCase();
      boolean readable = contentType.startsWith("text/") && content.length <= SHOWN_TEXT_LIMIT;
      into.add(new ReceivedAttachment(part.getFileName(), contentType, content.length,
          readable ? new String(content, java.nio.charset.StandardCharsets.UTF_8) : null));
    } catch (IOException e) {
      throw new MessagingException("Cannot read message", e);
    }
  }
}
