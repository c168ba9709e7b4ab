package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/**
 * The attacker's walk over every user task and every start form of every model in {@code bpmn/}
 * (the list comes from the models, so a new task is attacked without editing this test). Each task
 * is opened on its own instance; then an official of another unit, and the task's own official with
 * nothing but a login and the REST API, try to slip in variables named like every variable the
 * instance holds (identities, control flags, dates, counters), values of the wrong type and oversized
 * values, through {@code complete}, {@code submit-form} and {@code resolve}. Every attempt must be
 * refused, with nothing stored, no task of any unit changed and no record written.
 */
@MovementTest
class AttackerSuiteTest extends ScenarioSupport {

  /** Names no submission may carry, whatever the model: identities, control flags, dates, counters. */
  static final List<String> CONTROL_NAMES = List.of("unitId", "proposerUnitId", "proposingUnitId", "councilMember",
      "requester", "requesterUnit", "groupId", "year", "reportDue", "unitDue", "wardReportApproved", "reportedCount",
      "expectedCount", "planNumber", "decisionDue", "returnedCount", "underReviewCount", "eligibleCount", "cityPendingCount",
      "launchRecorded", "periodCurrent", "dutyDue", "roundKind", "wardSummary", "roundSummary", "proposalId");

  /** What the expressions of the models read, so that any task can be opened on an instance of its own. */
  static final Map<String, Object> FIXTURE = fixture();

  static final Pattern EXPRESSION_VARIABLE = Pattern.compile("\\$\\{!?([a-zA-Z][a-zA-Z0-9]*)\\}");
  static final Set<String> ATTACKED = new ConcurrentSkipListSet<>();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Http http;

  record Element(String processKey, String elementId, String formKey, File file) {
    @Override
    public String toString() {
      return processKey + "/" + elementId;
    }
  }

  @BeforeEach
  void client() {
    http = new Http(port);
    clockAt("2026-11-20T09:00:00+07:00");
  }

  static Stream<Element> everyUserTask() {
    return elements(UserTask.class);
  }

  static Stream<Element> everyStartForm() {
    return elements(StartEvent.class).filter(e -> e.formKey() != null);
  }

  // ------------------------------------------------------------------------------------------ tasks

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyUserTask")
  void noSubmissionToATaskCarriesMoreThanItsFormAndNoOtherUnitCanActOnIt(Element element) throws Exception {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceByKey(element.processKey())
        .setVariables(FIXTURE).startBeforeActivity(element.elementId()).execute(true, true);
    try {
      executeDueJobs(instance.getId());
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(element.elementId()).singleResult();
      assertThat(task).as("task opened for " + element).isNotNull();
      String own = ownOfficial(task);
      String outsider = outsiderOf(own);
      FormContract form = FormContractTest.form(element.formKey());

      Snapshot before = snapshot(instance);

      // another unit's official: no right to see, claim or complete the task
      for (String path : List.of("/complete", "/submit-form", "/resolve")) {
        Http.Response r = http.post("/engine-rest/task/" + task.getId() + path, "{\"variables\":{}}", outsider, "demo");
        assertThat(r.status()).as(outsider + path + " " + r.body()).isIn(403, 404);
      }
      assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + outsider + "\"}", outsider, "demo")
          .status()).as(outsider + " claims").isIn(403, 404);
      assertThat(snapshot(instance)).as("after the outsider").isEqualTo(before);

