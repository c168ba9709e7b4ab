package vn.viethoa.movement.support;

import static vn.viethoa.movement.support.ReportingFixtures.officialOf;
import static vn.viethoa.movement.support.ReportingFixtures.residentialReport;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.viethoa.movement.adjustment.PlanAdjustmentProcess;
import vn.viethoa.movement.commendation.CityAnswersProcess;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.lifecycle.MovementRecords;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * Lives the movement from its launch in January 2026 to 2031 at a human pace drawn from a seed:
 * each step done the same day or weeks later, some units and residential groups reporting late or
 * never, rounds straddling the new year, the city answering months later or never, the Front asking
 * for an adjustment, tasks claimed and handed back. Then checks the plan's invariants. A failing
 * seed replays the same run ({@code -Dsimulation.seed=…}).
 */
public abstract class FiveYearSimulation extends CommendationScenario {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final List<String> KEYS = List.of(MovementProcess.KEY, AnnualReportingProcess.KEY, CommendationRoundProcess.KEY,
      CityAnswersProcess.KEY, PlanAdjustmentProcess.KEY);
  static final Instant END = Instant.parse("2031-06-30T00:00:00Z");

  /** What one run saw: the seed, the broken invariants (none when it passed), the time it took. */
  public record Outcome(long seed, List<String> violations, long millis, int steps) {
    public boolean passed() {
      return violations.isEmpty();
    }
  }

  /** When each open task will be acted on (absent: not drawn yet; null: never). */
  private final Map<String, Instant> agenda = new HashMap<>();
  private Random pace;
  private int steps;
  private String lastStep;

