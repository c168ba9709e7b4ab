package vn.viethoa.movement.reminders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * the overdue notice and the escalation. Reads the task as it is at the time of sending (its due
 * date, whether it has been claimed), so a changed due date or a new assignee is respected.
 */
@Service
public class ReminderService {

  private final ReminderProperties properties;
  private final ReminderSchedule schedule;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final Directory directory;
  private final Organisation organisation;
  private final NotificationService notifications;
  private final MailTemplates templates;
  private final PlanClock clock;
  private final MovementProperties movement;
  private final PublicAddress publicAddress;

  public ReminderService(ReminderProperties properties, ReminderSchedule schedule, TaskService taskService,
      RuntimeService runtimeService, Directory directory, Organisation organisation, NotificationService notifications,
      MailTemplates templates, PlanClock clock, MovementProperties movement, PublicAddress publicAddress) {
    this.properties = properties;
    this.schedule = schedule;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.directory = directory;
    this.organisation = organisation;
    this.notifications = notifications;
    this.templates = templates;
    this.clock = clock;
    this.movement = movement;
    this.publicAddress = publicAddress;
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
        && (task.getAssignee() != null || task.getCandidates().stream().anyMatch(l -> l.getGroupId() != null));
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

  /** The first reminder still ahead; reminders whose time passed before the task existed are not sent. */
  public Optional<ReminderStep> firstReminder(String taskId) {
    Task task = task(taskId);
    if (task == null || task.getDueDate() == null) {
      return Optional.empty();
    }
    return schedule.next(schedule.plan(task.getDueDate().toInstant()), clock.now());
  }

  /**
   * Sends the one reminder that is relevant now (after downtime, the latest due, never a flood of
   * stale ones), then returns the next one ahead. Nothing when the task is gone.
   */
  public Optional<ReminderStep> sendDueReminder(String taskId) {
    Task task = task(taskId);
    if (task == null || task.getDueDate() == null) {
      return Optional.empty();
    }
    List<ReminderStep> steps = schedule.plan(task.getDueDate().toInstant());
    Instant now = clock.now();
    schedule.mostRelevant(steps, now).ifPresent(step -> {
      List<Recipient> recipients = step.kind() == NotificationKind.ESCALATION
          ? directory.membersOf(properties.escalateTo().toArray(String[]::new)) : recipientsOf(task);
      deliver(task, step.code(), step.kind(), recipients);
    });
    return schedule.next(steps, now);
  }

  /** The task's assignee once claimed, otherwise every member of its candidate groups. */
  List<Recipient> recipientsOf(Task task) {
    if (task.getAssignee() != null) {
      return directory.user(task.getAssignee()).map(List::of).orElse(List.of());
    }
    String[] groups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toArray(String[]::new);
    return directory.membersOf(groups);
  }

  private void deliver(Task task, String code, NotificationKind kind, List<Recipient> recipients) {
    ProcessInstance owner = task.getProcessInstanceId() == null ? null
        : runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    String businessKey = owner == null ? null : owner.getBusinessKey();
    String unitName = unitNameOf(task);
    String link = publicAddress.base() + "/camunda/app/tasklist/default/#/?task=" + task.getId();
    String dueText = task.getDueDate() == null ? null : VietnameseDates.dateTime(task.getDueDate(), clock.zone());
    String dueDay = task.getDueDate() == null ? null : VietnameseDates.date(task.getDueDate(), clock.zone());
    long daysLeft = task.getDueDate() == null ? 0
        : ChronoUnit.DAYS.between(clock.today(), task.getDueDate().toInstant().atZone(clock.zone()).toLocalDate());
    List<OutgoingMail> mails = new ArrayList<>();
    for (Recipient recipient : recipients) {
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("kind", kind.name());
      model.put("recipientName", recipient.displayName());
      model.put("taskName", task.getName());
      model.put("unitName", unitName);
      model.put("businessKey", businessKey);
      model.put("due", dueText);
      model.put("daysLeft", daysLeft);
      model.put("link", link);
      model.put("committee", movement.ward().committee());
      String subject = subject(kind, task.getName(), dueDay, daysLeft, unitName);
      List<OutgoingMail.Attachment> attachments = task.getDueDate() == null ? List.of()
          : List.of(DeadlineCalendarFile.of(task.getId(), "Hạn xử lý: " + task.getName(),
              task.getName() + (unitName == null ? "" : " — " + unitName) + "\n" + link, task.getDueDate().toInstant(), link));
      mails.add(new OutgoingMail("task:" + task.getId() + ":" + code + ":" + recipient.userId(), kind, recipient, subject,
          templates.text("task-reminder", model), templates.html("task-reminder", model),
          task.getProcessInstanceId(), businessKey, task.getId(), attachments));
    }
    notifications.deliver(mails);
  }

  static String subject(NotificationKind kind, String taskName, String dueDay, long daysLeft, String unitName) {
    String due = dueDay == null ? "" : " – hạn " + dueDay;
    String unit = unitName == null ? "" : " (" + unitName + ")";
    return switch (kind) {
      case NEW_TASK -> "[Công việc mới] " + taskName + due + unit;
      case REMINDER -> "[Nhắc hạn] " + taskName + due + (daysLeft > 0 ? ", còn " + daysLeft + " ngày" : "") + unit;
      case OVERDUE -> "[Quá hạn] " + taskName + due + unit;
      case ESCALATION -> "[Báo cáo lãnh đạo] Quá hạn: " + taskName + due + unit;
      case OUTCOME -> taskName;
    };
  }

  private String unitNameOf(Task task) {
    Object local = taskService.getVariableLocal(task.getId(), "unitName");
    if (local instanceof String s) {
      return s;
    }
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).findFirst().flatMap(organisation::find).map(u -> u.name()).orElse(null);
  }

  private Task task(String taskId) {
    return taskService.createTaskQuery().taskId(taskId).singleResult();
  }
}
