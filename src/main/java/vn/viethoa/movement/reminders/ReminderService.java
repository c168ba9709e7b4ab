package vn.viethoa.movement.reminders;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.PublicAddress;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.notification.MailTemplates;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.NotificationService;
import vn.viethoa.movement.notification.OutgoingMail;
import vn.viethoa.movement.notification.Recipient;
import vn.viethoa.movement.organisation.Directory;
import vn.viethoa.movement.organisation.Organisation;

/**
 * Who is told what about a task, and when: the new-task notice, reminders before the due date,
 * the overdue notice and the escalation (through the day's digest to leadership). Reads the task
 * as it is at the time of sending (still open, its current due date, whether it has been claimed),
 * so a changed due date or a new assignee is respected and a closed task is never reported.
 */
@Service
public class ReminderService {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

  private final ReminderProperties properties;
  private final ReminderSchedule schedule;
  private final TaskDeadlines deadlines;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final Directory directory;
  private final Organisation organisation;
  private final NotificationService notifications;
  private final EscalationLog escalations;
  private final MailTemplates templates;
  private final PlanClock clock;
  private final MovementProperties movement;
  private final PublicAddress publicAddress;

  public ReminderService(ReminderProperties properties, ReminderSchedule schedule, TaskDeadlines deadlines,
      TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
      ManagementService managementService, HistoryService historyService, Directory directory,
      Organisation organisation, NotificationService notifications, EscalationLog escalations, MailTemplates templates,
      PlanClock clock, MovementProperties movement, PublicAddress publicAddress) {
    this.properties = properties;
    this.schedule = schedule;
    this.deadlines = deadlines;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.directory = directory;
    this.organisation = organisation;
    this.notifications = notifications;
    this.escalations = escalations;
    this.templates = templates;
    this.clock = clock;
    this.movement = movement;
    this.publicAddress = publicAddress;
  }

  /** Where a reminder process stands: steps up to {@code handledUntil} were dealt with; the timer waits for {@code next}. */
  public record Progress(Instant handledUntil, Optional<ReminderStep> next) {
    static Progress none(Instant handledUntil) {
      return new Progress(handledUntil, Optional.empty());
    }
  }

  /** Set while back-dated demo history is written: tasks of the past get no reminders. */
  private static final ThreadLocal<Boolean> SUPPRESSED = ThreadLocal.withInitial(() -> false);

  /** Runs work whose new tasks get no reminder process (back-dated history only). */
  public static void withoutReminders(Runnable work) {
    SUPPRESSED.set(true);
    try {
      work.run();
    } finally {
      SUPPRESSED.remove();
    }
  }

  /** Whether a new task gets a reminder process: tasks routed to someone, except the silent ones. */
  public boolean accompanies(DelegateTask task) {
    return properties.enabled() && !SUPPRESSED.get() && !properties.silentTasks().contains(task.getTaskDefinitionKey())
        && routed(task);
  }

  private static boolean routed(DelegateTask task) {
    return task.getAssignee() != null || task.getCandidates().stream().anyMatch(l -> l.getGroupId() != null);
  }

  /**
   * Gives a new task its deadline: a configured one for steps whose model sets none (the steps that
   * close a year), and never less than the minimum of working days (TaskDeadlines).
   */
  public void applyDeadline(DelegateTask task) {
    if (SUPPRESSED.get() || properties.silentTasks().contains(task.getTaskDefinitionKey()) || !routed(task)) {
      return;
    }
    Instant created = task.getCreateTime() == null ? clock.now() : task.getCreateTime().toInstant();
    Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
    deadlines.adjusted(task.getTaskDefinitionKey(), due, created).ifPresent(adjusted -> {
      if (due != null) {
        LOG.info("Deadline of {} ({}) moved from {} to {}: at least {} working days", task.getTaskDefinitionKey(),
            task.getId(), due, adjusted, properties.minimumWorkingDays());
      }
      task.setDueDate(Date.from(adjusted));
    });
  }

  /** A task was completed or deleted: its mails that still wait (or failed) are no longer needed. */
  public void closed(DelegateTask task) {
    notifications.supersedeTask(task.getId(), "Công việc đã hoàn thành hoặc đã đóng; thư không còn cần gửi.");
  }

