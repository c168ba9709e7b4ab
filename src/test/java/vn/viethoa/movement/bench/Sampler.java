package vn.viethoa.movement.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times an operation: a warm-up, then a number of samples, each one call. The operation returns
 * what it read (a row count, a size), which the benchmark reports and may check for correctness.
 */
final class Sampler {

  /** The figures of one operation. */
  record Timing(String what, String how, double[] millis, String result) {

    double p50() {
      return BenchmarkReport.percentile(millis, 50);
    }

    double p95() {
      return BenchmarkReport.percentile(millis, 95);
    }

    double max() {
      return BenchmarkReport.percentile(millis, 100);
    }

    /** A row of {@link #HEADER}, the goal given in milliseconds (0: none). */
    List<String> row(double goalMillis) {
      List<String> row = new ArrayList<>(List.of(what, how, String.valueOf(millis.length), BenchmarkReport.ms(p50()),
          "**" + BenchmarkReport.ms(p95()) + "**", BenchmarkReport.ms(max()), result));
      if (goalMillis > 0) {
        row.add(p95() <= goalMillis ? "met (p95 ≤ " + (long) goalMillis + " ms)" : "**missed** (p95 > " + (long) goalMillis + " ms)");
      }
      return row;
    }
  }

  static final List<String> HEADER = List.of("operation", "how", "samples", "p50", "p95", "max", "result");

  static List<String> header(boolean goal) {
    List<String> h = new ArrayList<>(HEADER);
    if (goal) {
      h.add("goal");
    }
    return h;
  }

  private final int warmUp;
  private final int samples;

  Sampler(int warmUp, int samples) {
    this.warmUp = warmUp;
    this.samples = samples;
  }

  /** Calls of one {@link #time}: warm-up and samples. */
  int calls() {
    return warmUp + samples;
  }

  Timing time(String what, String how, Supplier<String> operation) {
    String result = null;
    for (int i = 0; i < warmUp; i++) {
      result = operation.get();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      result = operation.get();
      millis[i] = (System.nanoTime() - start) / 1_000_000.0;
    }
    Timing timing = new Timing(what, how, millis, result);
    System.out.printf("[bench] %s (%s): p50 %s, p95 %s, max %s; %s%n", what, how, BenchmarkReport.ms(timing.p50()),
        BenchmarkReport.ms(timing.p95()), BenchmarkReport.ms(timing.max()), result);
    return timing;
  }
}
