package vn.viethoa.movement.bench;

import static vn.viethoa.movement.support.ReportingFixtures.officialOf;
import static vn.viethoa.movement.support.ReportingFixtures.residentialReport;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.Proposal;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.ReportingFixtures;

/**
 * One ward's movement driven through the real engine, from January 2026 to a given day of the
 * last year, moving the engine clock: the launch, every quarter's periodic duties done by the
 * officials, four complete reporting years (every unit and residential group reports, some correct
 * their report, the lead unit aggregates, leadership approves, the city receives it) with their
 * commendation rounds and the interim review of 2027, then the last year's reports half
 * submitted. Every job that falls due runs, reminders and their mails included, as the job executor
 * would. Used by the city-scale benchmark as the ward every other ward is copied from.
 *
 * <p>Its fields are injected by the application's bean factory ({@code autowireBean}); the JUnit
 * callbacks of its base classes are never run.
 */
class WardLife extends CommendationScenario {

  private final List<String> units = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private Http http;
  private int failedJobs;

  /** Call after autowiring. */
  WardLife ready(int port) {
    this.http = new Http(port);
    for (Unit unit : organisation.ofKind(UnitKind.UNIT)) {
      units.add(unit.id());
    }
    for (Unit group : organisation.ofKind(UnitKind.RESIDENTIAL_GROUP)) {
      groups.add(group.id());
    }
    return this;
  }

  int failedJobs() {
    return failedJobs;
  }

  /** Runs every job that is due now, reminders included, as the job executor would. */
  void settle() {
    for (int round = 0; round < 300; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      int ran = 0;
      for (Job job : due) {
        try {
          engine.getManagementService().executeJob(job.getId());
          ran++;
        } catch (RuntimeException e) {
          failedJobs++;
        }
      }
      if (ran == 0) {
        return;
      }
    }
    throw new IllegalStateException("jobs keep coming");
  }

  private void at(String isoOffsetDateTime) {
    clockAt(isoOffsetDateTime);
    settle();
  }

