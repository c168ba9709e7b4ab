package vn.viethoa.movement.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.viethoa.movement.MovementApplication;

/**
 * The application as it runs in production: a JVM of its own started with {@code java … MovementApplication}
 * and command-line arguments, here with the test's class path. Two of them on one database are two nodes
 * of a cluster: each has its own engine (named "default", as in production), webapps and memory, and they
 * share nothing but the database. Its output goes to {@code target/app-nodes/<name>.log}.
 */
public final class AppNode implements AutoCloseable {

  /** The line StartupRunner logs when models, users, rights and filters are in place. */
  static final String READY = "Start-up work done";

  private final String name;
  private final Process process;
  private final Path log;
  private final int port;

  private AppNode(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts a node on a free port and waits until its start-up work is done. */
  public static AppNode start(String name, List<String> springArgs) throws Exception {
    int port = Loopback.freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-Dfile.encoding=UTF-8", "-Duser.timezone=" + System.getProperty("user.timezone", "UTC"),
        "-cp", System.getProperty("java.class.path"), MovementApplication.class.getName(),
        "--server.port=" + port, "--server.address=127.0.0.1"));
    command.addAll(springArgs);
    Path logs = Files.createDirectories(Path.of("target", "app-nodes"));
    Path log = logs.resolve(name + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    AppNode node = new AppNode(name, process, log, port);
    node.awaitReady(Duration.ofMinutes(4));
    return node;
  }

  public int port() {
    return port;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  private void awaitReady(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Node " + name + " stopped during start-up (exit " + process.exitValue() + "), see " + log);
      }
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(READY)) {
        return;
      }
      Thread.sleep(200);
    }
    process.destroyForcibly();
    throw new AssertionError("Node " + name + " was not ready within " + limit + ", see " + log);
  }

  /** SIGKILL: the node is lost as a crashed server is, without a shutdown. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** A regular shutdown (SIGTERM), as systemd stops the service. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor();
      }
    }
  }
}
