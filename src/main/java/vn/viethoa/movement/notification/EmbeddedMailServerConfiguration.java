package vn.viethoa.movement.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server inside the application (GreenMail), so that a first run sends its mails over
 * SMTP without installing anything; administrators read them in the mailbox page. Port 0 picks a
 * free port (tests).

 */
@Configuration
@ConditionalOnProperty(name = "movement.mail.embedded-server.enabled", havingValue = "true")
public class EmbeddedMailServerConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail embeddedMailServer(MailProperties properties) {
    var server = properties.embeddedServer();
    // port 0: pick a free port once, so that a stopped and restarted server keeps it
    int port = server.port() == 0 ? freePort() : server.port();
    return new GreenMail(new ServerSetup(port, server.host(), ServerSetup.PROTOCOL_SMTP));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Bean
  JavaMailSenderImpl mailSender(GreenMail embeddedMailServer, MailProperties properties) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(properties.embeddedServer().host());
    // the server is started by now (init method), so its real port is known
    sender.setPort(embeddedMailServer.getSmtp().getPort());
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    return sender;
  }
}
