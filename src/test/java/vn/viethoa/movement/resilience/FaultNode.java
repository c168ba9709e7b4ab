package vn.viethoa.movement.resilience;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * The application in a JVM of its own, so that a fault test can kill it with SIGKILL and start it
 * again on the same database. Its engine clock is set from the command line (the only thing a test
 * cannot do from outside). Modes: {@code seed-storm:N} creates N reminder-storm tasks, {@code
 * seed-reports} opens the 2026 reports; both stop when their jobs are done. {@code run} serves
 * until killed.
 */
public final class FaultNode {

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    ClockUtil.setCurrentTime(Date.from(Instant.parse(args[1])));
    String[] springArgs = java.util.Arrays.copyOfRange(args, 2, args.length);
    ConfigurableApplicationContext app = new SpringApplicationBuilder(MovementApplication.class)
        .profiles("demo", "test").run(springArgs);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    if (mode.startsWith("seed-storm:")) {
      int size = Integer.parseInt(mode.substring("seed-storm:".length()));
      ReminderStorm.deploy(engine);
      ReminderStorm.createDuties(engine, size);
      ReminderStorm.waitUntil(() -> ReminderStorm.reminderTimers(jdbc) == size, Duration.ofMinutes(5), "the reminder timers");
      app.close();
      System.exit(0);
    } else if (mode.equals("seed-reports")) {
      engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, "BAOCAO-2026", Map.of("year", 2026));
      ReminderStorm.waitUntil(() -> engine.getTaskService().createTaskQuery()
          .taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT).count() > 0
          && engine.getManagementService().createJobQuery().executable().messages().count() == 0,
          Duration.ofMinutes(5), "the report tasks");
      app.close();
      System.exit(0);
    }
    System.out.println("FAULT-NODE READY");
    Thread.currentThread().join();
  }

  /** Starts a node as a child process with the test's class path; its output goes to a log file. */
  static Process start(String name, String mode, Instant clock, List<String> springArgs) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-Dfile.encoding=UTF-8", "-Duser.timezone=" + System.getProperty("user.timezone", "UTC"),
        "-cp", System.getProperty("java.class.path"), FaultNode.class.getName(), mode, clock.toString()));
    command.addAll(springArgs);
    Path logs = Files.createDirectories(Path.of("target", "fault-nodes"));
    File log = logs.resolve(name + ".log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
  }

  /** Waits for a seeding node to finish its work and stop. */
  static void awaitExit(Process node, String what) throws Exception {
    if (!node.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
      node.destroyForcibly();
      throw new AssertionError("The node did not finish " + what + " (see target/fault-nodes)");
    }
    if (node.exitValue() != 0) {
      throw new AssertionError("The node failed " + what + ": exit " + node.exitValue() + " (see target/fault-nodes)");
    }
  }

  /** SIGKILL: no shutdown hook, no transaction ends cleanly. */
  static void kill(Process node) throws InterruptedException {
    node.destroyForcibly(); // on Linux: kill -9
    node.waitFor();
  }

  private FaultNode() {}
}
