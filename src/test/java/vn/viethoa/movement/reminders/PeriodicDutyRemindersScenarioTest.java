package vn.viethoa.movement.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.lifecycle.MovementProcess.Elements.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.NoticeAudit;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * The periodic duties left undone: of the first quarter's 22 tasks the groups' reports close at
 * their deadline (the office compiles what came in), the survey and the supervision report fall
 * overdue together and leadership gets one digest that day listing both, not a mail per task and
 * recipient; when the second quarter opens (even after downtime, both timers due together) the
 * groups have only the new quarter's tasks: the old ones closed at their deadline, the one mechanism
 * for them (docs/reminders.md); the half-yearly survey and supervision report, which have no
 * deadline timer, are replaced by the next half-year's.
 */
@MovementTest
class PeriodicDutyRemindersScenarioTest extends ReportingScenario {

  @Autowired EscalationLog escalations;
  @Autowired ReminderSchedule schedule;
  @Autowired vn.viethoa.movement.organisation.Organisation organisation;

  @BeforeEach
  void noMovementUnderWay() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test reset", true, true));
    forgetOverdueDigests();
  }

  ProcessInstance movementOnNewYear2027() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY,
        Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));
    executeDueJobs(movement.getId());
    clockAt("2027-01-01T08:00:30+07:00");
    executeDueJobs(movement.getId());
    return movement;
  }

  List<Task> periodicTasks(ProcessInstance movement) {
    return engine.getTaskService().createTaskQuery().processInstanceId(movement.getId())
        .taskDefinitionKeyIn(TASK_PERIODIC_HOUSEHOLD_REPORT, TASK_SATISFACTION_SURVEY, TASK_SUPERVISION_REPORT).list();
  }

  /** Runs the due jobs of the reminder processes of the given tasks, as the job executor would. */
  void runReminders(List<Task> tasks) {
    for (Task task : tasks) {
      var reminders = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
          .variableValueEquals(TaskRemindersProcess.TASK_ID.getName(), task.getId()).singleResult();
      if (reminders != null) {
        executeDueJobs(reminders.getId());
      }
    }
  }


  @Test
  void theFirstQuartersOverdueDutiesReachLeadershipInOneDigest() throws Exception {
    ProcessInstance movement = movementOnNewYear2027();
    List<Task> quarter = periodicTasks(movement);
    assertThat(quarter).hasSize(22);
    runReminders(quarter);
    assertThat(subjectsTo("totruong.07@viethoa.example")).singleElement().asString()
        .isEqualTo("[Công việc mới] Báo cáo định kỳ kết quả trong tổ dân phố kỳ từ 01/10/2026 đến 31/12/2026"
            + " – hạn 17:00 ngày 18/01/2027 (Tổ dân phố số 7)");

    // 15 days from 01/01 is Saturday 16/01, moved to Monday 18/01/2027: reminders 11/01 and 15/01 (Sunday 17/01
    // moves back to Friday), overdue notice Tuesday 19/01, escalation Thursday 21/01. The groups' reports close at
    // their deadline (the office compiles what came in); the survey and the supervision report stay open and overdue.
    for (String at : List.of("2027-01-11T08:00:05+07:00", "2027-01-15T08:00:05+07:00", "2027-01-18T17:00:05+07:00",
        "2027-01-19T08:00:05+07:00", "2027-01-21T08:00:05+07:00")) {
      clockAt(at);
      executeDueJobs(movement.getId());
      runReminders(engine.getTaskService().createTaskQuery().processInstanceId(movement.getId()).list());
    }
    // the Front's supervision report is its own duty, asked of it, not assigned: overdue, it is told so
    // itself and never reported to the Committee's leadership
    assertThat(escalations.all()).extracting(EscalationLog.Entry::taskName).containsExactly(
        "Đánh giá sự hài lòng của người dân, tổ chức");
    assertThat(subjectsTo("canbo.mttq@viethoa.example")).anySatisfy(s -> assertThat(s)
        .startsWith("[Quá hạn] Báo cáo kết quả giám sát, phản ánh khó khăn"));
    clockAt("2027-01-21T08:30:00+07:00");
    sendOverdueDigest();
    for (String boss : List.of("canbo.vhxh@viethoa.example", "chutich@viethoa.example")) {
      assertThat(subjectsTo(boss)).filteredOn(s -> s.startsWith("[Báo cáo lãnh đạo]"))
          .containsExactly("[Báo cáo lãnh đạo] 1 công việc quá hạn – ngày 21/01/2027");
    }
    assertThat(NoticeAudit.of(engine, jdbc, schedule, organisation).received(smtp)
        .problems(clock(), t -> movement.getId().equals(t.getProcessInstanceId()))).isEmpty();
  }

  static java.time.Instant clock() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }

  @Test
  void theSecondQuarterReplacesTheGroupsOpenReportsOfTheFirst() {
    ProcessInstance movement = movementOnNewYear2027();
    List<Task> first = periodicTasks(movement);
    runReminders(first);

    clockAt("2027-04-01T08:00:30+07:00");
    executeDueJobs(movement.getId());
    List<Task> all = periodicTasks(movement);
    List<Task> second = all.stream().filter(t -> first.stream().noneMatch(f -> f.getId().equals(t.getId()))).toList();
    assertThat(second).hasSize(20);
    runReminders(second);

    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(movement.getId())
        .taskDefinitionKey(TASK_PERIODIC_HOUSEHOLD_REPORT).list();
    assertThat(open).hasSize(20).extracting(Task::getId)
        .containsExactlyInAnyOrderElementsOf(second.stream().map(Task::getId).toList());
    for (Task old : first.stream().filter(t -> t.getTaskDefinitionKey().equals(TASK_PERIODIC_HOUSEHOLD_REPORT)).toList()) {
      HistoricTaskInstance history = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(old.getId()).singleResult();
      assertThat(history.getEndTime()).as("first quarter's task of " + old.getId()).isNotNull();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
          .variableValueEquals(TaskRemindersProcess.TASK_ID.getName(), old.getId()).count()).as("its reminders").isZero();
    }
    // the survey and the supervision report are half-yearly: their first task stays until July, then the new
    // half-year's task replaces it
    List<Task> firstHalf = engine.getTaskService().createTaskQuery().processInstanceId(movement.getId())
        .taskDefinitionKeyIn(TASK_SATISFACTION_SURVEY, TASK_SUPERVISION_REPORT).list();
    assertThat(firstHalf).hasSize(2);
    clockAt("2027-07-01T08:00:30+07:00");
    executeDueJobs(movement.getId());
    List<Task> secondHalf = engine.getTaskService().createTaskQuery().processInstanceId(movement.getId())
        .taskDefinitionKeyIn(TASK_SATISFACTION_SURVEY, TASK_SUPERVISION_REPORT).list().stream()
        .filter(t -> firstHalf.stream().noneMatch(f -> f.getId().equals(t.getId()))).toList();
    assertThat(secondHalf).hasSize(2);
    runReminders(secondHalf);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(movement.getId())
        .taskDefinitionKeyIn(TASK_SATISFACTION_SURVEY, TASK_SUPERVISION_REPORT).list()).extracting(Task::getId)
        .containsExactlyInAnyOrderElementsOf(secondHalf.stream().map(Task::getId).toList());
  }
}
