package vn.viethoa.movement.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.viethoa.movement.calendar.PlanClock;

/**
 * Delivers mails at most once per dedup key, and keeps every one in the notification log.
 *
 * <p>Called from engine jobs (async service tasks), which makes the job the durable outbox entry
 * and gives retries and incidents. The log rows are written in their own transactions so that a
 * "sent" mark survives a rollback of the calling job: a retried job then skips what already went
 * out instead of sending it twice.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);
  /** A SENDING row older than this belonged to a node that died while sending. */
  static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  private final NotificationRepository repository;
  private final SmtpConnections smtp;
  private final MailProperties properties;
  private final PlanClock clock;
  private final TransactionTemplate newTransaction;
  private final MailHealth health;

  public NotificationService(NotificationRepository repository, SmtpConnections smtp,
      MailProperties properties, PlanClock clock, PlatformTransactionManager transactionManager, MailHealth health) {
    this.repository = repository;
    this.smtp = smtp;
    this.properties = properties;
    this.clock = clock;
    this.health = health;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Delivers each mail not yet delivered; throws on the first failure so the job retries the rest. */
  public void deliver(List<OutgoingMail> mails) {
    for (OutgoingMail mail : mails) {
      deliver(mail);
    }
  }

  public void deliver(OutgoingMail mail) {
    OffsetDateTime now = now();
    newTransaction.executeWithoutResult(tx -> repository.insertIfAbsent(mail, now));
    Boolean claimed = newTransaction.execute(tx -> repository.claim(mail.dedupKey(), now, now.minus(STALE_CLAIM)));
    if (!Boolean.TRUE.equals(claimed)) {
      NotificationRecord current = repository.find(mail.dedupKey()).orElseThrow();
      if (current.status() == NotificationStatus.SENT) {
        LOG.debug("Already sent, skipped: {}", mail.dedupKey());
        return;
      }
      if (current.status() == NotificationStatus.SUPERSEDED) {
        LOG.debug("Superseded, not sent: {} ({})", mail.dedupKey(), current.supersededReason());
        return;
      }
      // another node is sending it right now; fail this attempt so the job looks again later
      throw new NotificationDeliveryException(
          "Thư \"" + mail.subject() + "\" tới " + mail.recipient().email() + " đang được gửi ở một máy chủ khác; sẽ kiểm tra lại.");
    }
    try {
      smtp.send(toMime(mail));
    } catch (MailException | MessagingException | UnsupportedEncodingException e) {
      String reason = NotificationDeliveryException.NOT_SENT + " \"" + mail.subject() + "\" tới " + mail.recipient().email()
          + ": " + rootMessage(e);
      newTransaction.executeWithoutResult(tx -> repository.markFailed(mail.dedupKey(), reason));
      health.failed(rootMessage(e));
      throw new NotificationDeliveryException(reason, e);
    }
    health.succeeded();
    newTransaction.executeWithoutResult(tx -> repository.markSent(mail.dedupKey(), now()));
    LOG.info("Mail sent: {} -> {}", mail.dedupKey(), mail.recipient().email());
  }

  /**
   * Marks the waiting or failed mails whose key starts with {@code keyPrefix} as SUPERSEDED (a later
   * reminder replaced them), in the caller's transaction.
   */
  public int supersede(String keyPrefix, String reason) {
    return repository.markSuperseded(keyPrefix, reason);
  }

  /** Marks every waiting or failed mail about a task as SUPERSEDED (the task was closed), in the caller's transaction. */
  public int supersedeTask(String taskId, String reason) {
    return repository.markSupersededForTask(taskId, reason);
  }

  private MimeMessage toMime(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(properties.from(), true));
    helper.setTo(new InternetAddress(mail.recipient().email(), mail.recipient().displayName(), StandardCharsets.UTF_8.name()));
    helper.setSubject(mail.subject());
    if (mail.html() != null) {
      helper.setText(mail.text(), mail.html());
    } else {
      helper.setText(mail.text(), false);
    }
    for (OutgoingMail.Attachment attachment : mail.attachments()) {
      helper.addAttachment(attachment.fileName(),
          new org.springframework.core.io.ByteArrayResource(attachment.content()), attachment.contentType());
    }
    message.setHeader("X-Movement-Notification", mail.dedupKey());
    // the same Message-ID at every attempt: if a node dies between the server's "250 OK" and the
    // "sent" mark, the second copy carries the first one's id and mail systems can fold them
    message.setHeader("Message-ID", messageId(mail.dedupKey(), properties.from()));
    return message;
  }

  static String messageId(String dedupKey, String from) {
    String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from.trim();
    String domain = address.substring(address.indexOf('@') + 1);
    return "<" + java.util.UUID.nameUUIDFromBytes(dedupKey.getBytes(StandardCharsets.UTF_8)) + "@movement." + domain + ">";
  }

  private OffsetDateTime now() {
    return clock.now().atOffset(ZoneOffset.UTC);
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