  /** The only open task of that kind for the group (or any), completed by that user through its form. */
  private void complete(String user, String taskKey, String group, Map<String, Object> values) {
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey);
    if (group != null) {
      query = query.taskCandidateGroup(group).includeAssignedTasks();
    }
    List<Task> found = query.list();
    if (found.size() != 1) {
      throw new IllegalStateException(taskKey + " for " + (group == null ? user : group) + ": " + found.size() + " open");
    }
    completeTask(user, found.get(0), values);
  }

  private void completeTask(String user, Task task, Map<String, Object> values) {
    actAs(user);
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    settle();
  }

  private String today() {
    return clock.today().toString();
  }

  /** From 5 January 2026 to {@code lastDay} (09:00 Vietnam time) of the last year. */
  void live(int lastYear, String lastDay) {
    at("2026-01-05T09:00:00+07:00");
    engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, Map.of());
    settle();
    launch();
    for (int year = 2026; year <= lastYear; year++) {
      for (String month : List.of("01", "04", "07", "10")) {
        if (year == 2026 && month.equals("01")) {
          continue;
        }
        at(year + "-" + month + "-02T09:00:00+07:00");
        at(year + "-" + month + "-09T09:00:00+07:00");
        periodicDuties();
      }
      if (year < lastYear) {
        reportingYear(year);
        annualCommendation(year);
        if (year == 2027) {
          review("interim_review", 2027, MovementProcess.Elements.TASK_PREPARE_INTERIM_REVIEW,
              MovementProcess.Elements.TASK_HOLD_INTERIM_CONFERENCE, MovementProcess.Elements.TASK_SEND_INTERIM_RESULT);
        }
      } else {
        halfReported(year, lastDay);
      }
    }
  }

  private void launch() {
    complete("canbo.vhxh", MovementProcess.Elements.TASK_DRAFT_PLAN, null, Map.of("draftSummary", "Dự thảo kế hoạch 2026 - 2030."));
    at("2026-03-10T10:00:00+07:00");
    complete("chutich", MovementProcess.Elements.TASK_APPROVE_AND_LAUNCH, null,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-10"));
    Map<String, Object> done = Map.of("disseminationResult", "Đã tuyên truyền.", "sessionsHeld", 2L, "peopleReached", 300L);
    complete("canbo.vp", MovementProcess.Elements.TASK_PUBLICIZE, "vp", done);
    complete("canbo.kthtdt", MovementProcess.Elements.TASK_MOBILISE_BUSINESSES, "kthtdt", done);
    complete("canbo.ttdvsnc", MovementProcess.Elements.TASK_WRITE_NEWS, "ttdvsnc", done);
    for (String group : groups) {
      complete(officialOf(group), MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS, group, done);
    }
  }

  /** Every open periodic duty is done by its unit or group: household reports, then the office's compilation, surveys, supervision. */
  private void periodicDuties() {
    for (String group : groups) {
      for (Task task : open(MovementProcess.Elements.TASK_PERIODIC_HOUSEHOLD_REPORT, group)) {
        completeTask(officialOf(group), task, Map.of("periodResult", "Các hộ tham gia đầy đủ.", "periodDifficulties", "Không."));
      }
    }
    for (Task task : open(MovementProcess.Elements.TASK_COMPILE_PERIODIC_REPORTS, "vp")) {
      completeTask("canbo.vp", task, Map.of("periodSummary", "Các tổ dân phố đã báo cáo đầy đủ."));
    }
    for (Task task : open(MovementProcess.Elements.TASK_SATISFACTION_SURVEY, "ttpvhcc")) {
      completeTask("canbo.ttpvhcc", task, Map.of("respondents", 120L, "satisfiedRate", 92L, "surveyNotes", "Hài lòng."));
    }
    for (Task task : open(MovementProcess.Elements.TASK_SUPERVISION_REPORT, "mttq")) {
      completeTask("canbo.mttq", task, Map.of("supervisionFindings", "Thực hiện đúng kế hoạch.", "adjustmentNeeded", false));
    }
  }

  private List<Task> open(String taskKey, String group) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).taskCandidateGroup(group)
        .includeAssignedTasks().list();
  }

  /** A unit's or group's report; every fourth one is corrected once afterwards (a second version). */
  private void report(int index, String unit) {
    Map<String, Object> values = unit.startsWith("tdp-") ? residentialReport(180 + index, 170 + index % 11)
        : ReportingFixtures.reportOfUnit(unit, 10, 1);
    complete(officialOf(unit), AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unit, values);
    if (index % 4 == 0) {
      Map<String, Object> corrected = new HashMap<>(values);
      corrected.put("results", "Bổ sung kết quả sau khi rà soát.");
      complete(officialOf(unit), AnnualReportingProcess.Elements.TASK_UPDATE_REPORT, unit, corrected);
    }
  }

  private List<String> reporting() {
    List<String> all = new ArrayList<>(units);
    all.addAll(groups);
    return all;
  }

  private void reportingYear(int year) {
    at(year + "-11-02T09:00:00+07:00");
    List<String> all = reporting();
    for (int i = 0; i < all.size(); i++) {
      report(i, all.get(i));
    }
    at(year + "-12-01T09:00:00+07:00");
    complete("canbo.vhxh", AnnualReportingProcess.Elements.TASK_AGGREGATE, "vhxh", Map.of("assessment", "Hoàn thành các chỉ tiêu năm " + year + "."));
    complete("chutich", AnnualReportingProcess.Elements.TASK_APPROVE, "lanhdao", Map.of("decision", "approved"));
    complete("canbo.vhxh", AnnualReportingProcess.Elements.TASK_SUBMIT_TO_CITY, "vhxh",
        Map.of("cityDocumentNumber", (200 + year % 100) + "/BC-UBND", "citySubmittedOn", today()));
  }

  /** The last year: the window opened, half of the units and groups reported, then the clock stops at {@code lastDay}. */
  private void halfReported(int year, String lastDay) {
    at(year + "-11-02T09:00:00+07:00");
    List<String> all = reporting();
    for (int i = 0; i < all.size(); i += 2) {
      report(i, all.get(i));
    }
    at(lastDay + "T09:00:00+07:00");
  }

  private ProcessInstance round(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CommendationRoundProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  /** The year's round: the service centre is proposed for a Giấy khen, which the Chairman grants. */
  private void annualCommendation(int year) {
    ProcessInstance round = round("KHENTHUONG-" + year + "-annual");
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "giay_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    leadershipApprovesAll(round, Map.of("wardDecisionNumber", (10 + year % 100) + "/QĐ-UBND", "wardDecisionDate", today()));
    settle();
  }

  /** A review: report, conference, a Bằng khen proposed to the city and granted, the result sent to the city. */
  private void review(String kind, int year, String prepare, String conference, String send) {
    complete("canbo.vhxh", prepare, "vhxh", Map.of("reviewAssessment", "Phong trào đạt kết quả tốt."));
    complete("canbo.vhxh", conference, "vhxh", Map.of("conferenceDate", today(), "participants", 120L));
    ProcessInstance round = round("KHENTHUONG-" + year + "-" + kind);
    propose(round, "ttpvhcc", List.of(proposal("collective", "ttpvhcc", null, "bang_khen")));
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    leadershipApprovesAll(round, Map.of("cityDossierNumber", (40 + year % 100) + "/TTr-UBND", "cityDossierDate", today()));
    Proposal dossier = proposalOf(round, "Trung tâm Phục vụ hành chính công");
    at(clock.today().plusDays(20) + "T09:00:00+07:00");
    Http.Response answered = http.post("/api/commendations/rounds/" + round.getBusinessKey() + "/city-answers", Http.json(Map.of("cityAnswers", List.of(Map.of(
            "proposalId", dossier.id(), "outcome", "commended", "decisionNumber", "3" + year % 100 + "/QĐ-UBND",
            "decisionDate", clock.today().minusDays(2).toString())))), "canbo.vhxh", "demo");
    if (answered.status() != 200) {
      throw new IllegalStateException("city answer: " + answered.status() + " " + answered.body());
    }
    settle();
    complete("canbo.vhxh", send, "vhxh", Map.of("cityDocumentNumber", (50 + year % 100) + "/BC-UBND", "citySubmittedOn", today()));
  }

  /** All units and residential groups of the ward, for the report. */
  int reportingUnits() {
    return reporting().size();
  }

  static String official(String unit) {
    return ReportingFixtures.officialOf(unit);
  }
}
