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
import vn.viethoa.movement.reminders.OverdueDigestProcess;
import vn.viethoa.movement.reminders.ReminderSchedule;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * Lives the movement from its launch in January 2026 to 2031 at a human pace drawn from a seed:
 * each step done the same day or weeks later, some units and residential groups reporting late or
 * never, rounds straddling the new year, the city answering months later or never, the Front asking
 * for an adjustment, tasks claimed and handed back, the server down for days every few months. The
 * reminders, overdue notices and daily digests of every task go out through the real path (the
 * task-reminders process, the notification log, SMTP). Then checks the plan's invariants and the
 * reminder guarantees ({@link NoticeAudit}). A failing seed replays the same run
 * ({@code -Dsimulation.seed=…}).
 *
 * <p>Restarts: the test context is shared, so a restart is its closest honest equivalent in one
 * engine: downtime (no job runs, nobody works), then the engine's caches of definitions, decisions
 * and forms are dropped, the application's start-up work runs again ({@code StartupRunner}: models,
 * organisation, rights, filters) and everything that fell due while it was down runs together, in
 * the order the job query returns it. A new JVM on the same database is
 * {@code reminders.RestartAfterWeeksOfDowntimeTest}.
 */
public abstract class FiveYearSimulation extends CommendationScenario {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /** The processes whose tasks people do. */
  static final List<String> KEYS = List.of(MovementProcess.KEY, AnnualReportingProcess.KEY, CommendationRoundProcess.KEY,
      CityAnswersProcess.KEY, PlanAdjustmentProcess.KEY);
  /** The processes whose jobs the simulation runs when due: those, their tasks' reminders and the daily digest. */
  static final List<String> SETTLED = List.of(MovementProcess.KEY, AnnualReportingProcess.KEY, CommendationRoundProcess.KEY,
      CityAnswersProcess.KEY, PlanAdjustmentProcess.KEY, TaskRemindersProcess.KEY, OverdueDigestProcess.KEY);
  /** The periodic duties: a unit never has two tasks of one of them open at once. */
  static final List<String> PERIODIC = List.of(MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT,
      MovementProcess.Elements.TASK_COMPILE_PERIODIC_REPORTS, MovementProcess.Elements.TASK_SATISFACTION_SURVEY,
      MovementProcess.Elements.TASK_SUPERVISION_REPORT);
  /** The daily digest's hour in the ward ({@code movement.reminders.digest-hour}). */
  static final java.time.LocalTime DIGEST_AT = java.time.LocalTime.of(8, 30);
  static final Instant END = Instant.parse("2031-06-30T00:00:00Z");

  /** What one run saw: the seed, the broken invariants (none when it passed), the time it took. */
  public record Outcome(long seed, List<String> violations, long millis, int steps, int restarts, long mails) {
    public boolean passed() {
      return violations.isEmpty();
    }
  }

