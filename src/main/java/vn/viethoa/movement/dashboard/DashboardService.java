package vn.viethoa.movement.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.AnnualReportDates;
import vn.viethoa.movement.calendar.CalendarCoverageCheck;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.lifecycle.Milestone;
import vn.viethoa.movement.lifecycle.MovementMilestones;
import vn.viethoa.movement.lifecycle.MovementRecords;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.NotificationRecord;
import vn.viethoa.movement.notification.NotificationRepository;
import vn.viethoa.movement.notification.NotificationStatus;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportService;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.UnitStatus;
import vn.viethoa.movement.reporting.WardAggregate;
import vn.viethoa.movement.reporting.WardReport;
import vn.viethoa.movement.reporting.WardReportRepository;

/**
 * Puts the dashboard of a year together. The number of queries does not grow with the number of
 * units, reports, notifications or years: the stored reports of every year so far (one query), the
 * ward's reports (one), the year's open tasks and the unit each belongs to (two), the names of the
 * people shown (one), the notification log (two), open incidents of reminders (one; with failed
 * mails, two more to link them), the movement's milestones (three), its permanent records (three; the
 * satisfaction surveys one more, with the reports) and the commendation register
 * (whatever its {@link CommendationOverview} needs).
 */
@Service
public class DashboardService {

  /** At most this many failed mails are listed (all are counted). */
  static final int FAILURES_LISTED = 50;
  /** Open incidents read to link failed mails to them. */
  static final int INCIDENTS_READ = 2000;

  private final AnnualReportService reports;
  private final WardReportRepository wardReports;
  private final NotificationRepository notifications;
  private final MovementMilestones milestones;
  private final ObjectProvider<CommendationOverview> commendations;
  private final Organisation organisation;
  private final PlanCalendar calendar;
  private final PlanClock clock;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WebappLinks links;
  private final CalendarCoverageCheck coverage;
  private final MovementRecords movementRecords;

  public DashboardService(AnnualReportService reports, WardReportRepository wardReports, NotificationRepository notifications,
      MovementMilestones milestones, ObjectProvider<CommendationOverview> commendations, Organisation organisation,
      PlanCalendar calendar, PlanClock clock, TaskService taskService, RuntimeService runtimeService,
      IdentityService identityService, WebappLinks links, CalendarCoverageCheck coverage, MovementRecords movementRecords) {
    this.reports = reports;
    this.wardReports = wardReports;
    this.notifications = notifications;
    this.milestones = milestones;
    this.commendations = commendations;
    this.organisation = organisation;
    this.calendar = calendar;
    this.clock = clock;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.links = links;
    this.coverage = coverage;
    this.movementRecords = movementRecords;
  }

  /** The current year of the plan in the ward's zone (the first or last year outside the plan's period). */
  public int currentYear() {
    return Math.max(calendar.firstYear(), Math.min(calendar.lastYear(), clock.today().getYear()));
  }

  public boolean isPlanYear(int year) {
    return calendar.isPlanYear(year);
  }

