package vn.viethoa.movement.demo;

import java.time.OffsetDateTime;
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
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reminders.ReminderService;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * On a fresh demo database: the movement as a ward in the middle of its plan would have it. The
 * launch is written as back-dated history (drafted, approved and disseminated in March–April 2026
 * by the demo officials, without reminders), then the movement runs on at the current date: the
 * current year's reports are open, two of them already submitted.
 */
@Component
public class DemoMovementSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMovementSeeder.class);

  private final ProcessEngine engine;
  private final DemoProperties demo;
  private final boolean enabled;

  public DemoMovementSeeder(ProcessEngine engine, DemoProperties demo,
      @Value("${movement.demo.seed-movement:false}") boolean enabled) {
    this.engine = engine;
    this.demo = demo;
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
    try {
      ReminderService.withoutReminders(() -> launchInEarly2026());
    } finally {
      if (clockWasSet) {
        ClockUtil.setCurrentTime(now);
      } else {
        ClockUtil.reset();
      }
    }
    ProcessInstance movement = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MovementProcess.KEY).singleResult();
    // the year's reporting waits for its window, which opened while the history was written: open it now
    engine.getManagementService().createJobQuery().timers().executable().list().stream()
        .filter(j -> isReportingWindow(j.getProcessInstanceId()))
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));
    submitTwoReports();
    LOG.info("Demo movement seeded: {}", movement.getBusinessKey());
  }

  private boolean isReportingWindow(String processInstanceId) {
    ProcessInstance p = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return p != null && p.getProcessDefinitionId().startsWith(AnnualReportingProcess.KEY + ":");
  }

  private void launchInEarly2026() {
    at("2026-03-02T08:30:00+07:00");
    engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY, Map.of());
    at("2026-03-04T10:00:00+07:00");
    complete("canbo.vhxh", MovementProcess.Elements.TASK_DRAFT_PLAN, Map.of("draftSummary",
        "Dự thảo Kế hoạch triển khai Phong trào thi đua giai đoạn 2026 - 2030: 5 nội dung thi đua, tiêu chí, phân công."));
    at("2026-03-12T15:00:00+07:00");
    complete("chutich", MovementProcess.Elements.TASK_APPROVE_AND_LAUNCH,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));
    Map<String, Object> done = new HashMap<>(Map.of("disseminationResult",
        "Đã phổ biến nội dung, ý nghĩa phong trào tại hội nghị và trên hệ thống loa truyền thanh.", "sessionsHeld", 3L,
        "peopleReached", 450L));
    at("2026-03-25T09:00:00+07:00");
    complete("canbo.vp", MovementProcess.Elements.TASK_PUBLICIZE, done);
    complete("canbo.kthtdt", MovementProcess.Elements.TASK_MOBILISE_BUSINESSES, done);
    complete("canbo.ttdvsnc", MovementProcess.Elements.TASK_WRITE_NEWS, done);
    at("2026-04-10T16:00:00+07:00");
    List<Task> households = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(MovementProcess.Elements.TASK_INFORM_HOUSEHOLDS).list();
    for (Task task : households) {
      String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> l.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      completeTask("totruong." + group.substring(group.indexOf('-') + 1), task, done);
    }
  }

  private void submitTwoReports() {
    Map<String, Object> unit = new HashMap<>(Map.of("trainingsHeld", 4L, "trainingParticipants", 160L, "initiatives", 1L,
        "staffTotal", 12L, "staffProficient", 12L, "treesPlanted", 120L, "cleanupCampaigns", 3L,
        "tasksCompletedWell", true, "citizenSupport", true,
        "results", "Ra quân vệ sinh môi trường 3 đợt, trồng 120 cây xanh; hỗ trợ 15 hộ kinh doanh bán hàng trực tuyến."));
    unit.put("businessesSupported", 15L);
    complete("canbo.kthtdt", AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unit, "kthtdt");
    Map<String, Object> group = new HashMap<>(Map.of("householdsTotal", 215L, "householdsDigitalAddress", 209L,
        "householdsOnlineServices", 140L, "householdsCashless", 162L, "householdsWasteSorting", 98L,
        "householdsSkillsClasses", 57L, "disseminationSessions", 6L,
        "results", "Vận động 209/215 hộ có địa chỉ số; tổ chức 2 buổi hướng dẫn cài đặt ứng dụng VNeID."));
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

  private static void at(String iso) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(iso).toInstant()));
  }
}
