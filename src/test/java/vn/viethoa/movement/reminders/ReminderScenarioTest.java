package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.NotificationRepository;
import vn.viethoa.movement.notification.NotificationStatus;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** The reminders of the 2026 reports: announced, reminded on a working day, overdue, escalated — each once. */
@MovementTest
class ReminderScenarioTest extends ReportingScenario {

  @Autowired NotificationRepository notifications;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  ProcessInstance remindersOf(ProcessInstance year, String unitId) {
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, unitId).getId();
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
        .variableValueEquals("taskId", taskId).singleResult();
  }


  @Test
  void the2026ReportOfAUnitIsAnnouncedRemindedOnFridayThenOverdueAndEscalatedEachOnce() throws Exception {
    forgetOverdueDigests();
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    ProcessInstance reminders = remindersOf(year, "ttdvsnc");
    assertThat(reminders.getBusinessKey()).isEqualTo("BAOCAO-2026 / ttdvsnc");

    executeDueJobs(reminders.getId());
    assertThat(subjectsTo("canbo.ttdvsnc@viethoa.example")).containsExactly(
        "[Công việc mới] Báo cáo kết quả thực hiện phong trào năm 2026 – hạn 17:00 ngày 30/11/2026 (Trung tâm Dịch vụ sự nghiệp công)");
    // 7 days before (23/11) had passed when the task was created: not sent; 29/11 is a Sunday: Friday 27/11
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).timers().singleResult();
    assertDue(timer.getDuedate(), "2026-11-27T08:00:00+07:00");

    clockAt("2026-11-27T08:00:05+07:00");
    executeDueJobs(reminders.getId());
    executeDueJobs(reminders.getId());
    assertThat(subjectsTo("canbo.ttdvsnc@viethoa.example")).hasSize(2).last().asString()
        .isEqualTo("[Nhắc hạn] Báo cáo kết quả thực hiện phong trào năm 2026 – hạn 17:00 ngày 30/11/2026, còn 3 ngày (Trung tâm Dịch vụ sự nghiệp công)");

    clockAt("2026-12-01T08:00:05+07:00");
    executeDueJobs(reminders.getId());
    assertThat(subjectsTo("canbo.ttdvsnc@viethoa.example")).hasSize(3).last().asString().startsWith("[Quá hạn]");

    clockAt("2026-12-03T08:00:05+07:00");
    executeDueJobs(reminders.getId());
    assertThat(subjectsTo("canbo.ttdvsnc@viethoa.example")).hasSize(3);
    // the escalation waits for the day's digest to leadership
    assertThat(subjectsTo("chutich@viethoa.example")).noneMatch(s -> s.startsWith("[Báo cáo lãnh đạo]"));
    clockAt("2026-12-03T08:30:00+07:00");
    sendOverdueDigest();
    for (String boss : List.of("canbo.vhxh@viethoa.example", "chutich@viethoa.example")) {
      assertThat(subjectsTo(boss)).filteredOn(s -> s.startsWith("[Báo cáo lãnh đạo]")).containsExactly(
          "[Báo cáo lãnh đạo] 1 công việc quá hạn – ngày 03/12/2026");
      MimeMessage digest = mailsTo(boss).stream().filter(m -> {
        try {
          return m.getSubject().startsWith("[Báo cáo lãnh đạo]");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).findFirst().orElseThrow();
      assertThat(part(digest, "text/plain")).contains("1. Báo cáo kết quả thực hiện phong trào năm 2026")
          .contains("Đơn vị: Trung tâm Dịch vụ sự nghiệp công").contains("Hạn xử lý: 17:00 ngày 30/11/2026")
          .contains("Mã hồ sơ: BAOCAO-2026");
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(reminders.getId()).count()).isZero();
    assertThat(notifications.findByProcessInstance(year.getId()))
        .filteredOn(n -> n.recipientUser().equals("canbo.ttdvsnc"))
        .extracting(n -> n.kind())
        .containsExactly(NotificationKind.NEW_TASK, NotificationKind.REMINDER, NotificationKind.OVERDUE);
  }

  @Test
  void theAggregationThatClosesTheYearGetsADeadlineAndItsNoticeNamesTheYear() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    // the units' deadline passes: the aggregation opens with five working days (Monday 30/11 → Monday 07/12)
    clockAt("2026-11-30T17:00:05+07:00");
    executeDueJobs(year.getId());
    var aggregation = taskOf(year, vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_AGGREGATE, "vhxh");
    assertDue(aggregation.getDueDate(), "2026-12-07T17:00:00+07:00");
    ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TaskRemindersProcess.KEY).variableValueEquals("taskId", aggregation.getId()).singleResult();
    executeDueJobs(reminders.getId());
    assertThat(subjectsTo("canbo.vhxh@viethoa.example")).contains(
        "[Công việc mới] Tổng hợp báo cáo của phường năm 2026 – hạn 17:00 ngày 07/12/2026 (Phòng Văn hoá - Xã hội)");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).timers().singleResult();
    assertDue(timer.getDuedate(), "2026-12-04T08:00:00+07:00");
  }

  @Test
  void aUnitThatReportsIsNoLongerReminded() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    ProcessInstance reminders = remindersOf(year, "kthtdt");
    executeDueJobs(reminders.getId());
    report(year, "kthtdt", unitReport(10, 1));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(reminders.getId()).count()).isZero();
    clockAt("2026-12-05T08:00:00+07:00");
    assertThat(subjectsTo("canbo.kthtdt@viethoa.example")).containsExactly(
        "[Công việc mới] Báo cáo kết quả thực hiện phong trào năm 2026 – hạn 17:00 ngày 30/11/2026 (Phòng Kinh tế, Hạ tầng và Đô thị)");
  }

  @Test
  void closingATaskReachesItsOwnReminderByTheIdKeptOnTheTaskAndOlderTasksByTheirVariable() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    ProcessInstance kthtdt = remindersOf(year, "kthtdt");
    ProcessInstance mttq = remindersOf(year, "mttq");
    ProcessInstance vp = remindersOf(year, "vp");
    for (ProcessInstance reminders : List.of(kthtdt, mttq, vp)) {
      executeDueJobs(reminders.getId()); // each now waits for its next reminder or its task's end
    }
    String kthtdtTask = taskOf(year, TASK_SUBMIT_REPORT, "kthtdt").getId();
    assertThat(engine.getTaskService().getVariableLocal(kthtdtTask, TaskRemindersProcess.REMINDER_PROCESS_ID.getName()))
        .isEqualTo(kthtdt.getId());

    report(year, "kthtdt", unitReport(10, 1));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(kthtdt.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(java.util.Set.of(mttq.getId(), vp.getId()))
        .count()).as("the other units' reminders still wait").isEqualTo(2);

    // a task created before the id was kept on tasks (a movement already running at the upgrade)
    engine.getTaskService().removeVariableLocal(taskOf(year, TASK_SUBMIT_REPORT, "vp").getId(),
        TaskRemindersProcess.REMINDER_PROCESS_ID.getName());
    report(year, "vp", unitReport(10, 1));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(vp.getId()).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(mttq.getId()).count()).isOne();
  }

  @Test
  void afterTheServerWasDownForDaysOnlyTheOneRelevantReminderGoesOut() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    ProcessInstance reminders = remindersOf(year, "ttdvsnc");
    executeDueJobs(reminders.getId());

    // down from Thursday 26/11 until Wednesday 02/12: the Friday reminder and the overdue notice were both missed
    clockAt("2026-12-02T10:00:00+07:00");
    executeDueJobs(reminders.getId());

    assertThat(subjectsTo("canbo.ttdvsnc@viethoa.example")).hasSize(2).last().asString().startsWith("[Quá hạn]");
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).timers().singleResult();
    assertDue(timer.getDuedate(), "2026-12-03T08:00:00+07:00");
  }

  @Test
  void theReminderCarriesADirectLinkAndTheDeadlineAsACalendarEvent() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    String taskId = taskOf(year, TASK_SUBMIT_REPORT, "tdp-09").getId();
    executeDueJobs(remindersOf(year, "tdp-09").getId());

    MimeMessage mail = mailsTo("totruong.09@viethoa.example").get(0);
    assertThat(part(mail, "text/plain")).contains("Hạn xử lý: 17:00 ngày 30/11/2026")
        // no PUBLIC_BASE_URL in the tests: the link names the address and port the server really
        // listens on (it binds the loopback address)
        .contains("http://127.0.0.1:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    assertThat(part(mail, "text/html")).contains("Mở công việc trên Tasklist");
    String ics = new String(((jakarta.mail.Multipart) mail.getContent()).getBodyPart(1).getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT")
        .contains("DTSTART:20261130T100000Z") // 17:00 on 30/11/2026 in Hà Nội
        .contains("SUMMARY:Hạn xử lý: Báo cáo kết quả thực hiện phong trào năm")
        .contains("UID:task-" + taskId + "@thidua.viethoa");
  }

  @Test
  void whenSmtpIsDownTheReminderIsRetriedAndThenDeliveredOnce() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    ProcessInstance reminders = remindersOf(year, "vp");
    smtp.stop();
    try {
      Job notice = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult();
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
            .hasMessageContaining("Không gửi được thư");
      }
      assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders.getId()).singleResult()
          .getIncidentMessage()).startsWith("Không gửi được thư \"[Công việc mới]").contains("canbo.vp@viethoa.example");
      assertThat(notifications.findByProcessInstance(year.getId())).filteredOn(n -> n.recipientUser().equals("canbo.vp"))
          .singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(n.attempts()).isEqualTo(4);
          });
    } finally {
      smtp.start();
    }
    Job notice = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult();
    engine.getManagementService().setJobRetries(notice.getId(), 1);
    engine.getManagementService().executeJob(notice.getId());
    assertThat(mailsTo("canbo.vp@viethoa.example")).hasSize(1);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders.getId()).count()).isZero();
  }
}