  /** When each open task will be acted on (absent: not drawn yet; null: never). */
  private final Map<String, Instant> agenda = new HashMap<>();
  /** When the server was down: from, back. */
  private final List<Instant[]> outagesSeen = new ArrayList<>();
  private Random pace;
  /** Its own draws, so that restarts do not change the pace of a seed. */
  private Random outages;
  private int steps;
  private int restarts;
  private String lastStep;
  private boolean restartsWanted = !"false".equals(System.getProperty("simulation.restarts"));

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
    jdbc.update("delete from escalation");
    jdbc.update("delete from notification");
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
    agenda.clear();
    outagesSeen.clear();
    steps = 0;
    restarts = 0;
  }

  /** Runs without downtime (e.g. a scale run that measures something else). */
  protected void withoutRestarts() {
    restartsWanted = false;
  }

  public Outcome live(long seed) {
    long started = System.nanoTime();
    resetWorld();
    pace = new Random(seed);
    outages = new Random(~seed);
    List<String> violations = new ArrayList<>();
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-01-05T02:00:00Z")));
      Instant downAt = restartsWanted ? nextOutage(ClockUtil.getCurrentTime().toInstant()) : null;
      Instant digestAt = nextDigest(ClockUtil.getCurrentTime().toInstant());
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
        Job job = nextTimer();
        if (job != null && (next == null || job.getDuedate().toInstant().isBefore(next))) {
          next = job.getDuedate().toInstant();
        }
        boolean movementRunning = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(movementId).count() > 0;
        if (next == null || next.isAfter(END) || (!movementRunning && next.isAfter(Instant.parse("2031-03-01T00:00:00Z")))) {
          break;
        }
        if (digestAt.isBefore(next)) {
          next = digestAt;
        }
        if (downAt != null && downAt.isBefore(next)) {
          downAt = downtime(downAt.isBefore(now) ? now : downAt);
          digestAt = nextDigest(ClockUtil.getCurrentTime().toInstant());
          continue;
        }
        if (next.isAfter(now)) {
          // a second after the due time, as the job executor runs it (run exactly at its due time, an
          // ended timer cycle computes the same due date again)
          ClockUtil.setCurrentTime(Date.from(next.plusSeconds(1)));
        }
        runDueJobs();
        Instant at = ClockUtil.getCurrentTime().toInstant();
        if (!digestAt.isAfter(at)) {
          sendDigest();
          digestAt = nextDigest(at);
        }
        for (Task task : openTasks()) {
          Instant due = agenda.get(task.getId());
          if (due != null && !due.isAfter(at) && stillOpen(task)) {
            act(task);
            agenda.remove(task.getId());
            runDueJobs();
          }
        }
      }
      // the jobs still due at the end (a reminder a second after the last step) run, as on a live server
      runDueJobs();
      violations.addAll(invariants(movementId));
      violations.addAll(noReminderFlood());
      NoticeAudit.of(engine, jdbc, schedule, organisation).problems(ClockUtil.getCurrentTime().toInstant(), t -> true).stream()
          .limit(20).map(p -> "notices: " + p).forEach(violations::add);
    } catch (RuntimeException | AssertionError e) {
      StackTraceElement at = java.util.Arrays.stream(e.getStackTrace()).filter(f -> f.getClassName().contains("FiveYear"))
          .findFirst().orElse(null);
      violations.add("run stopped at " + ClockUtil.getCurrentTime().toInstant() + " (" + lastStep + "): " + e + " at " + at);
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
    long mails = jdbc.queryForObject("select count(*) from notification where status = 'SENT'", Long.class);
    return new Outcome(seed, violations, (System.nanoTime() - started) / 1_000_000, steps, restarts, mails);
  }

  /** The next outage: three to five months after the last restart. */
  private Instant nextOutage(Instant after) {
    return after.plus(Duration.ofDays(90 + outages.nextInt(62))).plus(Duration.ofMinutes(outages.nextInt(24 * 60)));
  }

  /**
   * The server is down from {@code at} for one day to three weeks: no job runs, nobody works (what
   * people meant to do then waits until it is back), then it starts again. Returns the next outage.
   */
  private Instant downtime(Instant at) {
    Instant back = at.plus(Duration.ofHours(24 + outages.nextInt(20 * 24)));
    outagesSeen.add(new Instant[] {at, back});
    agenda.replaceAll((task, when) -> when == null || !when.isBefore(back) ? when
        : back.plus(Duration.ofMinutes(30 + Duration.between(at, when).toMinutes() % 480)));
    ClockUtil.setCurrentTime(Date.from(back));
    lastStep = "restart at " + back;
    restart();
    runDueJobs();
    // the digest's timer fell due while the server was down: it fires once when the server is back
    sendDigest();
    return nextOutage(back);
  }

  /** What a start does that matters here: cold caches of the engine, the application's start-up work. */
  private void restart() {
    var cache = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDeploymentCache();
    cache.discardProcessDefinitionCache();
    cache.discardDecisionDefinitionCache();
    cache.discardDecisionRequirementsDefinitionCache();
    cache.discardCamundaFormDefinitionCache();
    cache.discardCaseDefinitionCache();
    startup.run(null);
    restarts++;
  }

  /** The first digest time ({@link #DIGEST_AT} in the ward) after {@code after}. */
  private static Instant nextDigest(Instant after) {
    java.time.ZonedDateTime at = LocalDate.ofInstant(after, VIETNAM).atTime(DIGEST_AT).atZone(VIETNAM);
    return at.toInstant().isAfter(after) ? at.toInstant() : at.plusDays(1).toInstant();
  }

  /**
   * The daily digest's timer fires (its cycle starts on the day the application was deployed, so
   * the simulation fires it at the digest hour of each simulated day), then its instance runs.
   */
  private void sendDigest() {
    engine.getManagementService().createJobQuery().processDefinitionKey(OverdueDigestProcess.KEY).timers().list().stream()
        .filter(j -> j.getProcessInstanceId() == null).findFirst()
        .ifPresent(timer -> engine.getManagementService().executeJob(timer.getId()));
    runDueJobs();
  }

  private boolean stillOpen(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1;
  }

  /** The earliest timer of the settled processes (the digest's start timer is fired by the simulation). */
  private Job nextTimer() {
    for (int first = 0; ; first += 50) {
      List<Job> page = engine.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().listPage(first, 50);
      if (page.isEmpty()) {
        return null;
      }
      for (Job j : page) {
        if (settled(j)) {
          return j;
        }
      }
    }
  }

  private static boolean settled(Job j) {
    return j.getProcessDefinitionKey() != null && SETTLED.contains(j.getProcessDefinitionKey())
        && !(OverdueDigestProcess.KEY.equals(j.getProcessDefinitionKey()) && j.getProcessInstanceId() == null);
  }

  private List<Task> openTasks() {
    // one query: the loop asks twice per step of the simulated clock
    return engine.getTaskService().createTaskQuery().processDefinitionKeyIn(KEYS.toArray(String[]::new)).list();
  }

  private void runDueJobs() {
    for (int round = 0; round < 500; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(FiveYearSimulation::settled).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job j : due) {
        // a job of this round may be gone already: a timer that closed a task ended its reminder process
        if (engine.getManagementService().createJobQuery().jobId(j.getId()).count() == 1) {
          engine.getManagementService().executeJob(j.getId());
        }
      }
    }
    throw new AssertionError("jobs keep coming: " + engine.getManagementService().createJobQuery().executable().list().stream()
        .filter(FiveYearSimulation::settled)
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
        if (organisation.isFront(unit)) {
          // the Front is not a collective of the Committee (III.1.1): it puts forward a household it mobilised
          yield Map.of("proposals", List.of(CommendationScenario.household("tdp-01", "Hộ ông Nguyễn Văn An", 3)));
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
      // on 01/11, or on the day the server came back if it was down on 01/11
      LocalDate expected = LocalDate.of(year, 11, 1);
      for (Instant[] outage : outagesSeen) {
        LocalDate from = LocalDate.ofInstant(outage[0], VIETNAM);
        LocalDate back = LocalDate.ofInstant(outage[1], VIETNAM);
        if (!from.isAfter(LocalDate.of(year, 11, 1)) && back.isAfter(LocalDate.of(year, 10, 31))) {
          expected = back;
        }
      }
      if (!LocalDate.of(year, 11, 1).equals(on) && !expected.equals(on)) {
        broken.add("the " + year + " reports opened on " + on + " instead of 01/11/" + year
            + (expected.equals(LocalDate.of(year, 11, 1)) ? "" : " or " + expected + ", when the server came back"));
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

  /**
   * No reminder flood: nobody got more than two mails about one task on one day (a task born
   * overdue gets its new-task and its overdue notice together), and no unit ever had two tasks of
   * one periodic duty open at once for more than an hour (the pile-up of issue 19).
   */
  List<String> noReminderFlood() {
    List<String> broken = new ArrayList<>();
    jdbc.query("select recipient_user, task_id, cast(sent_at as date) as d, count(*) as n from notification "
        + "where status = 'SENT' and task_id is not null group by recipient_user, task_id, cast(sent_at as date) having count(*) > 2",
        rs -> {
          broken.add(rs.getString(1) + " got " + rs.getLong(4) + " mails about task " + rs.getString(2) + " on " + rs.getString(3));
        });
    Map<String, List<Instant[]>> byDutyAndUnit = new HashMap<>();
    jdbc.query("select t.TASK_DEF_KEY_, l.GROUP_ID_, t.START_TIME_, t.END_TIME_ from ACT_HI_TASKINST t "
        + "join ACT_HI_IDENTITYLINK l on l.TASK_ID_ = t.ID_ where l.TYPE_ = 'candidate' and l.OPERATION_TYPE_ = 'add' "
        + "and l.GROUP_ID_ is not null and t.TASK_DEF_KEY_ in (" + String.join(",", PERIODIC.stream().map(k -> "'" + k + "'").toList())
        + ")", rs -> {
          java.sql.Timestamp end = rs.getTimestamp(4);
          byDutyAndUnit.computeIfAbsent(rs.getString(1) + " of " + rs.getString(2), k -> new ArrayList<>()).add(new Instant[] {
              rs.getTimestamp(3).toInstant(), end == null ? END : end.toInstant()});
        });
    byDutyAndUnit.forEach((duty, spans) -> {
      spans.sort(java.util.Comparator.comparing(a -> a[0]));
      for (int i = 1; i < spans.size(); i++) {
        if (spans.get(i - 1)[1].isAfter(spans.get(i)[0].plus(Duration.ofHours(1)))) {
          broken.add("two tasks " + duty + " open at once from " + spans.get(i)[0] + " to " + spans.get(i - 1)[1]);
          return;
        }
      }
    });
    return broken;
  }

  @org.springframework.beans.factory.annotation.Autowired protected MovementRecords records;
  @org.springframework.beans.factory.annotation.Autowired protected ReminderSchedule schedule;
  @org.springframework.beans.factory.annotation.Autowired protected vn.viethoa.movement.StartupRunner startup;
}
