package vn.viethoa.movement.security;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Finds the deployed form behind a task, a start event or a message that ends a task, and reads
 * its {@link FormContract}. Runs inside the engine's command context, without authorization checks
 * of its own (the command it guards checks the caller's rights as usual).
 */
final class FormContracts {

  private final FormContract.Limits limits;

  FormContracts(FormContract.Limits limits) {
    this.limits = limits;
  }

  FormContract.Limits limits() {
    return limits;
  }

  /** The contract of a task, or null when there is no such task (the command then fails as usual). */
  FormContract forTask(CommandContext ctx, String taskId) {
    if (taskId == null) {
      return null;
    }
    TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    task.initializeFormKey();
    if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
      return FormContract.none(limits);
    }
    InputStream form = ctx.runWithoutAuthorization(() -> new GetDeployedTaskFormCmd(taskId).execute(ctx));
    return FormContract.parse(form, limits);
  }

  /** The contract of a process definition's start form; none when it has no start form. */
  FormContract forStart(CommandContext ctx, ProcessDefinitionEntity definition) {
    StartFormData data = ctx.runWithoutAuthorization(() -> new GetStartFormCmd(definition.getId()).execute(ctx));
    if (data == null || data.getCamundaFormRef() == null && data.getFormKey() == null) {
      return FormContract.none(limits);
    }
    InputStream form = ctx.runWithoutAuthorization(() -> new GetDeployedStartFormCmd(definition.getId()).execute(ctx));
    return FormContract.parse(form, limits);
  }

  /**
   * The contracts of the tasks that a message ends (an interrupting boundary event of that message
   * on a user task, in the newest version of each process): what such a message may carry.
   */
  List<FormContract> forMessage(CommandContext ctx, String messageName) {
    List<FormContract> contracts = new ArrayList<>();
    var definitions = ctx.runWithoutAuthorization(() -> ctx.getProcessEngineConfiguration().getRepositoryService()
        .createProcessDefinitionQuery().latestVersion().list());
    for (var definition : definitions) {
      BpmnModelInstance model = ctx.getProcessEngineConfiguration().getDeploymentCache()
          .findBpmnModelInstanceForProcessDefinition(definition.getId());
      for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
        boolean ends = event.getEventDefinitions().stream().anyMatch(d -> d instanceof MessageEventDefinition m
            && m.getMessage() != null && messageName.equals(m.getMessage().getName()));
        if (ends && event.getAttachedTo() instanceof UserTask task && task.getCamundaFormRef() != null) {
          contracts.add(deployedForm(ctx, definition.getDeploymentId(), task.getCamundaFormRef()));
        }
      }
    }
    return contracts;
  }

  private FormContract deployedForm(CommandContext ctx, String deploymentId, String formKey) {
    CamundaFormDefinitionEntity form = ctx.getCamundaFormDefinitionManager()
        .findDefinitionByDeploymentAndKey(deploymentId, formKey);
    if (form == null) {
      throw new IllegalStateException("Form " + formKey + " is not deployed with deployment " + deploymentId);
    }
    ResourceEntity resource = ctx.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(deploymentId, form.getResourceName());
    return FormContract.parse(new ByteArrayInputStream(resource.getBytes()), limits);
  }
}
