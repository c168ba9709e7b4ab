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
 * ({@code -Dsimulation.runs}, default 50, first seed {@code -Dsimulation.first-seed}); reports how
 * many kept every invariant, the failing seeds to replay and the slowest runs, into
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
    for (int i = 0; i < runs; i++) {
      outcomes.add(live(first + i));
    }
    List<Outcome> failed = outcomes.stream().filter(o -> !o.passed()).toList();
    BenchmarkReport report = new BenchmarkReport("five-year-simulation", "Five-year simulation at a human pace");
    report.line(outcomes.size() - failed.size() + " of " + outcomes.size() + " runs kept every invariant of the plan.");
    report.table(List.of("slowest runs: seed", "ms", "human steps"), outcomes.stream()
        .sorted(Comparator.comparingLong(Outcome::millis).reversed()).limit(5)
        .map(o -> List.of(String.valueOf(o.seed()), String.valueOf(o.millis()), String.valueOf(o.steps()))).toList());
    if (!failed.isEmpty()) {
      report.table(List.of("failing seed", "broken invariants"), failed.stream()
          .map(o -> List.of(String.valueOf(o.seed()), String.join("; ", o.violations()).replace('|', '/'))).toList());
    }
    report.write();
  }
}
