package vn.viethoa.movement.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules every model and form must keep, checked on the files in bpmn/ and forms/ so that a
 * broken reference fails the build instead of Tasklist.
 */
class ModelConventionsTest {

  static final Path BPMN = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");
  static final Pattern ID = Pattern.compile(
      "^(StartEvent|EndEvent|Task|Gateway|Flow|Timer|Event|Boundary|Activity|CallActivity|SubProcess)_[A-Za-z0-9]+$");

  static List<Path> files(Path dir, String ext) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }

  static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path form : files(FORMS, ".form")) {
      ids.add(new ObjectMapper().readTree(form.toFile()).path("id").asText());
    }
    return ids;
  }

  @Test
  void everyFormIdIsItsFileName() throws IOException {
    for (Path form : files(FORMS, ".form")) {
      JsonNode json = new ObjectMapper().readTree(form.toFile());
      String fileName = form.getFileName().toString().replace(".form", "");
      assertThat(json.path("id").asText()).as(form.toString()).isEqualTo(fileName);
      assertThat(json.path("components").isArray()).as(form + " has components").isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyProcessModelKeepsTheRules() throws IOException {
    Set<String> forms = formIds();
    List<Path> models = files(BPMN, ".bpmn");
    assertThat(models).isNotEmpty();
    return models.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> check(path, forms)));
  }

  private void check(Path path, Set<String> forms) {
    BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
    Bpmn.validateModel(model);
    List<String> problems = new ArrayList<>();
    var processes = model.getModelElementsByType(Process.class);
    String fileName = path.getFileName().toString().replace(".bpmn", "");
    assertThat(processes).as("one process per file").hasSize(1);
    Process process = processes.iterator().next();
    if (!process.getId().equals(fileName)) {
      problems.add("process id " + process.getId() + " differs from file name");
    }
    if (process.getCamundaHistoryTimeToLiveString() == null) {
      problems.add("no historyTimeToLive");
    }
    if (process.getName() == null || process.getName().isBlank()) {
      problems.add("process has no (Vietnamese) name");
    }
    Set<String> drawn = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!drawn.contains(node.getId())) {
        problems.add(node.getId() + " has no diagram shape");
      }
      if (node.getName() == null || node.getName().isBlank()) {
        problems.add(node.getId() + " has no name");
      }
      checkId(node, problems);
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!drawn.contains(flow.getId())) {
        problems.add(flow.getId() + " has no diagram edge");
      }
      checkId(flow, problems);
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      checkFormRef(task, task.getAttributeValueNs(CAMUNDA, "formRef"), task.getAttributeValueNs(CAMUNDA, "formRefBinding"), forms, problems);
      if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
        problems.add(task.getId() + " is routed to nobody");
      }
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String ref = start.getAttributeValueNs(CAMUNDA, "formRef");
      if (ref != null) {
        checkFormRef(start, ref, start.getAttributeValueNs(CAMUNDA, "formRefBinding"), forms, problems);
      }
    }
    for (ModelElementInstance element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getAttributeValueNs(CAMUNDA, "class") != null) {
        problems.add(((BaseElement) element).getId() + " uses camunda:class; wire Spring beans by delegateExpression");
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      if (task.getCamundaDelegateExpression() == null) {
        problems.add(task.getId() + " has no delegateExpression");
      }
    }
    assertThat(problems).as(path.toString()).isEmpty();
  }

  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  private static void checkFormRef(BaseElement element, String ref, String binding, Set<String> forms, List<String> problems) {
    if (ref == null) {
      problems.add(element.getId() + " has no camunda:formRef");
      return;
    }
    if (ref.startsWith("${")) {
      // chosen at run time (e.g. by the unit's kind); DeployedModelsTest checks the possible values
    } else if (!forms.contains(ref)) {
      problems.add(element.getId() + " names form '" + ref + "' which is not in forms/");
    }
    if (!"deployment".equals(binding)) {
      problems.add(element.getId() + " should bind its form to the deployment");
    }
  }

  private static void checkId(BaseElement element, List<String> problems) {
    if (!ID.matcher(element.getId()).matches()) {
      problems.add(element.getId() + " does not say what it is (e.g. Task_SubmitReport, Timer_ReminderBeforeDue)");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyDecisionModelKeepsTheRules() throws IOException {
    return files(BPMN, ".dmn").stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
      DmnModelInstance model = Dmn.readModelFromFile(path.toFile());
      Dmn.validateModel(model);
      var decisions = model.getModelElementsByType(Decision.class);
      assertThat(decisions).as("one decision per file").hasSize(1);
      Decision decision = decisions.iterator().next();
      assertThat(decision.getId()).as("decision id = file name").isEqualTo(path.getFileName().toString().replace(".dmn", ""));
      assertThat(decision.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotNull();
      assertThat(decision.getName()).as("Vietnamese name").isNotBlank();
      for (Rule rule : model.getModelElementsByType(Rule.class)) {
        assertThat(rule.getDescription()).as(rule.getId() + " says which wording of the plan it encodes").isNotNull();
      }
    }));
  }

  @Test
  void modelsFolderHoldsOnlyModels() {
    File[] files = BPMN.toFile().listFiles();
    assertThat(files).isNotNull();
    for (File f : files) {
      assertThat(f.getName()).matches(".*\\.(bpmn|dmn)$");
    }
  }
}
