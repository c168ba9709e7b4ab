package vn.viethoa.movement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.CommendationRounds;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.commendation.ProposalRepository;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.ReportValidator;
import vn.viethoa.movement.reporting.WardReportRepository;
import vn.viethoa.movement.validation.FormInput;

/** Steps of a commendation round as the people of the plan take them, on a ward with no round under way. */
public abstract class CommendationScenario extends ScenarioSupport {

  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected ProposalRepository register;
  @Autowired protected ReportRepository reports;
  @Autowired protected ReportValidator reportValidator;
  @Autowired protected WardReportRepository wardReports;
  @Autowired protected Organisation organisation;
  @Autowired protected CommendationRounds rounds;
  @Autowired protected PlanClock clock;

  public static final List<String> COUNCIL = List.of("chutich", "hoidong.01", "hoidong.02");

  /**
   * No movement, round or city-answer tracking under way, and no round held before: a movement another
   * test left running opens rounds itself and refuses manual starts, and a round is held once per year
   * and kind. Also used by the browser tests that open a round of their own.
   */
  public static void forgetRounds(org.camunda.bpm.engine.ProcessEngine engine, org.springframework.jdbc.core.JdbcTemplate jdbc) {
    for (String key : List.of(vn.viethoa.movement.lifecycle.MovementProcess.KEY, CommendationRoundProcess.KEY,
        vn.viethoa.movement.commendation.CityAnswersProcess.KEY)) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    }
    List<String> held = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(CommendationRoundProcess.KEY).list().stream().map(h -> h.getId()).toList();
    if (!held.isEmpty()) {
      engine.getHistoryService().deleteHistoricProcessInstancesIfExists(held);
    }
    jdbc.update("delete from commendation_vote");
    jdbc.update("delete from commendation_state_change");
    jdbc.update("delete from commendation_proposal");
  }

  @BeforeEach
  void noRoundUnderWay() {
    forgetRounds(engine, jdbc);
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    jdbc.update("delete from unit_report");
    jdbc.update("delete from ward_report");
    jdbc.update("delete from issued_document");
  }

  /** A unit's (or residential group's) annual report of a year as stored, validated like a submission. */
  protected void reportOf(int year, String unitId, Map<String, Object> values) {
    var unit = organisation.get(unitId);
    reports.insert(reportValidator.read(FormInput.of(values), unit, year), ReportingFixtures.officialOf(unitId),
        clock.nowOffset(), false, null, null);
  }

  /** Leadership approved the year's ward report: an annual round may open. */
  protected void reportApproved(int year) {
    wardReports.open(year, null, clock.nowOffset());
    wardReports.approved(year, "chutich", clock.nowOffset());
  }

  protected ProcessInstance startRound(int year, RoundKind kind) {
    ProcessInstance instance = rounds.start(year, kind);
    executeDueJobs(instance.getId());
    return instance;
  }

  /** Claims and submits a task as the user, as Tasklist does, then runs what became due. */
  protected void submit(String user, ProcessInstance instance, Task task, Map<String, Object> values) {
    actAs(user);
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeDueJobs(instance.getId());
  }

  /** The unit's official submits its list of proposals. */
  protected void propose(ProcessInstance instance, String unitId, List<Map<String, Object>> proposals) {
    Task task = taskOf(instance, CommendationRoundProcess.Elements.TASK_PROPOSE, unitId);
    submit(ReportingFixtures.officialOf(unitId), instance, task, Map.of(CommendationRoundProcess.PROPOSALS, proposals));
  }

  /** The proposal window's deadline passes: units that did not answer lose their task. */
  protected void proposalWindowCloses(ProcessInstance instance) {
    java.util.Date due = (java.util.Date) engine.getRuntimeService().getVariable(instance.getId(), "proposalsDue");
    clockAt(due.toInstant().plusSeconds(60).atOffset(java.time.ZoneOffset.ofHours(7)).toString());
    executeDueJobs(instance.getId());
  }

  /** The task's list variable as the form shows it. */
  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> listOf(Task task, String variable) {
    Object value = engine.getTaskService().getVariable(task.getId(), variable);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(value.toString(), List.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fills the editable fields of every entry of a task's list, as the official would on the form. */
  protected List<Map<String, Object>> fill(Task task, String variable, Function<Map<String, Object>, Map<String, Object>> answer) {
    List<Map<String, Object>> filled = new ArrayList<>();
    for (Map<String, Object> item : listOf(task, variable)) {
      Map<String, Object> entry = new HashMap<>(item);
      entry.putAll(answer.apply(item));
      filled.add(entry);
    }
    return filled;
  }

  /** The lead unit receives every proposal, or returns those the function gives a note for. */
  protected void compile(ProcessInstance instance, Function<Map<String, Object>, String> returnNote) {
    Task task = taskOf(instance, CommendationRoundProcess.Elements.TASK_COMPILE, "vhxh");
    submit("canbo.vhxh", instance, task, Map.of(CommendationRoundProcess.REVIEWS, fill(task, CommendationRoundProcess.REVIEWS, item -> {
      String note = returnNote.apply(item);
      Map<String, Object> a = new HashMap<>();
      a.put("action", note == null ? "receive" : "return");
      a.put("returnNote", note);
      return a;
    })));
  }

  protected void compileReceivingAll(ProcessInstance instance) {
    compile(instance, item -> null);
  }

  /** A council member votes for or against each proposal. */
  protected void vote(ProcessInstance instance, String member, Function<Map<String, Object>, Boolean> inFavour) {
    List<Task> mine = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(CommendationRoundProcess.Elements.TASK_VOTE).taskAssignee(member).list();
    assertThat(mine).as("ballot of " + member).hasSize(1);
    submit(member, instance, mine.get(0), Map.of(CommendationRoundProcess.VOTES, fill(mine.get(0), CommendationRoundProcess.VOTES,
        item -> Map.of("vote", inFavour.apply(item) ? "for" : "against"))));
  }

  protected void everyMemberVotesFor(ProcessInstance instance) {
    for (String member : COUNCIL) {
      vote(instance, member, item -> true);
    }
  }

  /** Leadership approves every eligible proposal under the given documents. */
  protected void leadershipApprovesAll(ProcessInstance instance, Map<String, Object> documents) {
    Task task = tasks(instance, CommendationRoundProcess.Elements.TASK_DECIDE).get(0);
    Map<String, Object> values = new HashMap<>(documents);
    values.put(CommendationRoundProcess.DECISIONS, fill(task, CommendationRoundProcess.DECISIONS, item -> Map.of("decision", "approve")));
    submit("chutich", instance, task, values);
  }

  protected Proposal proposalOf(ProcessInstance instance, String candidateName) {
    return register.ofRound(instance.getBusinessKey()).stream().filter(p -> p.candidateName().equals(candidateName))
        .findFirst().orElseThrow(() -> new AssertionError("no proposal for " + candidateName));
  }

  protected static long idOf(Map<String, Object> item) {
    return ((Number) item.get("proposalId")).longValue();
  }

  protected static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** A proposal entry as an official fills it in. */
  public static Map<String, Object> proposal(String type, String unitId, String name, String form) {
    Map<String, Object> p = new HashMap<>();
    p.put("candidateType", type);
    p.put("candidateUnitId", unitId);
    if (name != null) {
      p.put("candidateName", name);
    }
    p.put("formSought", form);
    if (!form.equals("giay_khen")) {
      // the city's forms are for candidates the unit declares "tiêu biểu, xuất sắc" (III.2)
      p.put("exemplary", true);
    }
    p.put("achievements", "Dẫn đầu phong trào chuyển đổi số của phường năm qua.");
    return p;
  }

  public static Map<String, Object> individual(String unitId, String name, String position, String form) {
    Map<String, Object> p = proposal("individual", unitId, name, form);
    p.put("candidatePosition", position);
    p.put("excellentCompletion", true);
    p.put("activeDigitalUse", true);
    p.put("appliedInitiatives", 1L);
    p.put("initiatives", "Số hoá sổ theo dõi hồ sơ một cửa.");
    p.put("initiativeEffect", "Giảm 30% thời gian tra cứu hồ sơ.");
    return p;
  }

  public static Map<String, Object> household(String groupId, String head, long skillsClasses) {
    Map<String, Object> p = proposal("household", groupId, head, "giay_khen");
    p.put("skillsClasses", skillsClasses);
    p.put("greenLiving", true);
    p.put("energySaving", true);
    return p;
  }
}
