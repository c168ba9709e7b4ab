package vn.viethoa.movement.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Servers a test starts on 127.0.0.1. */
public final class Loopback {

  private Loopback() {}

  /** A port free right now, for a server that must keep its port across a restart. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real SMTP server (GreenMail) on the port, not started. */
  public static GreenMail smtpServer(int port) {
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
