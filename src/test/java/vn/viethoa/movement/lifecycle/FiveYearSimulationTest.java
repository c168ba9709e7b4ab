package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.support.FiveYearSimulation;
import vn.viethoa.movement.support.MovementTest;

/**
 * The proof of issues 15 and 19: the movement lived from its launch to 2031 at a human pace, with its
 * reminders, digests and a restart every few months; two seeded
 * runs in CI ({@code -Dsimulation.runs}, {@code -Dsimulation.seed} to replay one); the benchmark
 * {@code bench.FiveYearSimulationBenchmark} runs many more. Every run must keep the plan's invariants.
 */
@MovementTest
class FiveYearSimulationTest extends FiveYearSimulation {

  @Test
  void theMovementLivedAtAHumanPaceKeepsThePlansInvariantsInEveryRun() {
    List<Outcome> failed = new ArrayList<>();
    for (long seed : seeds(Integer.getInteger("simulation.runs", 2), 20260105L)) {
      Outcome outcome = live(seed);
      System.out.println("simulation seed " + seed + ": " + outcome.millis() + " ms, " + outcome.steps() + " human steps, "
          + outcome.restarts() + " restarts, " + outcome.mails() + " mails");
      if (outcome.restarts() == 0 && !"false".equals(System.getProperty("simulation.restarts"))) {
        outcome.violations().add("the server was never restarted");
      }
      if (!outcome.passed()) {
        System.out.println("simulation seed " + seed + " failed: " + outcome.violations());
        failed.add(outcome);
      }
    }
    assertThat(failed).as("failing seeds (replay with -Dsimulation.seed=…)").isEmpty();
  }

  static List<Long> seeds(int runs, long first) {
    Long only = Long.getLong("simulation.seed");
    if (only != null) {
      return List.of(only);
    }
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      seeds.add(first + 7919L * i);
    }
    return seeds;
  }
}
