package vn.viethoa.movement.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own door (docs/security.md): every command a person asks for, through Tasklist,
 * Cockpit or any spelling of a REST path, passes here before it runs.
 * <ul>
 * <li>A task completion or a process start carries only the fields its deployed form declares,
 * with their types and sizes; anything else is refused with a Vietnamese message (HTTP 400) before
 * anything is stored. This holds for administrators too.</li>
 * <li>Officials (anyone not an administrator) may run the commands their work needs and nothing
 * else: reading what their rights allow, claiming a task for themselves, handing back their own,
 * completing, starting what they may start, commenting, changing their own profile. Everything
 * else (modification, restart, migration, jobs, variables, deletion, suspension, assigning to
 * others, new tasks, due dates) is refused with a Vietnamese message (HTTP 403).</li>
 * <li>What an official reads of a task's variables is what the task's form shows.</li>
 * </ul>
 * The engine's own work (jobs, listeners, start-up) runs unauthenticated or nested inside a
 * command that was already checked, and passes untouched.
 */
final class EngineGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(EngineGuard.class);

  static final String NOT_ALLOWED = "Tài khoản của đồng chí không được thực hiện thao tác này. Nếu cần, đề nghị liên hệ quản trị viên hệ thống.";
  static final String CLAIM_FOR_OTHERS = "Đồng chí chỉ có thể tự nhận công việc cho mình; không giao công việc cho người khác.";
  static final String HAND_BACK_OTHERS = "Chỉ người đang nhận công việc mới trả lại được công việc này.";
  static final String TASK_PROPERTIES = "Hạn, ngày theo dõi, tên và người thực hiện của công việc do quy trình của Kế hoạch xác định; cán bộ không thay đổi được.";
  static final String NEW_TASK = "Công việc do quy trình của phong trào tạo ra; không tạo công việc riêng trên hệ thống này.";
  static final String BUSINESS_KEY = "Mã hồ sơ do hệ thống cấp; không đặt mã hồ sơ khi khởi tạo.";
  static final String SIGNAL_VARIABLES = "Tín hiệu (signal) không được mang theo dữ liệu.";

  /** Reads an official's work needs; the engine checks the official's rights on each as usual. */
  private static final Set<String> READS = Set.of(
      // Tasklist: filters, tasks, forms, comments, diagrams
      "ExecuteFilterCountCmd", "ExecuteFilterListCmd", "ExecuteFilterListPageCmd", "ExecuteFilterSingleResultCmd", "GetFilterCmd",
      "GetTaskFormCmd", "GetDeployedTaskFormCmd", "GetRenderedTaskFormCmd", "GetFormKeyCmd", "GetCamundaFormDefinitionCmd",
      "GetStartFormCmd", "GetDeployedStartFormCmd", "GetRenderedStartFormCmd", "GetStartFormVariablesCmd",
      "GetIdentityLinksForTaskCmd", "GetTaskCommentsCmd", "GetTaskCommentCmd", "GetTaskEventsCmd", "GetSubTasksCmd",
      "GetTaskAttachmentsCmd", "GetTaskAttachmentCmd", "GetTaskAttachmentContentCmd", "GetAttachmentCmd",
      "GetAttachmentContentCmd", "GetProcessInstanceCommentsCmd", "GetProcessInstanceAttachmentsCmd",
      "GetDeployedProcessDefinitionCmd", "GetDeploymentProcessModelCmd", "GetDeploymentProcessDiagramCmd",
      "GetDeploymentProcessDiagramLayoutCmd", "GetDeploymentBpmnModelInstanceCmd", "GetDeploymentResourceCmd",
      "GetDeploymentResourceForIdCmd", "GetDeploymentResourceNamesCmd", "GetDeploymentResourcesCmd",
      "GetStaticCalledProcessDefinitionCmd", "GetIdentityLinksForProcessDefinitionCmd", "GetActivityInstanceCmd",
      "FindActiveActivityIdsCmd", "GetDeploymentDecisionDefinitionCmd", "GetDeploymentDmnModelInstanceCmd",
      "GetDeploymentDecisionModelCmd", "GetDeploymentDecisionDiagramCmd", "GetDeploymentDecisionRequirementsDefinitionCmd",
      "GetDeploymentDecisionRequirementsModelCmd", "GetDeploymentDecisionRequirementsDiagramCmd",
      // identity: one's own account, the password policy, the login check
      "GetUserInfoCmd", "GetUserInfoKeysCmd", "GetUserPictureCmd", "GetUserAccountCmd", "IsIdentityServiceReadOnlyCmd",
      "GetPasswordPolicyCmd", "CheckPassword", "CheckPasswordAgainstPolicyCmd", "CreateUserQueryCmd", "CreateGroupQueryCmd",
      "CreateTenantQueryCmd", "AuthorizationCheckCmd", "IsUserAuthorizedCmd",
      // engine facts the webapps ask for on every page
      "GetHistoryLevelCmd", "IsTelemetryEnabledCmd", "GetTopicNamesCmd",
      // reports: read-only, authorized by the engine (history rights)
      "TaskCountByCandidateGroupCmd", "ExecuteDurationReportCmd", "HistoricTaskInstanceCountByNameCmd", "ExecuteDurationCmd");

  /** Task properties an official might try to change in Tasklist. */
  private static final Set<String> TASK_PROPERTY_CHANGES = Set.of("SaveTaskCmd", "SetTaskDueDateCmd", "SetTaskFollowUpDateCmd",
      "SetTaskPriorityCmd", "SetTaskNameCmd", "SetTaskDescriptionCmd", "SetTaskOwnerCmd", "DelegateTaskCmd",
      "AddGroupIdentityLinkCmd", "AddUserIdentityLinkCmd", "DeleteGroupIdentityLinkCmd", "DeleteUserIdentityLinkCmd");

  private final ProcessEngineConfigurationImpl configuration;
  private final FormContracts contracts;

  EngineGuard(ProcessEngineConfigurationImpl configuration, FormContracts contracts) {
    this.configuration = configuration;
    this.contracts = contracts;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() != null) {
      return next.execute(command); // inside a command that was checked: the engine's and the models' own work
    }
    Authentication auth = configuration.getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return next.execute(command); // nobody asked: jobs, start-up, the application's own services
    }
    boolean admin = isAdmin(auth);
    Command<T> submission = submission(command, auth, admin);
    if (submission != null) {
      return next.execute(submission);
    }
    if (admin) {
      return next.execute(command);
    }
    return next.execute(forOfficial(command, auth));
  }

  // ---------------------------------------------------------------- submissions (everybody)

  @SuppressWarnings("unchecked")
  private <T> Command<T> submission(Command<T> command, Authentication auth, boolean admin) {
    if (command instanceof CompleteTaskCmd) { // and ResolveTaskCmd
      String taskId = EngineCommands.read(command, "taskId");
      Map<String, Object> variables = EngineCommands.read(command, "variables");
      return checked(command, ctx -> checkTaskSubmission(ctx, taskId, variables));
    }
    if (command instanceof SubmitTaskFormCmd) {
      String taskId = EngineCommands.read(command, "taskId");
      Map<String, Object> variables = EngineCommands.read(command, "properties");
      return checked(command, ctx -> checkTaskSubmission(ctx, taskId, variables));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl builder = EngineCommands.read(command, "instantiationBuilder");
      return checked(command, ctx -> checkStart(ctx, definition(ctx, builder.getProcessDefinitionId(),
          builder.getProcessDefinitionKey()), builder.getBusinessKey(), builder.getVariables(), admin));
    }
    if (command instanceof SubmitStartFormCmd) {
      String definitionId = EngineCommands.read(command, "processDefinitionId");
      String businessKey = EngineCommands.read(command, "businessKey");
      Map<String, Object> variables = EngineCommands.read(command, "variables");
      return checked(command, ctx -> checkStart(ctx, definition(ctx, definitionId, null), businessKey, variables, admin));
    }
    if (admin && command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl builder = EngineCommands.read(command, "builder");
      Map<String, Object> payload = merged(builder.getPayloadProcessInstanceVariables(),
          builder.getPayloadProcessInstanceVariablesLocal(), builder.getPayloadProcessInstanceVariablesToTriggeredScope());
      return checked(command, ctx -> checkMessage(ctx, builder.getMessageName(), payload));
    }
    if (admin && command instanceof MessageEventReceivedCmd) {
      String messageName = EngineCommands.read(command, "messageName");
      Map<String, Object> payload = merged(EngineCommands.read(command, "processVariables"),
          EngineCommands.read(command, "processVariablesLocal"), EngineCommands.read(command, "processVariablesToTriggeredScope"));
      return checked(command, ctx -> checkMessage(ctx, messageName, payload));
    }
    if (admin && command instanceof SignalEventReceivedCmd) {
      SignalEventReceivedBuilderImpl builder = EngineCommands.read(command, "builder");
      if (builder.getVariables() != null && !builder.getVariables().isEmpty()) {
        throw invalid(List.of(SIGNAL_VARIABLES));
      }
    }
    if (admin && command instanceof SignalCmd) {
      Map<String, Object> variables = EngineCommands.read(command, "processVariables");
      if (variables != null && !variables.isEmpty()) {
        throw invalid(List.of(SIGNAL_VARIABLES));
      }
    }
    return null;
  }

  /** The form's fields only; a field the form shows read-only comes back as it was shown, or not at all. */
  private FormContract.Problems checkTaskSubmission(CommandContext ctx, String taskId, Map<String, Object> variables) {
    FormContract contract = contracts.forTask(ctx, taskId);
    if (contract == null || variables == null) {
      return new FormContract.Problems();
    }
    FormContract.Problems problems = contract.checkDetailed(variables);
    TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
    for (String key : contract.readonlyKeys()) {
      if (variables.containsKey(key) && !FormContract.sameValue(task.getVariableTyped(key, false), SubmittedValue.of(variables, key))) {
        problems.hard(contract.readonlyProblem(key));
      }
    }
    return problems;
  }

  private FormContract.Problems checkStart(CommandContext ctx, ProcessDefinitionEntity definition, String businessKey,
      Map<String, Object> variables, boolean admin) {
    FormContract.Problems problems = new FormContract.Problems();
    if (definition == null) {
      return problems; // the command reports the unknown definition itself
    }
    if (!admin && businessKey != null && !businessKey.isBlank()) {
      problems.hard(BUSINESS_KEY);
    }
    FormContract contract = contracts.forStart(ctx, definition);
    if (admin && contract.formId() == null) {
      return problems; // a process without a start form, started by an administrator on purpose
    }
    FormContract.Problems fields = contract.checkDetailed(variables);
    fields.hard().forEach(problems::hard);
    fields.soft().forEach(problems::soft);
    return problems;
  }

  private FormContract.Problems checkMessage(CommandContext ctx, String messageName, Map<String, Object> payload) {
    if (payload.isEmpty()) {
      return new FormContract.Problems();
    }
    List<FormContract> candidates = messageName == null ? List.of() : contracts.forMessage(ctx, messageName);
    if (candidates.isEmpty()) {
      return FormContract.none(contracts.limits()).checkDetailed(payload);
    }
    FormContract.Problems first = null;
    for (FormContract contract : candidates) {
      FormContract.Problems problems = contract.checkDetailed(payload);
      if (problems.all().isEmpty()) {
        return problems;
      }
      first = first == null ? problems : first;
    }
    return first;
  }

  private static FormFieldValidationException invalid(List<String> problems) {
    return new FormFieldValidationException("submission", "Dữ liệu gửi lên không hợp lệ: " + String.join(" ", problems));
  }

  private static ProcessDefinitionEntity definition(CommandContext ctx, String id, String key) {
    var cache = ctx.getProcessEngineConfiguration().getDeploymentCache();
    try {
      return id != null ? cache.findDeployedProcessDefinitionById(id) : key != null ? cache.findDeployedLatestProcessDefinitionByKey(key) : null;
    } catch (RuntimeException notFound) {
      return null;
    }
  }

  private static Map<String, Object> merged(Map<String, Object>... maps) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (Map<String, Object> m : maps) {
      if (m != null) {
        all.putAll(m);
      }
    }
    return all;
  }

  // ---------------------------------------------------------------- officials

  @SuppressWarnings("unchecked")
  private <T> Command<T> forOfficial(Command<T> command, Authentication auth) {
    String name = command.getClass().getSimpleName();
    if (command instanceof AbstractNativeQuery) {
      throw refused(auth, command, NOT_ALLOWED); // raw SQL skips every authorization check
    }
    if (command instanceof AbstractQuery || READS.contains(name) || isWebappPluginRead(command)) {
      return command;
    }
    if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
      String taskId = command instanceof GetTaskFormVariablesCmd f ? f.resourceId : EngineCommands.read(command, "taskId");
      return ctx -> (T) shownOnly(ctx, taskId, (VariableMap) command.execute(ctx));
    }
    if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
      String taskId = EngineCommands.read(command, "taskId");
      String variable = EngineCommands.read(command, "variableName");
      return ctx -> {
        T value = command.execute(ctx);
        FormContract contract = contracts.forTask(ctx, taskId);
        return contract == null || contract.shownVariables().contains(variable) ? value : null;
      };
    }
    if (command instanceof ClaimTaskCmd) {
      String userId = EngineCommands.read(command, "userId");
      if (userId == null) {
        return handBack(command, auth);
      }
      if (!userId.equals(auth.getUserId())) {
        throw refused(auth, command, CLAIM_FOR_OTHERS);
      }
      return command;
    }
    if (command instanceof AssignTaskCmd) {
      String userId = EngineCommands.read(command, "userId");
      if (userId == null) {
        return handBack(command, auth);
      }
      throw refused(auth, command, CLAIM_FOR_OTHERS);
    }
    if (command instanceof AddCommentCmd) {
      String message = EngineCommands.read(command, "message");
      if (message != null && message.length() > contracts.limits().maxTextLength()) {
        throw invalid(List.of("Nhận xét dài quá " + contracts.limits().maxTextLength() + " ký tự."));
      }
      return command;
    }
    if (command instanceof SaveUserCmd) {
      User user = EngineCommands.read(command, "user");
      if (user != null && auth.getUserId().equals(user.getId())) {
        return command; // one's own profile and password (the password policy applies)
      }
      throw refused(auth, command, NOT_ALLOWED);
    }
    if (TASK_PROPERTY_CHANGES.contains(name)) {
      throw refused(auth, command, TASK_PROPERTIES);
    }
    if (name.equals("CreateTaskCmd")) {
      throw refused(auth, command, NEW_TASK);
    }
    throw refused(auth, command, NOT_ALLOWED);
  }

  /** Unclaiming one's own task: allowed although officials may not assign tasks (no TASK_ASSIGN). */
  private <T> Command<T> handBack(Command<T> command, Authentication auth) {
    String taskId = EngineCommands.read(command, "taskId");
    return ctx -> {
      TaskEntity task = ctx.getTaskManager().findTaskById(taskId);
      if (task == null || !auth.getUserId().equals(task.getAssignee())) {
        throw refused(auth, command, HAND_BACK_OTHERS);
      }
      return ctx.runWithoutAuthorization(() -> command.execute(ctx));
    };
  }

  private VariableMap shownOnly(CommandContext ctx, String taskId, VariableMap all) {
    FormContract contract = contracts.forTask(ctx, taskId);
    if (contract == null || all == null) {
      return all;
    }
    VariableMap shown = Variables.createVariables();
    for (String name : all.keySet()) {
      if (contract.shownVariables().contains(name)) {
        TypedValue value = all.getValueTyped(name);
        shown.putValueTyped(name, value);
      }
    }
    return shown;
  }

  /** Read-only queries of the webapps' own plugins (Cockpit statistics, Tasklist's process list). */
  private static boolean isWebappPluginRead(Command<?> command) {
    String type = command.getClass().getName();
    return type.startsWith("org.camunda.bpm.cockpit.") || type.startsWith("org.camunda.bpm.tasklist.")
        || type.startsWith("org.camunda.bpm.welcome.");
  }

  private boolean isAdmin(Authentication auth) {
    List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
    List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
    Collection<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return adminUsers.contains(auth.getUserId()) || groups.stream().anyMatch(adminGroups::contains);
  }

  private static AuthorizationException refused(Authentication auth, Command<?> command, String message) {
    LOG.warn("Refused {} for {}: {}", command.getClass().getSimpleName(), auth.getUserId(), message);
    return new AuthorizationException(message);
  }

  /**
   * Runs the command with its submission checked first, in the same context and transaction: a hard
   * problem refuses it before anything runs. Soft problems (declared fields of the wrong type) let
   * the model's own check speak first, so that the official reads every problem of the submission
   * at once; if the model accepts, they refuse the command anyway and its work is rolled back.
   */
  private static <T> Command<T> checked(Command<T> command,
      java.util.function.Function<CommandContext, FormContract.Problems> check) {
    return ctx -> {
      FormContract.Problems problems = check.apply(ctx);
      if (!problems.hard().isEmpty()) {
        throw invalid(problems.all());
      }
      if (problems.soft().isEmpty()) {
        return command.execute(ctx);
      }
      try {
        command.execute(ctx);
      } catch (FormFieldValidationException modelsOwnCheck) {
        throw modelsOwnCheck;
      } catch (RuntimeException causedByTheWrongType) {
        LOG.debug("Command failed on a submission of the wrong type", causedByTheWrongType);
      }
      throw invalid(problems.soft());
    };
  }
}
