package vn.viethoa.movement.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * The process test coverage gate of {@code mvn verify}: aggregates the per-class reports that the
 * suite wrote under {@code target/process-test-coverage/<database>/} (support.ProcessCoverage),
 * measures every executable process of {@code bpmn/} (a process no test touched counts with 0
 * covered elements), writes {@code all/report.html}, {@code all/report.json} and
 * {@code all/summary.md}, and fails when the flow nodes and sequence flows covered, over all
 * processes together or in any one of them, fall below their floor.
 *
 * <p>Arguments: the models folder, the reports folder, the floor over all processes and the floor
 * of each process (0..1). Elements are counted as
 * camunda-process-test-coverage counts them (ExecutionContextModelProvider): the flow nodes of the
 * executable process, at any depth, and the sequence flows leaving them; an element is covered
 * when any test started it or took it.
 */
public final class ProcessCoverageGate {

  static final String AGGREGATE = "all";

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: ProcessCoverageGate <bpmn folder> <reports folder> <floor 0..1> <floor of each process 0..1>");
    }
    Floors floors = new Floors(fraction(args[2], "process-coverage.floor"),
        fraction(args[3], "process-coverage.process-floor"));
    Result result = measure(Path.of(args[0]), Path.of(args[1]));
    Path out = Path.of(args[1], AGGREGATE);
    result.write(out, floors);
    System.out.println(result.summary(floors, out, 12));
    List<String> failures = result.failures(floors);
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Process test coverage is below its floor: " + String.join("; ", failures)
          + ". See the uncovered elements above and " + out.resolve("report.html"));
    }
  }

  private static double fraction(String value, String property) {
    double d = Double.parseDouble(value);
    if (d < 0 || d > 1) {
      throw new IllegalArgumentException(property + " must be between 0 and 1, not " + value);
    }
    return d;
  }

  /** The share of all elements of all processes together, and of each process, the suite must cover. */
  record Floors(double total, double process) {}

  /** One executable process of bpmn/: its elements (id to a readable label) and its XML. */
  record ProcessModel(String key, String file, Map<String, String> elements, String versionTag, String xml) {

    Model asModel() {
      return new Model(key, elements.size(), versionTag, xml);
    }
  }

  /**
   * The per-class reports of one database run (one folder under the reports folder), and the
   * element counts the library gave the bpmn/ processes in them when they differ from the file's.
   */
  record DatabaseRun(String database, List<Suite> suites, Set<String> countMismatches) {}

  /** Coverage of every process, from all runs together and from each database run. */
  record Result(List<ProcessModel> models, List<DatabaseRun> runs, Map<String, Set<String>> covered) {

    double total() {
      return ratio(covered.values().stream().mapToInt(Set::size).sum(),
          models.stream().mapToInt(m -> m.elements().size()).sum());
    }

    double of(ProcessModel model) {
      return ratio(covered.get(model.key()).size(), model.elements().size());
    }

    double of(DatabaseRun run) {
      Map<String, Set<String>> byRun = coveredBy(models, run.suites());
      return ratio(byRun.values().stream().mapToInt(Set::size).sum(),
          models.stream().mapToInt(m -> m.elements().size()).sum());
    }

    /** Why the gate fails, empty when it passes. */
    List<String> failures(Floors floors) {
      List<String> failures = new ArrayList<>();
      if (total() < floors.total()) {
        failures.add(String.format(Locale.ROOT, "all processes %s < %s (process-coverage.floor)", percent(total()),
            percent(floors.total())));
      }
      models.stream().filter(m -> of(m) < floors.process())
          .forEach(m -> failures.add(String.format(Locale.ROOT, "%s %s < %s (process-coverage.process-floor)", m.key(),
              percent(of(m)), percent(floors.process()))));
      return failures;
    }

    /** The summary, listing at most {@code listed} uncovered elements per process. */
    String summary(Floors floors, Path out, int listed) {
      StringBuilder text = new StringBuilder();
      int classes = runs.stream().mapToInt(r -> r.suites().size()).sum();
      text.append("## Process test coverage\n\n")
          .append(String.format(Locale.ROOT, "Flow nodes and sequence flows of the %d executable processes in bpmn/, "
              + "covered by %d test class reports (%s).%n%n", models.size(), classes,
              runs.stream().map(r -> r.database() + " " + percent(of(r))).collect(Collectors.joining(", "))))
          .append("| process | covered | elements | coverage |\n|---|---:|---:|---:|\n");
      for (ProcessModel model : models) {
        text.append(String.format(Locale.ROOT, "| %s | %d | %d | %s |%n", model.key(), covered.get(model.key()).size(),
            model.elements().size(), percent(of(model))));
      }
      text.append(String.format(Locale.ROOT, "| **all processes** | %d | %d | **%s** |%n%n",
          covered.values().stream().mapToInt(Set::size).sum(), models.stream().mapToInt(m -> m.elements().size()).sum(),
          percent(total())));
      List<String> failures = failures(floors);
      text.append(String.format(Locale.ROOT, "Floor: %s of all processes together, %s of each — %s.%n%n",
          percent(floors.total()), percent(floors.process()),
          failures.isEmpty() ? "passed" : "FAILED: " + String.join("; ", failures)));
      runs.stream().flatMap(r -> r.countMismatches().stream().map(m -> r.database() + ", " + m)).distinct()
          .forEach(m -> text.append("Note: the library counted another version of a model (a test deployed one?): ")
              .append(m).append("\n\n"));
      for (ProcessModel model : models) {
        List<String> missing = model.elements().entrySet().stream()
            .filter(e -> !covered.get(model.key()).contains(e.getKey()))
            .map(e -> "- `" + e.getKey() + "` " + e.getValue()).toList();
        if (!missing.isEmpty()) {
          text.append("Not covered in ").append(model.key()).append(":\n\n");
          missing.stream().limit(listed).forEach(line -> text.append(line).append('\n'));
          if (missing.size() > listed) {
            text.append("- … and ").append(missing.size() - listed).append(" more (").append(out.resolve("summary.md"))
                .append(")\n");
          }
          text.append('\n');
        }
      }
      text.append("Report: ").append(out.resolve("report.html")).append('\n');
      return text.toString();
    }

    /** The library's report over all processes and all runs, and the summary. */
    void write(Path out, Floors floors) throws IOException {
      String json = CoverageStateJsonExporter.createCoverageStateResult(
          runs.stream().flatMap(r -> r.suites().stream()).toList(),
          models.stream().map(ProcessModel::asModel).toList());
      CoverageReportUtil.writeReport(json, true, out.toFile(), "report.html", CoverageReportUtil::generateHtml);
      CoverageReportUtil.writeReport(json, false, out.toFile(), "report.json", s -> s);
      Files.writeString(out.resolve("summary.md"), summary(floors, out, Integer.MAX_VALUE), StandardCharsets.UTF_8);
    }
  }

  static Result measure(Path bpmn, Path reports) throws IOException {
    List<ProcessModel> models = models(bpmn);
    List<DatabaseRun> runs = runs(reports, models);
    if (runs.stream().allMatch(r -> r.suites().isEmpty())) {
      throw new IllegalStateException("No process coverage reports under " + reports + ": run the tests first"
          + " (mvn verify), or skip the gate with -Dprocess-coverage.skip=true");
    }
    List<Suite> all = runs.stream().flatMap(r -> r.suites().stream()).toList();
    return new Result(models, runs, coveredBy(models, all));
  }

  /** Every executable process of the .bpmn files, counted as ExecutionContextModelProvider counts. */
  static List<ProcessModel> models(Path folder) throws IOException {
    List<ProcessModel> models = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(file.toFile());
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        for (Process process : instance.getModelElementsByType(Process.class)) {
          if (!process.isExecutable()) {
            continue;
          }
          Map<String, String> elements = new TreeMap<>();
          Set<FlowNode> nodes = new HashSet<>();
          for (FlowNode node : instance.getModelElementsByType(FlowNode.class)) {
            if (process.equals(processOf(node))) {
              nodes.add(node);
              elements.put(node.getId(), node.getElementType().getTypeName() + label(node.getName()));
            }
          }
          for (SequenceFlow flow : instance.getModelElementsByType(SequenceFlow.class)) {
            if (nodes.contains(flow.getSource())) {
              elements.put(flow.getId(), "sequenceFlow " + flow.getSource().getId() + " → " + flow.getTarget().getId()
                  + label(flow.getName()));
            }
          }
          models.add(new ProcessModel(process.getId(), file.getFileName().toString(), elements,
              process.getCamundaVersionTag(), xml));
        }
      }
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("No executable process in " + folder);
    }
    return models;
  }

  private static Process processOf(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Process process) {
        return process;
      }
    }
    return null;
  }

  private static String label(String name) {
    return name == null || name.isBlank() ? "" : " “" + name.replaceAll("\\s+", " ").trim() + "”";
  }

  /**
   * The per-class reports of each database folder (reports/database/test class/report.json), each
   * suite named after its database too and keeping only the events of elements of bpmn/ processes,
   * once per element and event type in each run.
   */
  static List<DatabaseRun> runs(Path reports, List<ProcessModel> models) throws IOException {
    List<DatabaseRun> runs = new ArrayList<>();
    if (!Files.isDirectory(reports)) {
      return runs;
    }
    try (Stream<Path> databases = Files.list(reports)) {
      for (Path folder : databases.filter(Files::isDirectory).sorted().toList()) {
        String database = folder.getFileName().toString();
        if (database.equals(AGGREGATE)) {
          continue;
        }
        List<Suite> suites = new ArrayList<>();
        Set<String> mismatches = new TreeSet<>();
        try (Stream<Path> classes = Files.list(folder)) {
          for (Path json : classes.map(c -> c.resolve("report.json")).filter(Files::isRegularFile).sorted().toList()) {
            JsonObject report = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
            for (JsonElement suite : report.getAsJsonArray("suites")) {
              JsonObject s = suite.getAsJsonObject();
              s.addProperty("id", database + ": " + s.get("id").getAsString());
              s.addProperty("name", database + ": " + s.get("name").getAsString());
              for (JsonElement run : s.getAsJsonArray("runs")) {
                // the first event of each kind on each element is all the viewer and the gate need
                JsonArray kept = new JsonArray();
                Set<String> seen = new HashSet<>();
                for (JsonElement event : run.getAsJsonObject().getAsJsonArray("events")) {
                  JsonObject e = event.getAsJsonObject();
                  String model = e.get("modelKey").getAsString();
                  String element = e.get("definitionKey").getAsString();
                  if (counts(models, model, element) && seen.add(model + "/" + element + "/" + e.get("type").getAsString())) {
                    kept.add(e);
                  }
                }
                run.getAsJsonObject().add("events", kept);
              }
            }
            CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(report.toString());
            suites.addAll(result.getSuites());
            for (Model reported : result.getModels()) {
              models.stream().filter(m -> m.key().equals(reported.getKey())
                      && m.elements().size() != reported.getTotalElementCount())
                  .forEach(m -> mismatches.add(m.key() + ": " + reported.getTotalElementCount() + " in the engine, "
                      + m.elements().size() + " in " + m.file()));
            }
          }
        }
        runs.add(new DatabaseRun(database, suites, mismatches));
      }
    }
    return runs;
  }

  /** The distinct elements of each process that any run of the suites started or took. */
  static Map<String, Set<String>> coveredBy(List<ProcessModel> models, Collection<Suite> suites) {
    Map<String, Set<String>> covered = new LinkedHashMap<>();
    models.forEach(m -> covered.put(m.key(), new TreeSet<>()));
    for (Suite suite : suites) {
      for (Event event : suite.getEvents()) {
        if (counts(models, event.getModelKey(), event.getDefinitionKey())) {
          covered.get(event.getModelKey()).add(event.getDefinitionKey());
        }
      }
    }
    return covered;
  }

  /** An event of an element of a bpmn/ process (not of a model a test deployed for itself). */
  private static boolean counts(List<ProcessModel> models, String modelKey, String elementId) {
    return models.stream().anyMatch(m -> m.key().equals(modelKey) && m.elements().containsKey(elementId));
  }

  private static double ratio(int covered, int total) {
    return total == 0 ? 1 : (double) covered / total;
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
  }

  private ProcessCoverageGate() {}
}
