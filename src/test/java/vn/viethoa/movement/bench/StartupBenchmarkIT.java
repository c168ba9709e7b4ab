package vn.viethoa.movement.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.Loopback;

/**
 * Issue 9, start-up: wall time from launching the packaged jar ({@code java -jar}, a separate
 * process) to ready, on H2 (demo profile: a fresh data folder, with schema creation and the demo
 * seeding, then a second start on the same data) and on PostgreSQL (prod profile configured from
 * the environment as in production, against an embedded PostgreSQL started here: a fresh database,
 * then a second start on it). Ready = the application logged "Start-up work done" (StartupRunner:
 * models deployed, users, rights and filters reconciled, demo movement seeded) and then answers an
 * authenticated REST request with 200. Also reported: when Spring logged "Started MovementApplication"
 * (web server up, start-up work not yet done). Runs after {@code package} (failsafe, profile bench).
 * Figures to target/benchmarks/startup.md; every child's log to target/benchmarks/startup-logs/.
 */
@Tag("bench")
class StartupBenchmarkIT {

  static final int RUNS = Integer.getInteger("bench.startup.runs", 5);
  static final Duration TIMEOUT = Duration.ofMinutes(3);
  static final Pattern STARTED = Pattern.compile("Started MovementApplication in ([0-9.]+) seconds");
  static final String READY = "Start-up work done in";
  static final String ADMIN_PASSWORD = "bench-admin-" + System.nanoTime();

  record Start(String scenario, double readyMs, double startedMs, String springSeconds) {}

  @Test
  void launchToReadyOfThePackagedJarOnH2AndPostgres(@TempDir Path dir) throws Exception {
    Path jar = Path.of(System.getProperty("bench.jar", "target/emulation-movement-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
    assertThat(jar).as("the packaged jar (mvn package)").exists();
    Path logs = BenchmarkReport.DIRECTORY.resolve("startup-logs").toAbsolutePath();
    Files.createDirectories(logs);
    String loadBefore = BenchmarkReport.loadAverage();
    List<Start> starts = new ArrayList<>();

    // the scenarios take turns in each run, so that a change of the machine's load hits all of them alike
    String pgVersion;
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    try {
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        var rs = s.executeQuery("show server_version");
        rs.next();
        pgVersion = rs.getString(1);
        for (int run = 1; run <= RUNS; run++) {
          s.execute("create database movement_" + run);
        }
      }
      for (int run = 1; run <= RUNS; run++) {
        List<String> args = List.of("--spring.profiles.active=demo", "--movement.data-dir=" + dir.resolve("h2-" + run),
            "--movement.mail.embedded-server.port=0");
        starts.add(launch(jar, "H2, demo profile, first start (empty data folder)", args, Map.of(), logs, "h2-" + run + "-first"));
        starts.add(launch(jar, "H2, demo profile, second start (same data)", args, Map.of(), logs, "h2-" + run + "-second"));
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("DB_URL", postgres.getJdbcUrl("postgres", "movement_" + run));
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "");
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        // no mail leaves during start-up; a port nobody listens on
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(Loopback.freePort()));
        env.put("DATA_DIR", dir.resolve("pg-" + run).toString());
        starts.add(launch(jar, "PostgreSQL, prod profile, first start (empty database)", List.of(), env, logs, "pg-" + run + "-first"));
        starts.add(launch(jar, "PostgreSQL, prod profile, second start (same database)", List.of(), env, logs, "pg-" + run + "-second"));
      }
    } finally {
      postgres.close();
    }

