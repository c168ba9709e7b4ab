package vn.viethoa.movement.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures of one benchmark, written as a Markdown file under target/benchmarks/ together with
 * the machine they were measured on. Benchmarks report; they never assert a speed.
 */
public final class BenchmarkReport {

  public static final Path DIRECTORY = Path.of("target", "benchmarks");

  private final String name;
  private final String title;
  private final List<String> lines = new ArrayList<>();

  public BenchmarkReport(String name, String title) {
    this.name = name;
    this.title = title;
  }

  public BenchmarkReport line(String text) {
    lines.add(text);
    System.out.println("[bench " + name + "] " + text);
    return this;
  }

  /** A Markdown table: header then rows, each cell already formatted. */
  public BenchmarkReport table(List<String> header, List<List<String>> rows) {
    lines.add("");
    lines.add("| " + String.join(" | ", header) + " |");
    lines.add("|" + "---|".repeat(header.size()));
    for (List<String> row : rows) {
      lines.add("| " + String.join(" | ", row) + " |");
      System.out.println("[bench " + name + "] " + String.join(" | ", row));
    }
    lines.add("");
    return this;
  }

  public Path write() {
    List<String> out = new ArrayList<>();
    out.add("## " + title);
    out.add("");
    out.add("Measured " + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")) + " on " + machine() + ".");
    out.add("");
    out.addAll(lines);
    try {
      Files.createDirectories(DIRECTORY);
      Path file = DIRECTORY.resolve(name + ".md");
      Files.write(file, out, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cores, memory, JDK and load average: what the figures depend on. */
  public static String machine() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return Runtime.getRuntime().availableProcessors() + " cores, "
        + Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GiB, "
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
        + ", load average " + loadAverage();
  }

  /**
   * The load averages over 1, 5 and 15 minutes (from /proc/loadavg where there is one): on a shared
   * machine, whether other work ran beside the benchmark.
   */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
    } catch (IOException | RuntimeException e) {
      var os = ManagementFactory.getOperatingSystemMXBean();
      return String.format("%.2f", os.getSystemLoadAverage());
    }
  }

  /** The p-th percentile (0..100) of the samples, nearest-rank. */
  public static double percentile(double[] samples, double p) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public static String ms(double millis) {
    return millis < 10 ? String.format("%.2f ms", millis) : String.format("%.1f ms", millis);
  }
}
