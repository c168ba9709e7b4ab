package vn.viethoa.movement.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reminders.ReminderService;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * On a fresh demo database: the movement as a ward in the middle of its plan would have it, on
 * whatever day the demo is started ({@link DemoStory}). The launch is written as back-dated history
 * (drafted, approved and disseminated in March–April 2026 by the demo officials, without reminders).
 * When the first year's reporting window has opened, it is opened at its plan date (the tasks carry
 * the plan's deadlines and their reminders) and two reports are submitted a few days later, on time;
 * then the movement runs on at the current date (the deadline passed, the units that did not report
 * are overdue). Before the window opens, the year's reports are not open yet.
 */
@Component
public class DemoMovementSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMovementSeeder.class);

  private final ProcessEngine engine;
  private final DemoProperties demo;
  private final PlanCalendar calendar;
  private final boolean enabled;

  public DemoMovementSeeder(ProcessEngine engine, DemoProperties demo, PlanCalendar calendar,
      @Value("${movement.demo.seed-movement:false}") boolean enabled) {
    this.engine = engine;
    this.demo = demo;
    this.calendar = calendar;
    this.enabled = enabled;
  }

  public void seed() {
    if (!demo.enabled() || !enabled
        || engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).count() > 0
        || engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).count() > 0) {
      return;
    }
    Date now = ClockUtil.getCurrentTime();
    boolean clockWasSet = Math.abs(now.getTime() - System.currentTimeMillis()) > 1000;
    DemoStory story = DemoStory.at(now.toInstant(), calendar.annualReport(calendar.firstYear()));
    try {
      ReminderService.withoutReminders(() -> launch(story.launchSteps()));
      story.windowOpens().ifPresent(opens -> {
        // the year's reporting waits for its window: it opened on its date, with the plan's deadlines
        at(opens.plusSeconds(1));
        engine.getManagementService().createJobQuery().timers().executable().list().stream()
            .filter(j -> isReportingWindow(j.getProcessInstanceId()))
            .forEach(j -> engine.getManagementService().executeJob(j.getId()));
        submitTwoReports(story.submissions());
      });
    } finally {
      if (clockWasSet) {
        ClockUtil.setCurrentTime(now);
      } else {
        ClockUtil.reset();
      }
    }
    ProcessInstance movement = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MovementProcess.KEY).singleResult();
    LOG.info("Demo movement seeded: {}", movement.getBusinessKey());
  }

  private boolean isReportingWindow(String processInstanceId) {
    ProcessInstance p = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return p != null && p.getProcessDefinitionId().startsWith(AnnualReportingProcess.KEY + ":");
  }

  /** The launch's steps at the story's times: start, draft, approval and launch, dissemination, households. */
  private void launch(List<ZonedDateTime> steps) {
    at(steps.get(0));
    engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, Map.of());
    at(steps.get(1));
    complete("canbo.vhxh", MovementProcess.Elements.TASK_DRAFT_PLAN, Map.of("draftSummary",
        "Dự thảo Kế hoạch triển khai Phong trào thi đua giai đoạn 2026 - 2030: 5 nội dung thi đua, tiêu chí, phân công."));
    at(steps.get(2));
    LocalDate launched = steps.get(2).toLocalDate();
    complete("chutich", MovementProcess.Elements.TASK_APPROVE_AND_LAUNCH,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", launched.minusDays(2).toString(), "launchedOn", launched.toString()));
    Map<String, Object> done = new HashMap<>(Map.of("disseminationResult",
        "Đã phổ biến nội dung, ý nghĩa phong trào tại hội nghị và trên hệ thống loa truyền thanh.", "sessionsHeld", 3L,
        "peopleReached", 450L));
    at(steps.get(3));
    complete("canbo.vp", MovementProcess.Elements.TASK_PUBLICIZE, done);
    complete("canbo.kthtdt", MovementProcess.Elements.TASK_MOBILISE_BUSINESSES, done);
    complete("canbo.ttdvsnc", MovementProcess.Elements.TASK_WRITE_NEWS, done);
    at(steps.get(4));
    List<Task> households = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS).list();
    for (Task task : households) {
      String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      completeTask("totruong." + group.substring(group.indexOf('-') + 1), task, done);
    }
  }

  private void submitTwoReports(List<ZonedDateTime> when) {
    Map<String, Object> unit = new HashMap<>(Map.of("trainingsHeld", 4L, "trainingParticipants", 160L, "initiatives", 1L,
        "staffTotal", 12L, "staffProficient", 12L, "treesPlanted", 120L, "cleanupCampaigns", 3L,
        "tasksCompletedWell", true, "citizenSupport", true,
        "results", "Ra quân vệ sinh môi trường 3 đợt, trồng 120 cây xanh; hỗ trợ 15 hộ kinh doanh bán hàng trực tuyến."));
    unit.put("businessesSupported", 15L);
    at(when.get(0));
    complete("canbo.kthtdt", AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unit, "kthtdt");
    Map<String, Object> group = new HashMap<>(Map.of("householdsTotal", 215L, "householdsDigitalAddress", 209L,
        "householdsOnlineServices", 140L, "householdsCashless", 162L, "householdsWasteSorting", 98L,
        "householdsSkillsClasses", 57L, "disseminationSessions", 6L,
        "results", "Vận động 209/215 hộ có địa chỉ số; tổ chức 2 buổi hướng dẫn cài đặt ứng dụng VNeID."));
    at(when.get(1));
    complete("totruong.01", AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, group, "tdp-01");
  }

  private void complete(String user, String taskKey, Map<String, Object> values) {
    complete(user, taskKey, values, null);
  }

  private void complete(String user, String taskKey, Map<String, Object> values, String group) {
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey);
    if (group != null) {
      query = query.taskCandidateGroup(group);
    }
    Task task = query.list().stream().findFirst().orElseThrow(() -> new IllegalStateException("No task " + taskKey));
    completeTask(user, task, values);
  }

  private void completeTask(String user, Task task, Map<String, Object> values) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static void at(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }
}