  /**
   * The dashboard of a plan year. {@code administrator}: Cockpit links (instances, incidents) are
   * given only to administrators, who can open them; leadership reads the same figures without them.
   */
  public Dashboard build(int year, boolean administrator) {
    Instant now = clock.now();
    int currentYear = currentYear();
    int lastTrendYear = Math.max(year, currentYear);

    Map<Integer, WardAggregate> aggregates = reports.aggregates(calendar.firstYear(), lastTrendYear);
    Map<Integer, WardReport> wards = wardReports.between(calendar.firstYear(), calendar.lastYear()).stream()
        .collect(Collectors.toMap(WardReport::year, Function.identity()));
    WardAggregate aggregate = aggregates.get(year);
    WardReport ward = wards.get(year);

    List<Task> tasks = taskService.createTaskQuery()
        .processDefinitionKey(AnnualReportingProcess.KEY)
        .processInstanceBusinessKey(AnnualReportingProcess.businessKey(year))
        .taskDefinitionKeyIn(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, AnnualReportingProcess.Elements.TASK_AGGREGATE,
            AnnualReportingProcess.Elements.TASK_APPROVE, AnnualReportingProcess.Elements.TASK_SUBMIT_TO_CITY)
        .orderByTaskCreateTime().asc()
        .list();
    List<Task> reportTasks = tasks.stream()
        .filter(t -> AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT.equals(t.getTaskDefinitionKey())).toList();
    Map<String, Task> reportTaskByUnit = reportTasksByUnit(reportTasks);

    String instanceId = ward != null && ward.processInstanceId() != null ? ward.processInstanceId()
        : tasks.stream().map(Task::getProcessInstanceId).findFirst().orElse(null);
    String instanceUrl = administrator ? links.processInstance(instanceId) : null;

    Set<String> people = new HashSet<>();
    aggregate.units().forEach(u -> people.add(u.submittedBy()));
    tasks.forEach(t -> people.add(t.getAssignee()));
    Map<String, String> names = namesOf(people);

    AnnualReportDates dates = calendar.annualReport(year);
    List<Dashboard.UnitRow> units = new ArrayList<>();
    for (UnitStatus status : aggregate.units()) {
      units.add(unitRow(status, reportTaskByUnit.get(status.unit().id()), ward, dates, now, names, instanceUrl));
    }
    List<Dashboard.WardTask> wardTasks = tasks.stream()
        .filter(t -> !AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT.equals(t.getTaskDefinitionKey()))
        .map(t -> new Dashboard.WardTask(t.getId(), t.getName(), at(t.getDueDate()), isOverdue(t, now), t.getAssignee(),
            names.get(t.getAssignee()), links.task(t.getId()), administrator ? links.processInstance(t.getProcessInstanceId()) : null))
        .toList();

    return new Dashboard(year, currentYear,
        IntStream.rangeClosed(calendar.firstYear(), calendar.lastYear()).boxed().toList(),
        clock.zone().getId(), clock.nowOffset(), administrator,
        new Dashboard.ReportingYear(instanceId, instanceUrl, waitsForWindow(ward, dates, now) ? null : ward.status().name(),
            waitsForWindow(ward, dates, now) ? notOpenYet(dates, now) : ward.status().label(),
            dates.windowOpens().toOffsetDateTime(), dates.residentialDue().toOffsetDateTime(),
            dates.unitDue().toOffsetDateTime(), dates.cityDue().toOffsetDateTime()),
        counts(units), units, wardTasks,
        new Dashboard.Figures(targets(aggregate), trend(aggregates, wards)),
        notifications(year, administrator),
        commendations(year, administrator),
        milestones.milestones(wards).stream().map(DashboardService::milestoneRow).toList(),
        coverage.notice().stream().toList(),
        records(year),
        satisfaction(aggregate));
  }

  // ---------------------------------------------------------------------------------------------
  // permanent records, satisfaction

  /** Counts of the year and of all years, and the latest of each kind: three queries, whatever the table holds. */
  private Dashboard.Records records(int year) {
    OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    Map<MovementRecords.Kind, Long> all = movementRecords.countByKind();
    Map<MovementRecords.Kind, Long> inYear = movementRecords.countByKind(from, to);
    Map<MovementRecords.Kind, MovementRecords.Entry> latest = movementRecords.latestByKind();
    List<Dashboard.RecordKind> kinds = new ArrayList<>();
    for (MovementRecords.Kind kind : MovementRecords.Kind.values()) {
      MovementRecords.Entry e = latest.get(kind);
      kinds.add(new Dashboard.RecordKind(kind.name(), kind.label(), all.getOrDefault(kind, 0L), inYear.getOrDefault(kind, 0L),
          e == null ? null : new Dashboard.RecordRow(e.id(), e.periodLabel(), e.unitId(),
              organisation.find(e.unitId()).map(Unit::name).orElse(e.unitId()), e.summary(),
              e.submittedAt().atZoneSameInstant(clock.zone()).toOffsetDateTime(), e.submittedBy(), e.respondents(),
              e.satisfiedRate(), e.adjustmentRequested(), e.adjustmentProcessId())));
    }
    return new Dashboard.Records(all.values().stream().mapToLong(Long::longValue).sum(),
        inYear.values().stream().mapToLong(Long::longValue).sum(), kinds,
        "/api/exports/" + year + "/records.csv", "/api/exports/" + year + ".xlsx");
  }