      // its own official claims it (as in Tasklist) and then tries every trick
      assertThat(http.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + own + "\"}", own, "demo").status())
          .as(own + " claims " + element).isIn(204, 403);
      boolean claimed = own.equals(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee());
      Snapshot claimedState = snapshot(instance);

      Set<String> extras = new LinkedHashSet<>(CONTROL_NAMES);
      extras.addAll(before.variableNames());
      extras.removeAll(form.fieldKeys());
      Map<String, Object> smuggled = new LinkedHashMap<>();
      for (String name : extras) {
        smuggled.put(name, Map.of("value", "tấn công"));
      }
      for (String path : List.of("/complete", "/submit-form", "/resolve")) {
        Http.Response r = http.post("/engine-rest/task/" + task.getId() + path, Http.json(Map.of("variables", smuggled)), own, "demo");
        assertThat(r.status()).as(element + path + " with smuggled variables: " + r.body()).isEqualTo(400);
        String message = r.json().get("message").asText();
        for (String name : extras) {
          assertThat(message).as(element + " names the smuggled field").contains("“" + name + "”");
        }
        // one forged identity or flag alone, typed as the real one would be
        for (String name : List.of("unitId", "councilMember", "wardReportApproved")) {
          if (!form.fieldKeys().contains(name)) {
            Object forged = name.equals("wardReportApproved") ? Map.of("value", true, "type", "Boolean") : Map.of("value", "vhxh");
            Http.Response one = http.post("/engine-rest/task/" + task.getId() + path,
                Http.json(Map.of("variables", Map.of(name, forged))), own, "demo");
            assertThat(one.status()).as(element + path + " forging " + name + ": " + one.body()).isEqualTo(400);
          }
        }
      }
      assertThat(snapshot(instance)).as(element + " after smuggling").isEqualTo(claimedState);

      // every declared field with a value of the wrong type, then every text field oversized
      Map<String, Object> wrongTypes = new LinkedHashMap<>();
      Map<String, Object> oversized = new LinkedHashMap<>();
      for (String key : form.fieldKeys()) {
        wrongTypes.put(key, wrongType(form, key));
        if (form.isText(key)) {
          oversized.put(key, Map.of("value", "x".repeat(4001)));
        }
      }
      for (Map<String, Object> attack : List.of(wrongTypes, oversized)) {
        if (attack.isEmpty()) {
          continue;
        }
        for (String path : List.of("/complete", "/submit-form")) {
          Http.Response r = http.post("/engine-rest/task/" + task.getId() + path, Http.json(Map.of("variables", attack)), own, "demo");
          assertThat(r.status()).as(element + path + " " + attack.keySet() + ": " + r.body()).isEqualTo(400);
          assertThat(r.json().get("message").asText()).as("a Vietnamese answer").isNotBlank().doesNotContain("Exception");
        }
      }
      Snapshot after = snapshot(instance);
      assertThat(after).as(element + " after every attack").isEqualTo(claimedState);
      assertThat(claimed || task.getAssignee() != null).as("the task is still " + own + "'s to do").isTrue();
      ATTACKED.add("task " + element);
    } finally {
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), "attacker suite", true, true);
    }
  }

  // ------------------------------------------------------------------------------------------ starts

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyStartForm")
  void noStartCarriesMoreThanItsFormNorABusinessKeyOfItsOwn(Element element) throws Exception {
    String starter = starterOf(element.processKey());
    FormContract form = FormContractTest.form(element.formKey());
    long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(element.processKey()).count();
    long recordsBefore = records();

    Set<String> extras = new LinkedHashSet<>(CONTROL_NAMES);
    extras.addAll(variablesOf(element.file()));
    extras.removeAll(form.fieldKeys());
    Map<String, Object> smuggled = new LinkedHashMap<>();
    extras.forEach(name -> smuggled.put(name, Map.of("value", "tấn công")));
    Map<String, Object> wrongTypes = new LinkedHashMap<>();
    Map<String, Object> oversized = new LinkedHashMap<>();
    for (String key : form.fieldKeys()) {
      wrongTypes.put(key, wrongType(form, key));
      if (form.isText(key)) {
        oversized.put(key, Map.of("value", "x".repeat(4001)));
      }
    }
    String base = "/engine-rest/process-definition/key/" + element.processKey();
    for (String path : List.of("/start", "/submit-form")) {
      Http.Response r = http.post(base + path, Http.json(Map.of("variables", smuggled)), starter, starter.equals("admin") ? "test-admin" : "demo");
      assertThat(r.status()).as(element + path + " smuggled: " + r.body()).isEqualTo(400);
      for (String name : extras) {
        assertThat(r.json().get("message").asText()).contains("“" + name + "”");
      }
      for (Map<String, Object> attack : List.of(wrongTypes, oversized)) {
        if (!attack.isEmpty()) {
          Http.Response a = http.post(base + path, Http.json(Map.of("variables", attack)), starter,
              starter.equals("admin") ? "test-admin" : "demo");
          assertThat(a.status()).as(element + path + " " + attack.keySet() + ": " + a.body()).isEqualTo(400);
        }
      }
    }
    if (!starter.equals("admin")) {
      // the business key is the application's: an official cannot choose one
      Http.Response keyed = http.post(base + "/submit-form", Http.json(Map.of("businessKey", "PHONGTRAO-2026-2030",
          "variables", Map.of())), starter, "demo");
      assertThat(keyed.status()).as(keyed.body()).isEqualTo(400);
      assertThat(keyed.json().get("message").asText()).contains("Mã hồ sơ do hệ thống cấp");
    }
    // someone who may not start it at all
    Http.Response outsider = http.post(base + "/submit-form", Http.json(Map.of("variables", Map.of())), "totruong.07", "demo");
    assertThat(outsider.status()).as(outsider.body()).isIn(400, 403);
    if (!element.processKey().equals("plan-adjustment")) {
      assertThat(outsider.status()).isEqualTo(403);
    }

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(element.processKey()).count())
        .as("no instance of " + element.processKey() + " was created").isEqualTo(instancesBefore);
    assertThat(records()).as("no record written").isEqualTo(recordsBefore);
    ATTACKED.add("start " + element);
  }

  // ------------------------------------------------------------------------------------------ coverage

  @Test
  void theModelsInBpmnAreTheDeployedOnes() {
    Set<String> fromFiles = everyUserTask().map(Element::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    Set<String> deployed = new java.util.TreeSet<>();
    for (var definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      model.getModelElementsByType(UserTask.class).forEach(t -> deployed.add(definition.getKey() + "/" + t.getId()));
    }
    assertThat(fromFiles).isEqualTo(deployed);
  }

  @AfterAll
  static void everyTaskAndStartFormWasAttacked() {
    Set<String> all = new java.util.TreeSet<>();
    everyUserTask().forEach(e -> all.add("task " + e));
    everyStartForm().forEach(e -> all.add("start " + e));
    System.out.printf("Attacker suite: %d of %d user tasks and start forms attacked%n", ATTACKED.size(), all.size());
    if (!ATTACKED.isEmpty()) { // not when a single test was selected
      assertThat(ATTACKED).as("attacked").containsExactlyInAnyOrderElementsOf(all);
    }
  }

  // ------------------------------------------------------------------------------------------ helpers

  record Snapshot(Map<String, String> variables, Map<String, String> openTasks, long records) {
    Set<String> variableNames() {
      return variables.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).collect(Collectors.toSet());
    }
  }

  /** The instance's variables, every open task of the ward (assignee, due date) and the application's records. */
  Snapshot snapshot(ProcessInstance instance) {
    Map<String, String> variables = new TreeMap<>();
    for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .disableCustomObjectDeserialization().list()) {
      variables.put(v.getExecutionId() + "/" + v.getTaskId() + "|" + v.getName(), v.getTypeName() + ":" + valueText(v));
    }
    Map<String, String> tasks = new TreeMap<>();
    for (Task t : engine.getTaskService().createTaskQuery().list()) {
      tasks.put(t.getId(), t.getAssignee() + "|" + t.getDueDate() + "|" + t.getFollowUpDate() + "|" + t.getName());
    }
    return new Snapshot(variables, tasks, records());
  }

  static String valueText(VariableInstance v) {
    var typed = v.getTypedValue();
    if (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return String.valueOf(typed.getValue());
  }

  long records() {
    long total = 0;
    for (String table : List.of("unit_report", "ward_report", "commendation_proposal", "commendation_state_change",
        "commendation_vote", "evidence_file")) {
      total += jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
    return total;
  }

  String ownOfficial(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() != null) {
        return engine.getIdentityService().createUserQuery().memberOfGroup(link.getGroupId()).orderByUserId().asc()
            .listPage(0, 1).get(0).getId();
      }
    }
    throw new AssertionError("task " + task.getTaskDefinitionKey() + " is routed to nobody");
  }

  String outsiderOf(String own) {
    Set<String> ownGroups = engine.getIdentityService().createGroupQuery().groupMember(own).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    for (String candidate : List.of("hoidong.02", "canbo.ttdvsnc", "canbo.vp", "totruong.07")) {
      Set<String> groups = engine.getIdentityService().createGroupQuery().groupMember(candidate).list().stream()
          .map(Group::getId).collect(Collectors.toSet());
      if (!candidate.equals(own) && groups.stream().noneMatch(ownGroups::contains)) {
        return candidate;
      }
    }
    throw new AssertionError("no outsider for " + own);
  }

  /** An official who may start the process (an administrator when no unit may). */
  String starterOf(String processKey) {
    for (String user : List.of("canbo.vp", "canbo.vhxh")) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      if (engine.getAuthorizationService().isUserAuthorized(user, groups, Permissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, processKey)) {
        return user;
      }
    }
    return "admin";
  }

  static Object wrongType(FormContract form, String key) {
    if (form.isText(key)) {
      return Map.of("value", 12345, "type", "Integer");
    }
    if (form.isList(key)) {
      return Map.of("value", "không phải danh sách");
    }
    return Map.of("value", Map.of("gì", "đó").toString() + "[]{}");
  }

  static Set<String> variablesOf(File file) {
    Set<String> names = new LinkedHashSet<>();
    try {
      Matcher m = EXPRESSION_VARIABLE.matcher(java.nio.file.Files.readString(file.toPath()));
      while (m.find()) {
        names.add(m.group(1));
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  static <T extends org.camunda.bpm.model.bpmn.instance.FlowNode> Stream<Element> elements(Class<T> type) {
    List<Element> found = new ArrayList<>();
    File[] files = new File("bpmn").listFiles((d, n) -> n.endsWith(".bpmn"));
    java.util.Arrays.sort(files);
    for (File file : files) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (Process process : model.getModelElementsByType(Process.class)) {
        for (T node : deep(process, type)) {
          String formKey = node instanceof UserTask u ? u.getCamundaFormRef() : ((StartEvent) node).getCamundaFormRef();
          if (node instanceof StartEvent && node.getParentElement() != process) {
            continue; // start events of sub-processes have no form
          }
          if (formKey != null && formKey.startsWith("${")) {
            formKey = "annual-report-unit"; // the unit report form of the fixture's unit (reportFormId)
          }
          found.add(new Element(process.getId(), node.getId(), formKey, file));
        }
      }
    }
    return found.stream();
  }

  static <T extends org.camunda.bpm.model.bpmn.instance.FlowNode> List<T> deep(Process process, Class<T> type) {
    return process.getModelInstance().getModelElementsByType(type).stream()
        .filter(n -> ancestorProcess(n) == process).toList();
  }

  static Process ancestorProcess(org.camunda.bpm.model.xml.instance.ModelElementInstance node) {
    var parent = node.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  static Map<String, Object> fixture() {
    Date due = Date.from(java.time.OffsetDateTime.parse("2026-11-30T17:00:00+07:00").toInstant());
    Date later = Date.from(java.time.OffsetDateTime.parse("2027-02-28T17:00:00+07:00").toInstant());
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("year", 2026);
    f.put("unitId", "kthtdt");
    f.put("unitName", "Phòng Kinh tế, Hạ tầng và Đô thị");
    f.put("unitKind", "UNIT");
    f.put("reportFormId", "annual-report-unit");
    f.put("foldsResidentialReports", false);
    f.put("reportDueText", "17:00 ngày 30/11/2026");
    for (String name : List.of("reportDue", "unitDue", "residentialDue", "cityDue", "windowOpens", "proposalsDue",
        "correctionDue", "voteDue", "decisionDue", "dutyDue", "interimReviewDue", "finalReviewDue", "launchDue")) {
      f.put(name, due);
    }
    f.put("cityAnswerReminderAt", later);
    f.put("wardReportApproved", false);
    f.put("reportedCount", 0);
    f.put("expectedCount", 26);
    f.put("proposerUnitId", "kthtdt");
    f.put("proposingUnitId", "kthtdt");
    f.put("councilMember", "hoidong.01");
    f.put("groupId", "tdp-03");
    f.put("roundKind", "annual");
    f.put("roundLabel", "Khen thưởng hằng năm, năm 2026");
    f.put("periodLabel", "quý IV/2026");
    f.put("periodCurrent", true);
    f.put("launchRecorded", false);
    f.put("returnedCount", 0);
    f.put("underReviewCount", 0);
    f.put("eligibleCount", 0);
    f.put("cityPendingCount", 0);
    f.put("wardSummary", "#### Tổng hợp");
    f.put("roundSummary", "#### Đợt khen thưởng");
    f.put("reviewSummary", "#### Sơ kết");
    f.put("reviewKind", "interim");
    f.put("requester", "canbo.vp");
    return f;
  }
}
