package vn.viethoa.movement.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * SMTP connections kept open and reused (Apache Commons Pool). Opening a connection per mail, as
 * {@link JavaMailSenderImpl#send} does, costs about 60 ms on loopback against 3 ms for a mail on
 * an open connection: in a reminder storm it was most of the job threads' time. A connection is
 * checked (NOOP) before use, so one the server has dropped is replaced, and thrown away after any
 * failure; the failed mail itself is retried by its job.
 */
@Component
public class SmtpConnections implements DisposableBean {

  private final JavaMailSenderImpl sender;
  private final GenericObjectPool<Transport> pool;

  public SmtpConnections(JavaMailSender mailSender, MailProperties properties) {
    this.sender = (JavaMailSenderImpl) mailSender;
    GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(properties.connections().max());
    config.setMaxIdle(properties.connections().max());
    config.setTestOnBorrow(true);
    config.setMinEvictableIdleDuration(properties.connections().idleTimeout());
    config.setTimeBetweenEvictionRuns(properties.connections().idleTimeout().dividedBy(2));
    config.setJmxEnabled(false);
    this.pool = new GenericObjectPool<>(new TransportFactory(), config);
  }

  public MimeMessage createMimeMessage() {
    return sender.createMimeMessage();
  }

  /** Sends on an open connection; a connection that failed is closed, never reused. */
  public void send(MimeMessage message) throws MessagingException {
    Transport transport;
    try {
      transport = pool.borrowObject();
    } catch (MessagingException e) {
      throw e;
    } catch (Exception e) {
      throw new MessagingException(e.getMessage(), e);
    }
    boolean healthy = false;
    try {
      // as JavaMailSenderImpl does: a Message-ID set by the caller survives saveChanges()
      String messageId = message.getMessageID();
      if (message.getSentDate() == null) {
        message.setSentDate(new java.util.Date());
      }
      message.saveChanges();
      if (messageId != null) {
        message.setHeader("Message-ID", messageId);
      }
      transport.sendMessage(message, message.getAllRecipients());
      healthy = true;
    } finally {
      if (healthy) {
        pool.returnObject(transport);
      } else {
        invalidate(transport);
      }
    }
  }

  /**
   * Whether the SMTP server answers: opens a connection (greeting, EHLO, authentication if
   * configured) and closes it, sending nothing. The reason when it does not answer.
   */
  public java.util.Optional<String> probe() {
    try {
      Transport transport = new TransportFactory().create();
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the server answered; a failing QUIT does not make it unhealthy
      }
      return java.util.Optional.empty();
    } catch (MessagingException | RuntimeException e) {
      return java.util.Optional.of(NotificationService.rootMessage(e));
    }
  }

  /** Connections currently open (idle or in use). */
  public int open() {
    return pool.getNumIdle() + pool.getNumActive();
  }

  /** Closes the idle connections, e.g. after the SMTP server was changed. */
  public void clear() {
    pool.clear();
  }

  private void invalidate(Transport transport) {
    try {
      pool.invalidateObject(transport);
    } catch (Exception ignored) {
      // closing a broken connection may fail as well; it is out of the pool either way
    }
  }

  @Override
  public void destroy() {
    pool.close();
  }

  private final class TransportFactory extends BasePooledObjectFactory<Transport> {

    @Override
    public Transport create() throws MessagingException {
      Transport transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
      String username = sender.getUsername();
      String password = sender.getPassword();
      if ("".equals(username)) {
        username = null;
        if ("".equals(password)) {
          password = null;
        }
      }
      transport.connect(sender.getHost(), sender.getPort(), username, password);
      return transport;
    }

    @Override
    public PooledObject<Transport> wrap(Transport transport) {
      return new DefaultPooledObject<>(transport);
    }

    @Override
    public boolean validateObject(PooledObject<Transport> pooled) {
      // for SMTP this sends NOOP: false when the server dropped the connection
      return pooled.getObject().isConnected();
    }

    @Override
    public void destroyObject(PooledObject<Transport> pooled) throws MessagingException {
      pooled.getObject().close();
    }
  }
}