  private static Dashboard.Satisfaction satisfaction(WardAggregate a) {
    BigDecimal rate = a.satisfactionRate();
    String source = a.satisfactionFromSurveys() ? "SURVEYS" : rate == null ? null : "REPORTS";
    String label = source == null ? "Chưa có số liệu"
        : a.satisfactionFromSurveys() ? "Theo " + a.surveys().surveys() + " đợt khảo sát của Trung tâm Phục vụ hành chính công ("
            + number(a.surveys().respondents()) + " phiếu)"
        : "Theo báo cáo năm của các đơn vị";
    return new Dashboard.Satisfaction(rate, percent(rate), source, label,
        a.surveys() == null ? 0 : a.surveys().surveys(), a.surveys() == null ? 0 : a.surveys().respondents(),
        a.reportedSatisfactionRate());
  }

  // ---------------------------------------------------------------------------------------------
  // units

  /**
   * The open report task of each unit. A task is routed to its unit's group; Tasklist's card column
   * {@code unitName} (a task variable, see TaskCardVariablesPlugin) names the unit, read for all
   * tasks in one query instead of asking for each task's candidate groups.
   */
  private Map<String, Task> reportTasksByUnit(List<Task> reportTasks) {
    if (reportTasks.isEmpty()) {
      return Map.of();
    }
    Map<String, String> unitIdByName = organisation.all().stream()
        .collect(Collectors.toMap(Unit::name, Unit::id, (a, b) -> a));
    Map<String, Task> byId = reportTasks.stream().collect(Collectors.toMap(Task::getId, Function.identity()));
    Map<String, Task> byUnit = new HashMap<>();
    for (VariableInstance v : runtimeService.createVariableInstanceQuery()
        .taskIdIn(byId.keySet().toArray(String[]::new)).variableName("unitName").list()) {
      String unitId = v.getValue() instanceof String name ? unitIdByName.get(name) : null;
      if (unitId != null) {
        byUnit.put(unitId, byId.get(v.getTaskId()));
      }
    }
    return byUnit;
  }

  private Dashboard.UnitRow unitRow(UnitStatus status, Task task, WardReport ward, AnnualReportDates dates, Instant now,
      Map<String, String> names, String instanceUrl) {
    Unit unit = status.unit();
    Dashboard.UnitState state = switch (status.state()) {
      case ON_TIME -> Dashboard.UnitState.REPORTED;
      case LATE -> Dashboard.UnitState.REPORTED_LATE;
      case MISSING -> task != null ? (isOverdue(task, now) ? Dashboard.UnitState.OVERDUE : Dashboard.UnitState.OPEN)
          : collectionClosed(ward) ? Dashboard.UnitState.NOT_REPORTED : Dashboard.UnitState.NOT_ASSIGNED;
    };
    OffsetDateTime due = task != null ? at(task.getDueDate()) : dueOf(unit, dates);
    List<String> shortfalls = new ArrayList<>();
    if (Boolean.FALSE.equals(status.staffTargetMet())) {
      shortfalls.add("Chưa đủ cán bộ thành thạo nền tảng số");
    }
    if (Boolean.FALSE.equals(status.initiativeTargetMet())) {
      shortfalls.add("Chưa có sáng kiến");
    }
    if (Boolean.FALSE.equals(status.digitalAddressTargetMet())) {
      shortfalls.add("Chưa đủ hộ có địa chỉ số");
    }
    // the Front is asked to cooperate: its row says so and stays out of the counts (counts())
    return new Dashboard.UnitRow(unit.id(), unit.name(), unit.front() ? FRONT_KIND : unit.kind().name(),
        unit.front() ? "Đề nghị phối hợp" : unit.kind() == UnitKind.RESIDENTIAL_GROUP ? "Tổ dân phố" : "Đơn vị", state, state.label(),
        due, status.submittedAt() == null ? null : status.submittedAt().atZoneSameInstant(clock.zone()).toOffsetDateTime(),
        status.submittedBy(), names.get(status.submittedBy()), status.version(),
        task == null ? null : task.getAssignee(), task == null ? null : names.get(task.getAssignee()),
        task == null ? null : task.getId(), task == null ? null : links.task(task.getId()), instanceUrl, shortfalls);
  }

  /** The plan's due date of a unit that has no task (yet): residential groups report earlier. */
  private static OffsetDateTime dueOf(Unit unit, AnnualReportDates dates) {
    return (unit.kind() == UnitKind.RESIDENTIAL_GROUP ? dates.residentialDue() : dates.unitDue()).toOffsetDateTime();
  }