  protected void resetWorld() {
    for (String key : KEYS) {
      engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "simulation reset", true, true));
    }
    engine.getRuntimeService().createProcessInstanceQuery().list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "simulation reset", true, true));
    List<String> past = engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream().map(h -> h.getId()).toList();
    if (!past.isEmpty()) {
      engine.getHistoryService().deleteHistoricProcessInstancesIfExists(past);
    }
    jdbc.update("delete from commendation_vote");
    jdbc.update("delete from commendation_state_change");
    jdbc.update("delete from commendation_proposal");
    jdbc.update("delete from unit_report");
    jdbc.update("delete from ward_report");
    jdbc.update("delete from movement_record");
    agenda.clear();
    steps = 0;
  }

  public Outcome live(long seed) {
    long started = System.nanoTime();
    resetWorld();
    pace = new Random(seed);
    List<String> violations = new ArrayList<>();
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-05T02:00:00Z")));
      String movementId = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, Map.of()).getId();
      while (true) {
        runDueJobs();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant next = null;
        for (Task task : openTasks()) {
          if (!agenda.containsKey(task.getId())) {
            agenda.put(task.getId(), draw(task, now));
          }
          Instant at = agenda.get(task.getId());
          if (at != null && (next == null || at.isBefore(next))) {
            next = at;
          }
        }
        Job job = engine.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().list().stream()
            .filter(j -> j.getProcessDefinitionKey() != null && KEYS.contains(j.getProcessDefinitionKey())).findFirst().orElse(null);
        if (job != null && (next == null || job.getDuedate().toInstant().isBefore(next))) {
          next = job.getDuedate().toInstant();
        }
        boolean movementRunning = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(movementId).count() > 0;
        if (next == null || next.isAfter(END) || (!movementRunning && next.isAfter(Instant.parse("2031-03-01T00:00:00Z")))) {
          break;
        }
        if (next.isAfter(now)) {
          // a second after the due time, as the job executor runs it (run exactly at its due time, an
          // ended timer cycle computes the same due date again)
          ClockUtil.setCurrentTime(Date.from(next.plusSeconds(1)));
        }
        runDueJobs();
        Instant at = ClockUtil.getCurrentTime().toInstant();
        for (Task task : openTasks()) {
          Instant due = agenda.get(task.getId());
          if (due != null && !due.isAfter(at)) {
            act(task);
            agenda.remove(task.getId());
            runDueJobs();
          }
        }
      }
      violations.addAll(invariants(movementId));
    } catch (RuntimeException | AssertionError e) {
      StackTraceElement at = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().contains("FiveYear"))
          .findFirst().orElse(null);
      violations.add("run stopped at " + ClockUtil.getCurrentTime().toInstant() + " (" + lastStep + "): " + e + " at " + at);
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
    return new Outcome(seed, violations, (System.nanoTime() - started) / 1_000_000, steps);
  }

  private List<Task> openTasks() {
    List<Task> all = new ArrayList<>();
    for (String key : KEYS) {
      all.addAll(engine.getTaskService().createTaskQuery().processDefinitionKey(key).list());
    }
    return all;
  }

  private void runDueJobs() {
    for (int round = 0; round < 500; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> j.getProcessDefinitionKey() != null && KEYS.contains(j.getProcessDefinitionKey())).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job j : due) {
        engine.getManagementService().executeJob(j.getId());
      }
    }
    throw new AssertionError("jobs keep coming: " + engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(j -> j.getProcessDefinitionKey() != null && KEYS.contains(j.getProcessDefinitionKey()))
        .map(j -> j.getProcessDefinitionKey() + "@" + j.getDuedate() + " "
            + ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerType() + " "
            + ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerConfigurationRaw()
            + (j instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity t ? " " + t.getRepeat() : ""))
        .distinct().toList());
  }

  /** A human pace: mostly within days, sometimes weeks late, some things never. */
  private Instant draw(Task task, Instant now) {
    String key = task.getTaskDefinitionKey();
    double r = pace.nextDouble();
    if (key.equals(CityAnswersProcess.Elements.TASK_CITY_ANSWER)) {
      return r < 0.25 ? null : now.plus(Duration.ofDays(30 + pace.nextInt(150)));
    }
    if (key.equals(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT) || key.equals(MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT)
        || key.equals(CommendationRoundProcess.Elements.TASK_PROPOSE) || key.equals(CommendationRoundProcess.Elements.TASK_VOTE)) {
      if (r < 0.08) {
        return null; // never: the deadline's timer goes on without them
      }
    }
    if (key.equals("Task_UpdateUnitReport")) {
      return null; // units seldom revise; approval closes it
    }
    int days = r < 0.6 ? pace.nextInt(4) : r < 0.9 ? 4 + pace.nextInt(14) : 18 + pace.nextInt(40);
    return now.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(30 + pace.nextInt(400)));
  }

  private String actorOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId())
        .findFirst().orElseThrow(() -> new AssertionError("no group for " + task.getTaskDefinitionKey()));
    return group.equals("lanhdao") ? "chutich" : officialOf(group);
  }

  private void act(Task task) {
    lastStep = task.getTaskDefinitionKey() + " " + task.getProcessInstanceId();
    String user = actorOf(task);
    Map<String, Object> values = valuesFor(task, user);
    if (values == null) {
      return;
    }
    actAs(user);
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
        if (pace.nextDouble() < 0.1) {
          // claimed, then handed back and picked up again later the same day
          engine.getTaskService().setAssignee(task.getId(), null);
          engine.getTaskService().claim(task.getId(), user);
        }
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
      steps++;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), VIETNAM).toString();
  }

  private Map<String, Object> valuesFor(Task task, String user) {
    Map<String, Object> done = Map.of("disseminationResult", "Đã triển khai.", "sessionsHeld", 2L, "peopleReached", 300L);
    String n = String.valueOf(10 + pace.nextInt(80));
    return switch (task.getTaskDefinitionKey()) {
      case MovementProcess.Elements.TASK_DRAFT_PLAN -> Map.of("draftSummary", "Dự thảo kế hoạch 2026 - 2030.");
      case MovementProcess.Elements.TASK_APPROVE_AND_LAUNCH -> Map.of("planNumber", "45/KH-UBND", "planIssuedOn", today(), "launchedOn", today());
      case MovementProcess.Elements.TASK_PUBLICIZE, MovementProcess.Elements.TASK_MOBILISE_BUSINESSES, MovementProcess.Elements.TASK_WRITE_NEWS,
          MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS -> done;
      case MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT -> Map.of("periodResult", "Đã triển khai trong tổ.", "periodDifficulties", "");
      case MovementProcess.Elements.TASK_COMPILE_PERIODIC_REPORTS -> Map.of("periodSummary", "Tổng hợp các báo cáo đã nhận.");
      case MovementProcess.Elements.TASK_SATISFACTION_SURVEY -> Map.of("respondents", 300L, "satisfiedRate", 90.5, "surveyNotes", "");
      case MovementProcess.Elements.TASK_SUPERVISION_REPORT -> Map.of("supervisionFindings", "Các tổ triển khai đúng kế hoạch.",
          "supervisionDifficulties", "Thiếu người hướng dẫn.", "adjustmentNeeded", pace.nextDouble() < 0.3);
      case MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW, MovementProcess.Elements.TASK_PREPARE_FINAL_REVIEW ->
          Map.of("reviewAssessment", "Phong trào đạt kết quả tốt.");
      case MovementProcess.Elements.TASK_HOLD_INTERIM_CONFERENCE, MovementProcess.Elements.TASK_HOLD_FINAL_CONFERENCE ->
          Map.of("conferenceDate", today(), "participants", 120L);
      case MovementProcess.Elements.TASK_SEND_INTERIM_RESULT, MovementProcess.Elements.TASK_SEND_FINAL_RESULT,
          AnnualReportingProcess.Elements.TASK_SUBMIT_TO_CITY -> Map.of("cityDocumentNumber", n + "/BC-UBND", "citySubmittedOn", today());
      case AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT -> switch ((String) engine.getTaskService().getVariable(task.getId(), "reportFormId")) {
        case AnnualReportingProcess.RESIDENTIAL_FORM -> residentialReport(100, 100);
        case AnnualReportingProcess.FRONT_FORM -> ReportingFixtures.frontReport();
        default -> unitReport(10, 1);
      };
      case AnnualReportingProcess.Elements.TASK_AGGREGATE -> Map.of("assessment", "Hoàn thành các chỉ tiêu của năm.");
      case AnnualReportingProcess.Elements.TASK_APPROVE -> Map.of("decision", "approved");
      case CommendationRoundProcess.Elements.TASK_PROPOSE -> {
        String unit = (String) engine.getTaskService().getVariable(task.getId(), "proposerUnitId");
        boolean review = !"annual".equals(engine.getTaskService().getVariable(task.getId(), "roundKind"));
        if (unit == null || unit.startsWith("tdp-") || pace.nextDouble() < 0.5) {
          yield Map.of("proposals", List.of());
        }
        yield Map.of("proposals", List.of(proposal("collective", unit, null, review && pace.nextBoolean() ? "bang_khen" : "giay_khen")));
      }
      case CommendationRoundProcess.Elements.TASK_COMPILE -> Map.of(CommendationRoundProcess.REVIEWS,
          fill(task, CommendationRoundProcess.REVIEWS, item -> Map.of("action", "receive")));
      case CommendationRoundProcess.Elements.TASK_VOTE -> Map.of(CommendationRoundProcess.VOTES,
          fill(task, CommendationRoundProcess.VOTES, item -> Map.of("vote", "for")));
      case CommendationRoundProcess.Elements.TASK_DECIDE -> {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(CommendationRoundProcess.DECISIONS, fill(task, CommendationRoundProcess.DECISIONS, item -> Map.of("decision", "approve")));
        v.put("wardDecisionNumber", n + "/QĐ-UBND");
        v.put("wardDecisionDate", today());
        v.put("cityDossierNumber", n + "/TTr-UBND");
        v.put("cityDossierDate", today());
        yield v;
      }
      case CityAnswersProcess.Elements.TASK_CITY_ANSWER -> Map.of("cityAnswers", fill(task, "cityAnswers", item -> Map.of(
          "outcome", "commended", "decisionNumber", n + "/QĐ-UBND", "decisionDate", today())));
      case "Task_DecideAdjustment" -> Map.of("decision", "approved", "decisionNote", "Đồng ý phối hợp điều chỉnh.",
          "decisionDocument", n + "/UBND-VP");
      default -> throw new AssertionError("the simulation does not know " + task.getTaskDefinitionKey());
    };
  }

  /** The plan's invariants after a run. */
  List<String> invariants(String movementId) {
    List<String> broken = new ArrayList<>();
    var history = engine.getHistoryService();
    if (history.createHistoricProcessInstanceQuery().processInstanceId(movementId).finished().count() != 1) {
      broken.add("the movement did not end; waiting at " + engine.getRuntimeService().getActiveActivityIds(movementId));
    }
    for (String review : List.of(MovementProcess.Elements.SUBPROCESS_INTERIM_REVIEW, MovementProcess.Elements.SUBPROCESS_FINAL_REVIEW)) {
      long held = history.createHistoricActivityInstanceQuery().processInstanceId(movementId).activityId(review).finished().count();
      if (held != 1) {
        broken.add(review + " held " + held + " times");
      }
    }
    for (int year = 2026; year <= 2030; year++) {
      var runs = history.createHistoricProcessInstanceQuery().processDefinitionKey(AnnualReportingProcess.KEY)
          .processInstanceBusinessKey(AnnualReportingProcess.businessKey(year)).list();
      if (runs.size() != 1) {
        broken.add("the " + year + " reports ran " + runs.size() + " times");
        continue;
      }
      var opened = history.createHistoricActivityInstanceQuery().processInstanceId(runs.get(0).getId())
          .activityId("Timer_ReportingWindowOpens").finished().list();
      LocalDate on = opened.isEmpty() ? null : LocalDate.ofInstant(opened.get(0).getEndTime().toInstant(), VIETNAM);
      if (!LocalDate.of(year, 11, 1).equals(on)) {
        broken.add("the " + year + " reports opened on " + on + " instead of 01/11/" + year);
      }
    }
    long incidents = engine.getManagementService().createJobQuery().withException().count()
        + engine.getRuntimeService().createIncidentQuery().count();
    if (incidents > 0) {
      broken.add(incidents + " failed jobs or incidents");
    }
    for (String key : List.of(MovementProcess.KEY, AnnualReportingProcess.KEY, CommendationRoundProcess.KEY, PlanAdjustmentProcess.KEY)) {
      long open = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
      if (open > 0) {
        broken.add(open + " " + key + " still running in mid-2031");
      }
    }
    long longest = history.createHistoricVariableInstanceQuery().list().stream()
        .filter(v -> v.getValue() instanceof String).mapToLong(v -> ((String) v.getValue()).length()).max().orElse(0);
    if (longest > 4000) {
      broken.add("a string variable of " + longest + " characters");
    }
    if (records.ofKind(MovementRecords.Kind.review_assessment).size() != 2) {
      broken.add("review assessments kept: " + records.ofKind(MovementRecords.Kind.review_assessment).size());
    }
    if (records.ofKind(MovementRecords.Kind.supervision_report).isEmpty()) {
      broken.add("no supervision report kept");
    }
    return broken;
  }

  @org.springframework.beans.factory.annotation.Autowired protected MovementRecords records;
}
