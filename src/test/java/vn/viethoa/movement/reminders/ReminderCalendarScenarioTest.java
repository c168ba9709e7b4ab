package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.notification.MailHealth;
import vn.viethoa.movement.notification.NotificationRepository;
import vn.viethoa.movement.notification.NotificationStatus;
import vn.viethoa.movement.notification.WaitingMails;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/**
 * Deadlines where the calendar makes notices collide, tasks that must not be reported once closed,
 * and the mail server coming back: each planned notice goes out once, at the right time.
 */
@MovementTest
class ReminderCalendarScenarioTest extends ScenarioSupport {

  static final String KTHTDT = "canbo.kthtdt@viethoa.example";
  static final List<String> LEADERSHIP = List.of("canbo.vhxh@viethoa.example", "chutich@viethoa.example");

  @Autowired NotificationRepository notifications;
  @Autowired EscalationLog escalations;
  @Autowired WaitingMails waitingMails;
  @Autowired MailHealth mailHealth;
  @Autowired ReminderSchedule schedule;
  @Autowired vn.viethoa.movement.organisation.Organisation organisation;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  List<String> audit(ProcessInstance... owners) {
    List<String> ids = java.util.Arrays.stream(owners).map(ProcessInstance::getId).toList();
    return vn.viethoa.movement.support.NoticeAudit.of(engine, jdbc, schedule, organisation).received(smtp)
        .problems(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
            t -> ids.contains(t.getProcessInstanceId()));
  }

  @BeforeEach
  void probeDeployed() {
    ReminderProbe.deploy(engine);
    forgetOverdueDigests();
  }

  @org.junit.jupiter.api.AfterEach
  void probeRemoved() {
    ReminderProbe.undeploy(engine);
  }


  String reminders(Task task) {
    return ReminderProbe.remindersOf(engine, task.getId());
  }

  Job timerOf(String reminders) {
    return engine.getManagementService().createJobQuery().processInstanceId(reminders).timers().singleResult();
  }

  boolean ended(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
  }

  @Test
  void aFridayDeadlineGetsItsOverdueNoticeAndItsEscalationOnTheSameMonday() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    ProcessInstance owner = ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00");
    Task task = ReminderProbe.task(engine, owner);
    String reminders = reminders(task);
    executeDueJobs(reminders);

    clockAt("2026-11-13T08:00:05+07:00");
    executeDueJobs(reminders);
    clockAt("2026-11-19T08:00:05+07:00");
    executeDueJobs(reminders);
    // Saturday 21/11 (overdue) and Monday 23/11 (escalation) are one working day: Monday 23/11
    assertDue(timerOf(reminders).getDuedate(), "2026-11-23T08:00:00+07:00");

