package vn.viethoa.movement.resilience;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reminder storm: many tasks of a unit whose first reminder falls due at the same instant, sent
 * through the application's real path (task-reminders process, notification log, SMTP). Used by
 * the benchmark and by the fault tests.
 *
 * <p>The tasks come from a small process deployed by the test only; every user task of every model
 * gets its reminder process, so they are reminded exactly like the plan's tasks. Due 30/11/2026
 * 17:00, the "7 days before" reminder of all of them is Monday 23/11/2026 08:00 (ward's zone).
 */
public final class ReminderStorm {

  public static final String DUTY_PROCESS = "storm-duty";
  public static final String NOOP_TIMER_PROCESS = "storm-noop-timer";
  /** Before the storm: the tasks are created. */
  public static final Instant BEFORE = OffsetDateTime.parse("2026-11-20T09:00:00+07:00").toInstant();
  public static final Instant DUE = OffsetDateTime.parse("2026-11-30T17:00:00+07:00").toInstant();
  /** The no-op timers fall due an hour before the reminders, so that each is measured alone. */
  public static final Instant NOOP_TIMERS_AT = OffsetDateTime.parse("2026-11-23T07:00:00+07:00").toInstant();
  public static final Instant REMINDERS_AT = OffsetDateTime.parse("2026-11-23T08:00:00+07:00").toInstant();
  /** The unit the tasks are routed to; in the demo organisation it has one member, so one mail per reminder. */
  public static final String UNIT = "vp";

  private ReminderStorm() {}

  /** A task of the unit, due {@link #DUE}. */
  public static BpmnModelInstance dutyModel() {
    return Bpmn.createExecutableProcess(DUTY_PROCESS).name("Nhiệm vụ thử tải nhắc hạn").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_DutyAssigned").name("Giao nhiệm vụ")
        .userTask("Task_StormDuty").name("Nhiệm vụ thử tải")
        .camundaCandidateGroups("${unit}").camundaDueDate("${due}")
        .endEvent("EndEvent_DutyDone").name("Hoàn thành")
        .done();
  }

  /** The engine's cheapest timer job: wait, then end. */
  public static BpmnModelInstance noopTimerModel() {
    return Bpmn.createExecutableProcess(NOOP_TIMER_PROCESS).name("Hẹn giờ rỗng (đối chứng)").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_NoopTimer")
        .intermediateCatchEvent("Timer_Noop").timerWithDate("${at}")
        .endEvent("EndEvent_NoopTimer")
        .done();
  }

  public static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("storm")
        .addModelInstance(DUTY_PROCESS + ".bpmn", dutyModel())
        .addModelInstance(NOOP_TIMER_PROCESS + ".bpmn", noopTimerModel())
        .enableDuplicateFiltering(true)
        .deploy();
  }

  /** Creates the tasks (each with its reminder process and timer); the clock must be at {@link #BEFORE}. */
  public static void createDuties(ProcessEngine engine, int count) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("unit", UNIT);
    variables.put("due", Date.from(DUE));
    for (int i = 0; i < count; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(DUTY_PROCESS, "THU-TAI-" + (i + 1), variables);
    }
  }

  public static void createNoopTimers(ProcessEngine engine, int count) {
    Map<String, Object> variables = Map.of("at", Date.from(NOOP_TIMERS_AT));
    for (int i = 0; i < count; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(NOOP_TIMER_PROCESS, variables);
    }
  }

  /** Moves the engine clock a little past the instant and wakes the job executor up at once. */
  public static void clockPast(ProcessEngine engine, Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant.plusSeconds(1)));
    wakeJobExecutor(engine);
  }

  public static void wakeJobExecutor(ProcessEngine engine) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
  }

  public static long reminderTimers(JdbcTemplate jdbc) {
    return jdbc.queryForObject(
        "select count(*) from act_ru_job where process_def_key_ = 'task-reminders' and type_ = 'timer'", Long.class);
  }

  public static long noopTimersLeft(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from act_ru_job where process_def_key_ = ?", Long.class,
        NOOP_TIMER_PROCESS);
  }

  public static long remindersSent(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from notification where kind = 'REMINDER' and status = 'SENT'", Long.class);
  }

  public static long notificationsIn(JdbcTemplate jdbc, String status) {
    return jdbc.queryForObject("select count(*) from notification where status = ?", Long.class, status);
  }

  public static long incidents(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from act_ru_incident", Long.class);
  }

  /** Waits for the job executor, within a bound; fails with what was awaited. */
  public static void waitUntil(Supplier<Boolean> condition, Duration bound, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(bound);
    while (!condition.get()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + bound + " waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  /** What the SMTP server received, by the notification key each mail carries. */
  public record Received(int messages, Map<String, Integer> byKey) {

    public List<String> duplicates() {
      List<String> keys = new ArrayList<>();
      byKey.forEach((key, n) -> {
        if (n > 1) {
          keys.add(key);
        }
      });
      return keys;
    }

    public static Received by(GreenMail... servers) throws MessagingException {
      int messages = 0;
      Map<String, Integer> byKey = new HashMap<>();
      for (GreenMail server : servers) {
        for (MimeMessage m : server.getReceivedMessages()) {
          messages++;
          String[] key = m.getHeader("X-Movement-Notification");
          byKey.merge(key == null ? "(none)" : key[0], 1, Integer::sum);
        }
      }
      return new Received(messages, byKey);
    }
  }
}