    BenchmarkReport report = new BenchmarkReport("startup", "Start-up of the packaged jar");
    report.line("`java -jar " + jar.getFileName() + "` (" + String.format("%,d", Files.size(jar) / 1024) + " KiB) as a child "
        + "process with the JDK's default heap and flags, HTTP on a free port of 127.0.0.1; " + RUNS + " runs; in each run "
        + "the four scenarios one after the other, one start at a time. **Ready** = from launching the process to reading its log line \"" + READY
        + "\" (the start-up work of StartupRunner is done), confirmed by an authenticated `GET /engine-rest/filter/count` "
        + "answering 200. **Spring up** = to its line \"Started MovementApplication\" (web server up; the start-up work "
        + "runs after it). H2 " + "2.3 in a file under a fresh data folder; PostgreSQL " + pgVersion + " (zonky embedded, "
        + "same machine), a fresh database per run. Load average before: " + loadBefore + ".");
    List<List<String>> rows = new ArrayList<>();
    for (String scenario : starts.stream().map(Start::scenario).distinct().toList()) {
      double[] ready = starts.stream().filter(s -> s.scenario().equals(scenario)).mapToDouble(Start::readyMs).toArray();
      double[] spring = starts.stream().filter(s -> s.scenario().equals(scenario)).mapToDouble(Start::startedMs).toArray();
      rows.add(List.of(scenario, String.valueOf(ready.length), seconds(median(ready)), seconds(min(ready)), seconds(max(ready)),
          seconds(median(spring)), Arrays.toString(Arrays.stream(ready).mapToObj(StartupBenchmarkIT::seconds).toArray())));
    }
    report.table(List.of("scenario", "runs", "ready: median", "min", "max", "Spring up: median", "each run (ready)"), rows);
    report.line("Load average after: " + BenchmarkReport.loadAverage() + ".");
    report.write();
  }

  /** Launches the jar, waits until it is ready, stops it; the child is always ended. */
  private Start launch(Path jar, String scenario, List<String> args, Map<String, String> env, Path logs, String name)
      throws Exception {
    int port = Loopback.freePort();
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
        "--server.port=" + port, "--server.address=127.0.0.1"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("BIND_ADDRESS", "127.0.0.1");
    long launched = System.nanoTime();
    Process process = builder.start();
    CompletableFuture<Double> started = new CompletableFuture<>();
    CompletableFuture<Double> ready = new CompletableFuture<>();
    List<String> springSeconds = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
          PrintWriter out = new PrintWriter(Files.newBufferedWriter(logs.resolve(name + ".log"), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          double at = (System.nanoTime() - launched) / 1_000_000.0;
          out.println(line);
          Matcher m = STARTED.matcher(line);
          if (m.find()) {
            springSeconds.add(m.group(1));
            started.complete(at);
          }
          if (line.contains(READY)) {
            ready.complete(at);
          }
        }
      } catch (IOException e) {
        ready.completeExceptionally(e);
      }
      ready.completeExceptionally(new IllegalStateException(name + ": the application ended before it was ready, see its log"));
    }, "startup-log-" + name);
    reader.setDaemon(true);
    reader.start();
    try {
      double readyMs = ready.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      String password = env.containsKey("ADMIN_PASSWORD") ? env.get("ADMIN_PASSWORD") : "admin";
      Http.Response answer = new Http(port).get("/engine-rest/filter/count", "admin", password);
      assertThat(answer.status()).as(name + ": " + answer.body()).isEqualTo(200);
      double startedMs = started.getNow(Double.NaN);
      System.out.printf("[bench startup] %s (%s): ready %.1f s, Spring up %.1f s%n", scenario, name, readyMs / 1000, startedMs / 1000);
      return new Start(scenario, readyMs, startedMs, springSeconds.isEmpty() ? "?" : springSeconds.get(0));
    } finally {
      stop(process);
      reader.join(10_000);
    }
  }

  /** SIGTERM (Spring closes the engine and the database pool), then a kill if it hangs; its children too. */
  private static void stop(Process process) throws InterruptedException {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static double median(double[] values) {
    return BenchmarkReport.percentile(values, 50);
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static String seconds(double millis) {
    return Double.isNaN(millis) ? "–" : String.format("%.1f s", millis / 1000);
  }
}