  /**
   * The year's reporting has not opened: no cycle yet, or a cycle that waits for its window (a year's
   * cycle starts when the year before is done, months before 1/11): not "collecting" before then.
   */
  private static boolean waitsForWindow(WardReport ward, AnnualReportDates dates, Instant now) {
    return ward == null || ward.status() == WardReport.Status.COLLECTING && now.isBefore(dates.windowOpens().toInstant());
  }

  private static String notOpenYet(AnnualReportDates dates, Instant now) {
    return now.isBefore(dates.windowOpens().toInstant())
        ? "Chưa mở kỳ báo cáo (mở ngày " + vn.viethoa.movement.calendar.VietnameseDates.date(dates.windowOpens()) + ")"
        : "Chưa mở kỳ báo cáo";
  }

  /** Leadership approved the ward's report: the collection is closed, a missing report stays missing. */
  private static boolean collectionClosed(WardReport ward) {
    return ward != null && (ward.status() == WardReport.Status.APPROVED || ward.status() == WardReport.Status.SUBMITTED);
  }

  private static boolean isOverdue(Task task, Instant now) {
    return task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now);
  }

  /** The kind of the Front's row in {@code units}: not a unit of the Committee, not counted in {@code counts}. */
  static final String FRONT_KIND = "FRONT";

  private static Dashboard.Counts counts(List<Dashboard.UnitRow> rows) {
    List<Dashboard.UnitRow> units = rows.stream().filter(r -> !FRONT_KIND.equals(r.kind())).toList();
    Map<Dashboard.UnitState, Long> by = units.stream()
        .collect(Collectors.groupingBy(Dashboard.UnitRow::state, Collectors.counting()));
    long onTime = by.getOrDefault(Dashboard.UnitState.REPORTED, 0L);
    long late = by.getOrDefault(Dashboard.UnitState.REPORTED_LATE, 0L);
    return new Dashboard.Counts(units.size(), onTime + late, onTime, late, by.getOrDefault(Dashboard.UnitState.OPEN, 0L),
        by.getOrDefault(Dashboard.UnitState.OVERDUE, 0L), by.getOrDefault(Dashboard.UnitState.NOT_ASSIGNED, 0L),
        by.getOrDefault(Dashboard.UnitState.NOT_REPORTED, 0L));
  }

  /** Display names of users, in one query. */
  private Map<String, String> namesOf(Collection<String> userIds) {
    String[] ids = userIds.stream().filter(id -> id != null).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length == 0) {
      return names;
    }
    for (User user : identityService.createUserQuery().userIdIn(ids).list()) {
      String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
          + (user.getLastName() == null ? "" : user.getLastName())).trim();
      names.put(user.getId(), name.isEmpty() ? user.getId() : name);
    }
    return names;
  }

  // ---------------------------------------------------------------------------------------------
  // figures

  private List<Dashboard.Target> targets(WardAggregate a) {
    var targets = a.targets();
    List<UnitStatus> unitsReported = a.units().stream()
        .filter(u -> u.unit().underCommittee() && u.state() != UnitStatus.State.MISSING).toList();
    List<UnitStatus> groupsReported = a.units().stream()
        .filter(u -> u.unit().kind() == UnitKind.RESIDENTIAL_GROUP && u.state() != UnitStatus.State.MISSING).toList();
    long unitsExpected = a.units().stream().filter(u -> u.unit().underCommittee()).count();
    long groupsExpected = a.units().stream().filter(u -> u.unit().kind() == UnitKind.RESIDENTIAL_GROUP).count();

    long groupsMet = groupsReported.stream().filter(u -> Boolean.TRUE.equals(u.digitalAddressTargetMet())).count();
    BigDecimal digital = a.householdsDigitalAddressRate();
    Dashboard.Target digitalAddress = new Dashboard.Target("householdsDigitalAddressRate", "Hộ gia đình có địa chỉ số",
        digital, targets.householdsDigitalAddressRate(), percent(digital), percent(targets.householdsDigitalAddressRate()),
        digital == null ? null : digital.compareTo(targets.householdsDigitalAddressRate()) >= 0,
        number(a.total(ReportField.HOUSEHOLDS_DIGITAL_ADDRESS)) + "/" + number(a.total(ReportField.HOUSEHOLDS_TOTAL))
            + " hộ của " + groupsReported.size() + "/" + groupsExpected + " tổ dân phố đã báo cáo; " + groupsMet
            + " tổ đạt chỉ tiêu");

    long unitsStaffMet = unitsReported.stream().filter(u -> Boolean.TRUE.equals(u.staffTargetMet())).count();
    BigDecimal staff = a.staffProficiencyRate();
    Dashboard.Target proficiency = new Dashboard.Target("staffProficiencyRate",
        "Cán bộ, công chức, viên chức thành thạo nền tảng số", staff, targets.staffProficiencyRate(), percent(staff),
        percent(targets.staffProficiencyRate()),
        staff == null ? null : staff.compareTo(targets.staffProficiencyRate()) >= 0,
        number(a.total(ReportField.STAFF_PROFICIENT)) + "/" + number(a.total(ReportField.STAFF_TOTAL)) + " người của "
            + unitsReported.size() + "/" + unitsExpected + " đơn vị đã báo cáo; " + unitsStaffMet + " đơn vị đạt chỉ tiêu");

    long unitsWithInitiative = unitsReported.stream().filter(u -> Boolean.TRUE.equals(u.initiativeTargetMet())).count();
    Dashboard.Target initiatives = new Dashboard.Target("unitsWithInitiative",
        "Đơn vị có ít nhất " + targets.initiativesPerUnit() + " sáng kiến", BigDecimal.valueOf(unitsWithInitiative),
        BigDecimal.valueOf(unitsExpected), unitsWithInitiative + " đơn vị", unitsExpected + " đơn vị",
        unitsReported.isEmpty() ? null : unitsWithInitiative == unitsExpected,
        "Tổng số sáng kiến, giải pháp được áp dụng: " + number(a.total(ReportField.INITIATIVES)) + " (" + unitsReported.size()
            + "/" + unitsExpected + " đơn vị đã báo cáo)");
    return List.of(digitalAddress, proficiency, initiatives);
  }

  private static List<Dashboard.TrendYear> trend(Map<Integer, WardAggregate> aggregates, Map<Integer, WardReport> wards) {
    List<Dashboard.TrendYear> rows = new ArrayList<>();
    aggregates.forEach((year, a) -> {
      List<UnitStatus> unitsReported = a.units().stream()
          .filter(u -> u.unit().underCommittee() && u.state() != UnitStatus.State.MISSING).toList();
      WardReport ward = wards.get(year);
      rows.add(new Dashboard.TrendYear(year, a.expected(), a.reported(), a.householdsDigitalAddressRate(),
          a.staffProficiencyRate(), a.total(ReportField.INITIATIVES),
          unitsReported.stream().filter(u -> Boolean.TRUE.equals(u.initiativeTargetMet())).count(), unitsReported.size(),
          ward == null ? "Chưa mở kỳ báo cáo" : ward.status().label()));
    });
    return rows;
  }

  /** 96.5 → "96,5%"; null → "chưa có số liệu". */
  static String percent(BigDecimal rate) {
    return rate == null ? "chưa có số liệu" : rate.stripTrailingZeros().toPlainString().replace('.', ',') + "%";
  }

  /** 4180 → "4.180". */
  static String number(long n) {
    return String.format("%,d", n).replace(',', '.');
  }

  // ---------------------------------------------------------------------------------------------
  // notifications

  private Dashboard.Notifications notifications(int year, boolean administrator) {
    OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    Map<NotificationKind, long[]> byKind = new LinkedHashMap<>();
    for (NotificationKind kind : NotificationKind.values()) {
      byKind.put(kind, new long[4]);
    }
    for (var c : notifications.countByKindAndStatus(from, to)) {
      long[] counts = byKind.computeIfAbsent(c.kind(), k -> new long[4]);
      int column = switch (c.status()) {
        case SENT -> 0;
        case FAILED -> 1;
        case PENDING, SENDING -> 2;
        // replaced by a later reminder or about a closed task: neither a failure to chase nor waiting
        case SUPERSEDED -> 3;
      };
      counts[column] += c.count();
    }
    List<Dashboard.KindRow> kinds = new ArrayList<>();
    long sent = 0;
    long failed = 0;
    long pending = 0;
    long superseded = 0;
    for (var e : byKind.entrySet()) {
      long[] c = e.getValue();
      kinds.add(new Dashboard.KindRow(e.getKey().name(), kindLabel(e.getKey()), c[0], c[1], c[2], c[0] + c[1] + c[2] + c[3], c[3]));
      sent += c[0];
      failed += c[1];
      pending += c[2];
      superseded += c[3];
    }

    List<NotificationRecord> failedMails = notifications.findInStatus(NotificationStatus.FAILED, from, to, FAILURES_LISTED);
    long openIncidents = runtimeService.createIncidentQuery().processDefinitionKeyIn(TaskRemindersProcess.KEY).count();
    Map<String, Incident> incidentByInstance = new HashMap<>();
    Map<String, Incident> incidentByTask = new HashMap<>();
    if (!failedMails.isEmpty()) {
      List<Incident> incidents = runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc()
          .listPage(0, INCIDENTS_READ);
      for (Incident incident : incidents) {
        incidentByInstance.putIfAbsent(incident.getProcessInstanceId(), incident);
      }
      // a reminder's failure is an incident of the reminder process that accompanies the task
      String[] reminderInstances = incidents.stream()
          .filter(i -> i.getProcessDefinitionId() != null && i.getProcessDefinitionId().startsWith(TaskRemindersProcess.KEY + ":"))
          .map(Incident::getProcessInstanceId).distinct().toArray(String[]::new);
      if (reminderInstances.length > 0) {
        for (VariableInstance v : runtimeService.createVariableInstanceQuery().processInstanceIdIn(reminderInstances)
            .variableName(TaskRemindersProcess.TASK_ID.getName()).list()) {
          if (v.getValue() instanceof String taskId) {
            incidentByTask.putIfAbsent(taskId, incidentByInstance.get(v.getProcessInstanceId()));
          }
        }
      }
    }
    List<Dashboard.Failure> failures = new ArrayList<>();
    Map<String, String> recipients = namesOf(failedMails.stream().map(NotificationRecord::recipientUser).toList());
    for (NotificationRecord n : failedMails) {
      Incident incident = n.taskId() == null ? null : incidentByTask.get(n.taskId());
      if (incident == null && n.processInstanceId() != null) {
        incident = incidentByInstance.get(n.processInstanceId());
      }
      failures.add(new Dashboard.Failure(n.id(), n.kind().name(), kindLabel(n.kind()), n.recipientUser(), n.recipientEmail(),
          n.subject(), n.attempts(), n.lastError(),
          n.createdAt() == null ? null : n.createdAt().atZoneSameInstant(clock.zone()).toOffsetDateTime(),
          n.taskId(), links.task(n.taskId()), n.processInstanceId(),
          administrator ? links.processInstance(n.processInstanceId()) : null,
          incident == null ? null : incident.getId(),
          incident == null || !administrator ? null : links.incidents(incident.getProcessInstanceId()),
          n.recipientUser() == null ? null : recipients.get(n.recipientUser())));
    }
    return new Dashboard.Notifications(from, to, kinds, sent, failed, pending, sent + failed + pending + superseded, failures,
        openIncidents, superseded);
  }

  static String kindLabel(NotificationKind kind) {
    return switch (kind) {
      case NEW_TASK -> "Báo công việc mới";
      case REMINDER -> "Nhắc hạn";
      case OVERDUE -> "Báo quá hạn";
      case ESCALATION -> "Báo cáo lãnh đạo";
      case OUTCOME -> "Báo kết quả";
    };
  }

  // ---------------------------------------------------------------------------------------------
  // commendations, milestones

  private Dashboard.Commendations commendations(int year, boolean administrator) {
    CommendationSection section = commendations.getIfAvailable(() -> CommendationOverview.NONE).forYear(year);
    return new Dashboard.Commendations(section.available(), section.note(), section.total(), section.byState(),
        section.awaitingCity().stream().map(w -> new Dashboard.AwaitingCityRow(w.candidate(), w.form(), w.proposingUnit(),
            w.since(), w.dossierNumber(), administrator ? links.processInstance(w.processInstanceId()) : null)).toList());
  }

  private static Dashboard.MilestoneRow milestoneRow(Milestone m) {
    return new Dashboard.MilestoneRow(m.key(), m.title(), m.date(), m.status().name(), m.statusLabel(), m.overdue(),
        m.doneOn(), m.detail(), m.year());
  }

  private OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(clock.zone()).toOffsetDateTime();
  }
}
