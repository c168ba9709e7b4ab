package vn.viethoa.movement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coverage gate on reports made up here, over the real models of bpmn/. */
class ProcessCoverageGateTest {

  static final Path BPMN = Path.of("bpmn");

  @TempDir Path reports;

  /** One test class's report.json, as support.ProcessCoverage writes it, with the elements it ran. */
  void report(String database, String testClass, String modelKey, List<String> elementIds) throws IOException {
    Suite suite = new Suite(testClass, testClass);
    Run run = new Run("scenario", "scenario");
    for (String id : elementIds) {
      EventSource source = id.startsWith("Flow_") ? EventSource.SEQUENCE_FLOW : EventSource.FLOW_NODE;
      run.addEvent(new Event(source, source == EventSource.SEQUENCE_FLOW ? EventType.TAKE : EventType.START, id,
          "element", modelKey, 0));
    }
    suite.addRun(run);
    Path folder = reports.resolve(database).resolve(testClass);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("report.json"), CoverageStateJsonExporter.createCoverageStateResult(
        List.of(suite), List.of(new Model(modelKey, 11, "1", "<xml/>"))));
  }

  @Test
  void everyProcessOfBpmnCountsItsFlowNodesAndTheSequenceFlowsLeavingThem() throws IOException {
    Map<String, Integer> sizes = ProcessCoverageGate.models(BPMN).stream()
        .collect(Collectors.toMap(ProcessCoverageGate.ProcessModel::key, m -> m.elements().size()));
    // plan-adjustment: 6 flow nodes, 5 sequence flows; the decision tables are no processes
    assertThat(sizes).containsOnlyKeys("annual-reporting", "commendation-city-answers", "commendation-round", "emulation-movement",
        "plan-adjustment", "task-reminders").containsEntry("plan-adjustment", 11);
  }

  @Test
  void untouchedProcessesCountAsUncoveredAndForeignElementsAreIgnored() throws IOException {
    report("h2", "a.FirstTest", "plan-adjustment",
        List.of("StartEvent_AdjustmentRequested", "Flow_ToDecide", "Task_DecideAdjustment", "Flow_Unknown"));
    report("postgres", "a.FirstTest", "plan-adjustment", List.of("Task_DecideAdjustment", "Flow_ToGateway"));
    report("h2", "a.SecondTest", "a-process-of-a-test", List.of("StartEvent_AdjustmentRequested"));

    ProcessCoverageGate.Result result = ProcessCoverageGate.measure(BPMN, reports);

    assertThat(result.covered().get("plan-adjustment"))
        .containsExactlyInAnyOrder("StartEvent_AdjustmentRequested", "Flow_ToDecide", "Task_DecideAdjustment", "Flow_ToGateway");
    assertThat(result.covered().get("task-reminders")).isEmpty();
    int all = result.models().stream().mapToInt(m -> m.elements().size()).sum();
    assertThat(result.total()).isEqualTo(4.0 / all);
    assertThat(result.summary(new ProcessCoverageGate.Floors(0.9, 0.9), reports.resolve("all"), 3))
        .contains("| plan-adjustment | 4 | 11 | 36.4 % |").containsPattern("\\| task-reminders \\| 0 \\| \\d+ \\| 0.0 % \\|")
        .contains("FAILED").contains("h2 ").contains("postgres ")
        .contains("- `Flow_Approved` sequenceFlow Gateway_AdjustmentApproved → EndEvent_AdjustmentApproved");
  }

  @Test
  void belowTheFloorTheGateFailsAndStillWritesItsReports() throws IOException {
    report("h2", "a.FirstTest", "plan-adjustment", List.of("StartEvent_AdjustmentRequested"));
    int all = ProcessCoverageGate.models(BPMN).stream().mapToInt(m -> m.elements().size()).sum();

    assertThatThrownBy(() -> ProcessCoverageGate.main(new String[] {BPMN.toString(), reports.toString(), "0.9", "0"}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Process test coverage is below its floor: all processes "
            + String.format(java.util.Locale.ROOT, "%.1f", 100.0 / all) + " % < 90.0 % (process-coverage.floor)")
        .message().doesNotContain("process-floor");
    assertThat(reports.resolve("all/report.html")).content().contains("plan-adjustment");
    assertThat(reports.resolve("all/summary.md")).content().contains("| **all processes** | 1 | " + all + " |");

    ProcessCoverageGate.main(new String[] {BPMN.toString(), reports.toString(), "0", "0"});
  }

  @Test
  void aProcessBelowItsOwnFloorFailsTheGateWhateverTheTotal() throws IOException {
    report("h2", "a.FirstTest", "plan-adjustment", List.of("StartEvent_AdjustmentRequested"));

    assertThatThrownBy(() -> ProcessCoverageGate.main(new String[] {BPMN.toString(), reports.toString(), "0", "0.05"}))
        .hasMessageContaining("task-reminders 0.0 % < 5.0 % (process-coverage.process-floor)")
        .message().doesNotContain("all processes").doesNotContain("plan-adjustment");
  }

  @Test
  void withoutReportsTheGateRefusesToPass() {
    assertThatThrownBy(() -> ProcessCoverageGate.main(new String[] {BPMN.toString(), reports.toString(), "0", "0"}))
        .hasMessageContaining("No process coverage reports").hasMessageContaining("-Dprocess-coverage.skip=true");
  }
}
