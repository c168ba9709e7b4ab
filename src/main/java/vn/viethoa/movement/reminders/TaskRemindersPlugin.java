package vn.viethoa.movement.reminders;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every model its deadline rules and its reminder process: started when
 * the task is created (in the same transaction, so a task never exists without it), told when the
 * task is completed or deleted (its mails still waiting are then superseded). Built-in listeners, so that no model can forget them and no REST caller can skip them.
 */
@Component
public class TaskRemindersPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<ReminderService> reminders;

  public TaskRemindersPlugin(ObjectProvider<ReminderService> reminders) {
    this.reminders = reminders;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    TaskListener start = this::start;
    TaskListener close = this::close;
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, start);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, close);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, close);
      }
    });
  }

  private void start(DelegateTask task) {
    ReminderService service = reminders.getObject();
    service.applyDeadline(task);
    if (service.accompanies(task)) {
      String reminder = task.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(TaskRemindersProcess.KEY,
          service.businessKey(task), service.startVariables(task)).getId();
      TaskRemindersProcess.REMINDER_PROCESS_ID.on(task).setLocal(reminder);
    }
  }

  /**
   * Tells the task's own reminder process, found by the id kept on the task (a correlation by the
   * reminder's {@code taskId} variable joined every waiting reminder with its variables). Tasks created before the id was kept on them
   * (a movement already running when this version was deployed) are still found by that variable.
   */
  private void close(DelegateTask task) {
    reminders.getObject().closed(task);
    var correlation = task.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(TaskRemindersProcess.MESSAGE_TASK_CLOSED);
    Object reminder = task.getVariableLocal(TaskRemindersProcess.REMINDER_PROCESS_ID.getName());
    if (reminder instanceof String id) {
      correlation.processInstanceId(id).correlateAll();
    } else {
      correlation.processInstanceVariableEquals(TaskRemindersProcess.TASK_ID.getName(), task.getId()).correlateAll();
    }
  }
}