    clockAt("2026-11-23T08:00:05+07:00");
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).containsExactly(
        "[Công việc mới] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026 (Phòng Kinh tế, Hạ tầng và Đô thị)",
        "[Nhắc hạn] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026, còn 7 ngày (Phòng Kinh tế, Hạ tầng và Đô thị)",
        "[Nhắc hạn] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026, còn 1 ngày (Phòng Kinh tế, Hạ tầng và Đô thị)",
        "[Quá hạn] Kiểm tra nhắc hạn năm 2026 – hạn 17:00 ngày 20/11/2026 (Phòng Kinh tế, Hạ tầng và Đô thị)");
    assertThat(escalations.all()).singleElement().satisfies(e -> {
      assertThat(e.taskId()).isEqualTo(task.getId());
      assertThat(e.stepCode()).isEqualTo(ReminderStep.ESCALATION);
    });
    assertThat(ended(reminders)).as("nothing left to send").isTrue();

    clockAt("2026-11-23T08:30:00+07:00");
    sendOverdueDigest();
    for (String boss : LEADERSHIP) {
      assertThat(subjectsTo(boss)).containsExactly("[Báo cáo lãnh đạo] 1 công việc quá hạn – ngày 23/11/2026");
    }
    assertThat(audit(owner)).isEmpty();
  }

  @Test
  void aDeadlineOnTheEveOfTetGetsItsOverdueNoticeAndEscalationAfterTheHoliday() throws Exception {
    clockAt("2027-01-25T09:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2027-02-04T17:00:00+07:00"));
    String reminders = reminders(task);
    executeDueJobs(reminders);
    clockAt("2027-01-28T08:00:05+07:00");
    executeDueJobs(reminders);
    clockAt("2027-02-03T08:00:05+07:00");
    executeDueJobs(reminders);
    // Tết from Friday 05/02 to Thursday 11/02/2027: both after-deadline notices on Friday 12/02
    assertDue(timerOf(reminders).getDuedate(), "2027-02-12T08:00:00+07:00");

    clockAt("2027-02-12T08:00:05+07:00");
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).last().asString().startsWith("[Quá hạn] Kiểm tra nhắc hạn năm 2027 – hạn 17:00 ngày 04/02/2027");
    assertThat(escalations.all()).extracting(EscalationLog.Entry::taskId).containsExactly(task.getId());
    assertThat(ended(reminders)).isTrue();
  }

  @Test
  void aTaskClosedByItsOwnTimerAfterDowntimeIsNotReportedOverdue() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    ProcessInstance window = ReminderProbe.openWindow(engine, "kthtdt", "2026-11-20T17:00:00+07:00",
        "2026-11-30T17:00:00+07:00");
    Task task = ReminderProbe.task(engine, window);
    String reminders = reminders(task);
    executeDueJobs(reminders);
    smtp.purgeEmailFromAllMailboxes();

    // down from 10/11 until 02/12: the reminders, the overdue notice, the escalation and the timer
    // that closes the window are all due when the server comes back; the reminder job happens to run first
    clockAt("2026-12-02T10:00:00+07:00");
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).isEmpty();
    assertThat(escalations.all()).isEmpty();
    assertDue(timerOf(reminders).getDuedate(), "2026-12-02T10:02:00+07:00");

    executeDueJobs(window.getId());
    assertThat(ended(reminders)).as("the window closed the task, its reminders end").isTrue();
    clockAt("2026-12-02T10:05:00+07:00");
    assertThat(subjectsTo(KTHTDT)).isEmpty();
    assertThat(escalations.all()).isEmpty();
    assertThat(audit(window)).isEmpty();
  }

  @Test
  void aTaskStillOpenAfterDowntimeGetsItsOverdueNoticeAndEscalationOnceEach() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00"));
    String reminders = reminders(task);
    executeDueJobs(reminders);

    // weeks of downtime: back on 15/12, the unit gets the one relevant notice, leadership the escalation
    clockAt("2026-12-15T08:10:00+07:00");
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).hasSize(2).last().asString().startsWith("[Quá hạn]");
    assertThat(escalations.all()).extracting(EscalationLog.Entry::taskId).containsExactly(task.getId());
    clockAt("2026-12-15T08:30:00+07:00");
    sendOverdueDigest();
    sendOverdueDigest();
    for (String boss : LEADERSHIP) {
      assertThat(subjectsTo(boss)).containsExactly("[Báo cáo lãnh đạo] 1 công việc quá hạn – ngày 15/12/2026");
    }
  }

  @Test
  void aTaskClosedBeforeTheDigestIsNotListed() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    ProcessInstance owner = ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00");
    Task task = ReminderProbe.task(engine, owner);
    String reminders = reminders(task);
    executeDueJobs(reminders);
    clockAt("2026-11-23T08:00:05+07:00");
    executeDueJobs(reminders);
    assertThat(escalations.all()).hasSize(1);

    clockAt("2026-11-23T08:10:00+07:00");
    engine.getTaskService().complete(task.getId());
    clockAt("2026-11-23T08:30:00+07:00");
    sendOverdueDigest();
    for (String boss : LEADERSHIP) {
      assertThat(subjectsTo(boss)).isEmpty();
    }
    assertThat(escalations.all()).singleElement().satisfies(e -> assertThat(e.listed()).isFalse());
    assertThat(audit(owner)).isEmpty();
  }

  @Test
  void aShortDeadlineIsExtendedToTheMinimumOfWorkingDays() throws Exception {
    // created on Thursday 26/11 at 16:00 with a deadline at 17:00 the same day: two working days, Monday 30/11
    clockAt("2026-11-26T16:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-26T17:00:00+07:00"));
    assertDue(task.getDueDate(), "2026-11-30T17:00:00+07:00");

    // a deadline that already leaves enough time stands
    Task later = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-12-10T17:00:00+07:00"));
    assertDue(later.getDueDate(), "2026-12-10T17:00:00+07:00");
  }

  @Test
  void whenTheMailServerAnswersAgainWaitingMailsGoOutAtOnce() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00"));
    String reminders = reminders(task);
    smtp.stop();
    try {
      Job notice = engine.getManagementService().createJobQuery().processInstanceId(reminders).singleResult();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId())).hasMessageContaining("Không gửi được thư");
      clockAt("2026-11-09T09:01:05+07:00");
      assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId())).hasMessageContaining("Không gửi được thư");
      assertThat(mailHealth.up()).isFalse();
      // the next retry is five minutes away; the probe finds the server still down and changes nothing
      assertThat(waitingMails.sendNowIfServerAnswers().released()).isZero();
      Job waiting = engine.getManagementService().createJobQuery().jobId(notice.getId()).singleResult();
      assertDue(waiting.getDuedate(), "2026-11-09T09:06:05+07:00");
      assertThat(waiting.getRetries()).isEqualTo(2);
    } finally {
      smtp.start();
    }

    // the server is back at 09:02: the probe finds it answering and the job is due now, its retries kept
    clockAt("2026-11-09T09:02:00+07:00");
    WaitingMails.Report report = waitingMails.sendNowIfServerAnswers();
    assertThat(report.released()).isPositive();
    assertThat(report.server().up()).isTrue();
    Job released = engine.getManagementService().createJobQuery().processInstanceId(reminders).singleResult();
    assertDue(released.getDuedate(), "2026-11-09T09:02:00+07:00");
    assertThat(released.getRetries()).isEqualTo(2);
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).singleElement().asString().startsWith("[Công việc mới]");
    assertThat(notifications.findByProcessInstance(task.getProcessInstanceId()))
        .singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SENT));
  }

  @Test
  void aReminderReplacedByALaterOneIsSupersededNotFailed() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00"));
    String reminders = reminders(task);
    executeDueJobs(reminders);

    // the 7-day reminder fails until its retries are used up: an incident
    clockAt("2026-11-13T08:00:05+07:00");
    engine.getManagementService().executeJob(timerOf(reminders).getId());
    smtp.stop();
    try {
      Job send = engine.getManagementService().createJobQuery().processInstanceId(reminders).singleResult();
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(send.getId())).hasMessageContaining("Không gửi được thư");
      }
    } finally {
      smtp.start();
    }
    // nobody retried it before the 1-day reminder was due: the administrator's retry sends the 1-day one
    clockAt("2026-11-19T09:00:00+07:00");
    waitingMails.sendNowIfServerAnswers();
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).last().asString().contains("còn 1 ngày");
    assertThat(notifications.findByProcessInstance(task.getProcessInstanceId()))
        .filteredOn(n -> n.dedupKey().contains(":before-7d:"))
        .singleElement().satisfies(n -> {
          assertThat(n.status()).isEqualTo(NotificationStatus.SUPERSEDED);
          assertThat(n.supersededReason()).contains("before-1d");
        });
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders).count()).isZero();
  }

  @Test
  void theMailsOfAClosedTaskThatStillWaitAreSuperseded() throws Exception {
    clockAt("2026-11-09T09:00:00+07:00");
    Task task = ReminderProbe.task(engine, ReminderProbe.assign(engine, "kthtdt", "2026-11-20T17:00:00+07:00"));
    String reminders = reminders(task);
    smtp.stop();
    try {
      Job notice = engine.getManagementService().createJobQuery().processInstanceId(reminders).singleResult();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId())).hasMessageContaining("Không gửi được thư");
    } finally {
      smtp.start();
    }
    engine.getTaskService().complete(task.getId());
    assertThat(notifications.findByProcessInstance(task.getProcessInstanceId()))
        .singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(NotificationStatus.SUPERSEDED));
    // the waiting job finds the task closed and sends nothing
    clockAt("2026-11-09T09:10:00+07:00");
    executeDueJobs(reminders);
    assertThat(subjectsTo(KTHTDT)).isEmpty();
    assertThat(ended(reminders)).isTrue();
  }
}
