package vn.viethoa.movement.reminders;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Small processes deployed by the reminder tests only, so that a deadline can fall exactly where a
 * scenario needs it (a Friday, the eve of Tết): a task routed to a unit with a given due date, and
 * the same task closed by an interrupting timer (as a proposal window closes). Every user task of
 * every model gets its reminder process, so these are reminded exactly like the plan's tasks.
 */
final class ReminderProbe {

  static final String TASK_PROCESS = "reminder-probe";
  static final String WINDOW_PROCESS = "reminder-probe-window";
  static final String TASK = "Task_Probe";
  static final String TASK_NAME = "Kiểm tra nhắc hạn";

  private ReminderProbe() {}

  static BpmnModelInstance taskModel() {
    return Bpmn.createExecutableProcess(TASK_PROCESS).name("Kiểm tra nhắc hạn (kiểm thử)").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_ProbeAssigned").name("Giao việc")
        .userTask(TASK).name(TASK_NAME).camundaCandidateGroups("${group}").camundaDueDate("${due}")
        .endEvent("EndEvent_ProbeDone").name("Xong")
        .done();
  }

  static BpmnModelInstance windowModel() {
    return Bpmn.createExecutableProcess(WINDOW_PROCESS).name("Kiểm tra nhắc hạn có hạn đóng (kiểm thử)")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_WindowOpened").name("Mở đợt")
        .userTask(TASK).name(TASK_NAME).camundaCandidateGroups("${group}").camundaDueDate("${due}")
        .boundaryEvent("Timer_WindowClosed").name("Hết hạn đợt").cancelActivity(true).timerWithDate("${closeAt}")
        .endEvent("EndEvent_WindowClosed").name("Đóng đợt")
        .moveToActivity(TASK).endEvent("EndEvent_ProbeDone").name("Xong")
        .done();
  }

  static void deploy(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(WINDOW_PROCESS).count() == 0) {
      engine.getRepositoryService().createDeployment().name("reminder-probe")
          .addModelInstance(TASK_PROCESS + ".bpmn", taskModel())
          .addModelInstance(WINDOW_PROCESS + ".bpmn", windowModel())
          .deploy();
    }
  }

  /**
   * Removes the probe processes with their instances: the tests share one engine, and other tests
   * (the attacker suite) expect the deployed processes to be exactly those of bpmn/.
   */
  static void undeploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeploymentQuery().deploymentName("reminder-probe").list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true, true));
  }

  static ProcessInstance assign(ProcessEngine engine, String group, String due) {
    return engine.getRuntimeService().startProcessInstanceByKey(TASK_PROCESS,
        Map.of("group", group, "due", date(due)));
  }

  static ProcessInstance openWindow(ProcessEngine engine, String group, String due, String closeAt) {
    return engine.getRuntimeService().startProcessInstanceByKey(WINDOW_PROCESS,
        Map.of("group", group, "due", date(due), "closeAt", date(closeAt)));
  }

  static Task task(ProcessEngine engine, ProcessInstance owner) {
    return engine.getTaskService().createTaskQuery().processInstanceId(owner.getId()).singleResult();
  }

  /** The reminder process of the owner's task (open or ended). */
  static String remindersOf(ProcessEngine engine, String taskId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
        .variableValueEquals(TaskRemindersProcess.TASK_ID.getName(), taskId).singleResult().getId();
  }

  static Date date(String isoOffset) {
    return Date.from(OffsetDateTime.parse(isoOffset).toInstant());
  }
}