  /** Variables and business key of the reminder process that accompanies a new task. */
  public Map<String, Object> startVariables(DelegateTask task) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TaskRemindersProcess.TASK_ID.getName(), task.getId());
    variables.put(TaskRemindersProcess.TASK_NAME.getName(), task.getName());
    variables.put(TaskRemindersProcess.NEW_TASK_NOTICE.getName(), properties.newTaskNotice());
    return variables;
  }

  public String businessKey(DelegateTask task) {
    String owner = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    String routedTo = task.getAssignee() != null ? task.getAssignee()
        : task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElse("");
    return (owner == null ? task.getTaskDefinitionKey() : owner) + " / " + routedTo;
  }

  /** Announces a new task to the people it is routed to, once. */
  public void notifyNewTask(String taskId) {
    Task task = task(taskId);
    if (task == null) {
      return;
    }
    deliver(task, "new", NotificationKind.NEW_TASK, recipientsOf(task));
  }

  /**
   * A periodic duty's new period replaces the previous one: the same duty's tasks of earlier periods
   * that the same unit (or group) still has open are cancelled, with their waiting mails marked
   * superseded. Runs in the reminder process's first job, never inside the transaction that opens
   * the period. Returns how many tasks were closed.
   */
  public int supersedeEarlierPeriods(String taskId) {
    Task task = task(taskId);
    if (task == null || task.getProcessInstanceId() == null
        || !properties.supersedeEarlierPeriod().contains(task.getTaskDefinitionKey())) {
      return 0;
    }
    Set<String> groups = candidateGroups(task.getId());
    int closed = 0;
    for (Task older : taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(task.getTaskDefinitionKey()).list()) {
      if (older.getId().equals(task.getId()) || !older.getCreateTime().before(task.getCreateTime())
          || !candidateGroups(older.getId()).equals(groups)) {
        continue;
      }
      HistoricTaskInstance history = historyService.createHistoricTaskInstanceQuery().taskId(older.getId()).singleResult();
      String reason = "Đã có công việc của kỳ mới (" + periodOf(task) + "); công việc kỳ trước được đóng.";
      notifications.supersedeTask(older.getId(), reason);
      runtimeService.createProcessInstanceModification(task.getProcessInstanceId())
          .cancelActivityInstance(history.getActivityInstanceId())
          .setAnnotation(reason)
          .execute();
      LOG.info("{} of an earlier period closed for {}: task {} replaced by {}", task.getTaskDefinitionKey(), groups,
          older.getId(), task.getId());
      closed++;
    }
    return closed;
  }

  /** The plan of a new task: steps before its creation are not its business; the first one ahead is next. */
  public Progress firstReminder(String taskId) {
    Task task = task(taskId);
    if (task == null || task.getDueDate() == null) {
      return Progress.none(null);
    }
    Instant created = task.getCreateTime().toInstant();
    Instant handledUntil = created.minusMillis(1);
    List<ReminderStep> steps = forAudience(task, schedule.plan(task.getDueDate().toInstant(), created));
    return new Progress(handledUntil, schedule.next(steps, handledUntil));
  }

  /**
   * Sends what is due now for a task — for each audience the latest step due since
   * {@code handledUntil} (after downtime the most relevant, never a flood of stale ones; the unit's
   * overdue notice and leadership's escalation both, even on the same day) — and returns the next
   * step ahead. Checks at send time that the task is still open and the step still due by its
   * current due date; while the task's own process still has an overdue timer that will close the
   * task (catching up after downtime), waits for it instead of reporting a task about to close.
   */
  public Progress sendDueReminder(String taskId, Instant handledUntil) {
    Task task = task(taskId);
    if (task == null || task.getDueDate() == null) {
      return Progress.none(handledUntil);
    }
    Instant now = clock.now();
    List<ReminderStep> steps = forAudience(task, schedule.plan(task.getDueDate().toInstant(), task.getCreateTime().toInstant()));
    List<ReminderStep> due = schedule.due(steps, handledUntil, now);
    if (!due.isEmpty() && closingTimerPending(task)) {
      LOG.info("Reminder of task {} waits: its process has an overdue timer that closes it", task.getId());
      return new Progress(handledUntil, Optional.of(due.get(due.size() - 1).movedTo(now.plus(properties.catchUpDelay()))));
    }
    for (ReminderStep step : due) {
      if (step.audience() == ReminderStep.Audience.LEADERSHIP) {
        escalate(task, step, now);
      } else {
        deliver(task, step.code(), step.kind(), recipientsOf(task));
      }
      for (ReminderStep replaced : schedule.replacedBy(steps, step)) {
        notifications.supersede("task:" + task.getId() + ":" + replaced.code() + ":",
            "Thay bằng thư \"" + step.code() + "\" gửi sau (thư cũ không còn phù hợp).");
      }
    }
    return new Progress(now, schedule.next(steps, now));
  }

  /**
   * The steps that apply to this task: a task routed only to the Fatherland Front is never escalated
   * to the Committee's lead unit and leadership (the Front is not an office of the Committee); its
   * overdue notice goes to the Front itself.
   */
  private List<ReminderStep> forAudience(Task task, List<ReminderStep> steps) {
    if (!routedToFront(task)) {
      return steps;
    }
    return steps.stream().filter(s -> s.audience() != ReminderStep.Audience.LEADERSHIP).toList();
  }

  /** Whether the task is routed to the Fatherland Front only (whoever of it has claimed it). */
  private boolean routedToFront(Task task) {
    Set<String> groups = candidateGroups(task.getId());
    return !groups.isEmpty() && groups.stream().allMatch(organisation::isFront);
  }

  /** Records the escalation for the day's digest to leadership (OverdueDigest), once per task and step. */
  private void escalate(Task task, ReminderStep step, Instant now) {
    escalations.record(task.getId(), step.code(), task.getName(), periodOf(task), unitNameOf(task), ownerKey(task),
        task.getDueDate().toInstant().atOffset(ZoneOffset.UTC), link(task), now.atOffset(ZoneOffset.UTC));
  }

  /**
   * Whether the task's process has an interrupting timer on the task (or a scope around it) that is
   * already due and will run: after downtime the timer that closes a proposal window and the
   * reminders of its tasks fall due together, and the reminders must not win.
   */
  boolean closingTimerPending(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId());
    ModelElementInstance element = model.getModelElementById(task.getTaskDefinitionKey());
    Set<Activity> scopes = new HashSet<>();
    for (ModelElementInstance e = element; e instanceof Activity activity; e = e.getParentElement()) {
      scopes.add(activity);
    }
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      if (boundary.cancelActivity() && scopes.contains(boundary.getAttachedTo())
          && !boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty()
          && managementService.createJobQuery().processInstanceId(task.getProcessInstanceId())
              .activityId(boundary.getId()).timers().executable().count() > 0) {
        return true;
      }
    }
    return false;
  }

  /** The task's assignee once claimed, otherwise every member of its candidate groups. */
  List<Recipient> recipientsOf(Task task) {
    if (task.getAssignee() != null) {
      return directory.user(task.getAssignee()).map(List::of).orElse(List.of());
    }
    return directory.membersOf(candidateGroups(task.getId()).toArray(String[]::new));
  }

  private Set<String> candidateGroups(String taskId) {
    Set<String> groups = new java.util.LinkedHashSet<>();
    for (IdentityLink l : taskService.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null) {
        groups.add(l.getGroupId());
      }
    }
    return groups;
  }

  private void deliver(Task task, String code, NotificationKind kind, List<Recipient> recipients) {
    String businessKey = ownerKey(task);
    String unitName = unitNameOf(task);
    String period = periodOf(task);
    String link = link(task);
    String dueText = task.getDueDate() == null ? null : VietnameseDates.deadline(task.getDueDate(), clock.zone());
    long daysLeft = task.getDueDate() == null ? 0
        : ChronoUnit.DAYS.between(clock.today(), task.getDueDate().toInstant().atZone(clock.zone()).toLocalDate());
    boolean cooperation = routedToFront(task);
    List<OutgoingMail> mails = new ArrayList<>();
    for (Recipient recipient : recipients) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("kind", kind.name());
      model.put("recipientName", recipient.displayName());
      model.put("taskName", task.getName());
      model.put("period", period);
      model.put("unitName", unitName);
      model.put("businessKey", businessKey);
      model.put("due", dueText);
      model.put("daysLeft", daysLeft);
      model.put("link", link);
      model.put("committee", movement.ward().committee());
      model.put("cooperation", cooperation);
      String subject = subject(kind, titled(task.getName(), period), dueText, daysLeft, unitName, cooperation);
      List<OutgoingMail.Attachment> attachments = task.getDueDate() == null ? List.of()
          : List.of(DeadlineCalendarFile.of(task.getId(), "Hạn xử lý: " + task.getName(),
              task.getName() + (unitName == null ? "" : " — " + unitName) + "\n" + link, task.getDueDate().toInstant(), link));
      mails.add(new OutgoingMail("task:" + task.getId() + ":" + code + ":" + recipient.userId(), kind, recipient, subject,
          templates.text("task-reminder", model), templates.html("task-reminder", model),
          task.getProcessInstanceId(), businessKey, task.getId(), attachments));
    }
    notifications.deliver(mails);
  }

  static String subject(NotificationKind kind, String title, String dueText, long daysLeft, String unitName) {
    return subject(kind, title, dueText, daysLeft, unitName, false);
  }

  /** {@code cooperation}: a task of the Front, which the Committee asks rather than assigns. */
  static String subject(NotificationKind kind, String title, String dueText, long daysLeft, String unitName, boolean cooperation) {
    String due = dueText == null ? "" : " – hạn " + dueText;
    String unit = unitName == null ? "" : " (" + unitName + ")";
    return switch (kind) {
      case NEW_TASK -> (cooperation ? "[Đề nghị phối hợp] " : "[Công việc mới] ") + title + due + unit;
      case REMINDER -> "[Nhắc hạn] " + title + due + (daysLeft > 0 ? ", còn " + daysLeft + " ngày" : "") + unit;
      case OVERDUE -> "[Quá hạn] " + title + due + unit;
      case ESCALATION -> "[Báo cáo lãnh đạo] Quá hạn: " + title + due + unit;
      case OUTCOME -> title;
    };
  }

  /** "Tổng hợp báo cáo của phường" + "năm 2026" → "Tổng hợp báo cáo của phường năm 2026" (no "năm năm"). */
  static String titled(String taskName, String period) {
    if (period == null) {
      return taskName;
    }
    if (taskName.endsWith(" năm") && period.startsWith("năm ")) {
      return taskName + period.substring(3);
    }
    return taskName + " " + period;
  }

  /**
   * The year or period a task belongs to, for subjects: the period of a periodic duty, the year of
   * its reporting cycle or commendation round, otherwise the year of its deadline (or creation).
   */
  String periodOf(Task task) {
    Object label = taskService.getVariable(task.getId(), TaskRemindersProcess.OWNER_PERIOD_LABEL);
    if (label instanceof String s && !s.isBlank()) {
      return s;
    }
    Object year = taskService.getVariable(task.getId(), TaskRemindersProcess.OWNER_YEAR);
    if (year instanceof Number n) {
      return "năm " + n.intValue();
    }
    if (year instanceof String s && s.matches("\\d{4}")) {
      return "năm " + s;
    }
    Date at = task.getDueDate() != null ? task.getDueDate() : task.getCreateTime();
    return at == null ? null : "năm " + at.toInstant().atZone(clock.zone()).getYear();
  }

  private String ownerKey(Task task) {
    ProcessInstance owner = task.getProcessInstanceId() == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    return owner == null ? null : owner.getBusinessKey();
  }

  private String link(Task task) {
    return publicAddress.base() + "/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  String unitNameOf(Task task) {
    Object local = taskService.getVariableLocal(task.getId(), "unitName");
    if (local instanceof String s) {
      return s;
    }
    return candidateGroups(task.getId()).stream().findFirst().flatMap(organisation::find).map(u -> u.name()).orElse(null);
  }

  private Task task(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult();
  }
}
