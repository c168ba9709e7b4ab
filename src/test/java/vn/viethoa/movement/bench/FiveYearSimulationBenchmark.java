package vn.viethoa.movement.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.support.FiveYearSimulation;
import vn.viethoa.movement.support.MovementTest;

/**
 * The five-year simulation at scale ({@code mvn -B verify -Pbench}): many seeded runs
 * ({@code -Dsimulation.runs}, default 50, first seed {@code -Dsimulation.first-seed}, optionally a wall-time
 * budget {@code -Dsimulation.budget-minutes} after which no new run starts); reports how
 * many kept every invariant, the failing seeds to replay, the median and slowest runs, into
 * target/benchmarks/five-year-simulation.md. Reports; asserts nothing about speed.
 */
@MovementTest
@Tag("bench")
class FiveYearSimulationBenchmark extends FiveYearSimulation {

  @Test
  void manyRunsOfTheMovementAtAHumanPace() {
    int runs = Integer.getInteger("simulation.runs", 50);
    long first = Long.getLong("simulation.first-seed", 1L);
    List<Outcome> outcomes = new ArrayList<>();
    // -Dsimulation.budget-minutes: stop starting runs once this much wall time has passed
    long budget = Long.getLong("simulation.budget-minutes", 0) * 60_000_000_000L;
    long began = System.nanoTime();
    for (int i = 0; i < runs && (budget == 0 || System.nanoTime() - began < budget); i++) {
      Outcome outcome = live(first + i);
      System.out.println("[bench five-year-simulation] seed " + outcome.seed() + ": " + (outcome.passed() ? "passed" : "FAILED "
          + outcome.violations()) + " in " + outcome.millis() + " ms, " + outcome.restarts() + " restarts");
      outcomes.add(outcome);
    }
    List<Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
    List<Long> times = outcomes.stream().map(Outcome::millis).sorted().toList();
    BenchmarkReport report = new BenchmarkReport("five-year-simulation", "Five-year simulation at a human pace");
    report.line(outcomes.size() - failed.size() + " of " + outcomes.size() + " runs kept every invariant of the plan "
        + "(seeds " + first + "–" + (first + outcomes.size() - 1) + "), " + seconds((System.nanoTime() - began) / 1_000_000)
        + " in all.");
    report.line("Per run: median " + seconds(times.get(times.size() / 2)) + ", slowest " + seconds(times.get(times.size() - 1))
        + ", fastest " + seconds(times.get(0)) + "; " + outcomes.stream().mapToInt(Outcome::restarts).sum() + " restarts and "
        + outcomes.stream().mapToLong(Outcome::mails).sum() + " mails sent in all.");
    report.table(List.of("slowest runs: seed", "s", "human steps", "restarts", "mails sent"), outcomes.stream()
        .sorted(Comparator.comparingLong(Outcome::millis).reversed()).limit(5)
        .map(o -> List.of(String.valueOf(o.seed()), seconds(o.millis()), String.valueOf(o.steps()),
            String.valueOf(o.restarts()), String.valueOf(o.mails()))).toList());
    if (!failed.isEmpty()) {
      report.table(List.of("failing seed", "broken invariants"), failed.stream()
          .map(o -> List.of(String.valueOf(o.seed()), String.join("; ", o.violations()).replace('|', '/'))).toList());
    }
    report.write();
  }

  static String seconds(long millis) {
    return String.format("%.1f s", millis / 1000.0);
  }
}
