package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The guard reads the arguments the engine's commands keep in protected fields. If an engine
 * upgrade renames one, this fails the build instead of the guard failing in production.
 */
@SuppressWarnings("unchecked")
class EngineCommandsTest {

  @Test
  void everyArgumentTheGuardReadsIsWhereItExpectsIt() {
    Map<String, Object> vars = Map.of("a", 1);
    assertThat((String) EngineCommands.read(new CompleteTaskCmd("t1", vars), "taskId")).isEqualTo("t1");
    assertThat((Map<?, ?>) EngineCommands.read(new CompleteTaskCmd("t1", vars), "variables")).isEqualTo(vars);
    assertThat((Map<?, ?>) EngineCommands.read(new ResolveTaskCmd("t1", vars), "variables")).isEqualTo(vars);
    SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t2", Variables.fromMap(vars), false, false);
    assertThat((String) EngineCommands.read(submit, "taskId")).isEqualTo("t2");
    assertThat((Map<String, Object>) EngineCommands.read(submit, "properties")).containsEntry("a", 1);
    SubmitStartFormCmd start = new SubmitStartFormCmd("def", "key", vars);
    assertThat((String) EngineCommands.read(start, "processDefinitionId")).isEqualTo("def");
    assertThat((String) EngineCommands.read(start, "businessKey")).isEqualTo("key");
    assertThat((Map<String, Object>) EngineCommands.read(start, "variables")).containsEntry("a", 1);
    assertThat((String) EngineCommands.read(new ClaimTaskCmd("t3", "u"), "userId")).isEqualTo("u");
    assertThat((String) EngineCommands.read(new AssignTaskCmd("t4", "u"), "userId")).isEqualTo("u");
    assertThat((String) EngineCommands.read(new AssignTaskCmd("t4", "u"), "taskId")).isEqualTo("t4");
    assertThat((String) EngineCommands.read(new AddCommentCmd("t5", null, "m"), "message")).isEqualTo("m");
    UserEntity user = new UserEntity("me");
    assertThat((Object) EngineCommands.read(new SaveUserCmd(user), "user")).isSameAs(user);
    assertThat((String) EngineCommands.read(new GetTaskVariablesCmd("t6", null, false, false), "taskId")).isEqualTo("t6");
    assertThat((String) EngineCommands.read(new GetTaskVariableCmd("t7", "v", false), "variableName")).isEqualTo("v");
    assertThat((String) EngineCommands.read(new GetTaskVariableCmdTyped("t8", "w", false, false), "variableName")).isEqualTo("w");
    MessageEventReceivedCmd message = new MessageEventReceivedCmd("m", "e", vars);
    assertThat((String) EngineCommands.read(message, "messageName")).isEqualTo("m");
    assertThat((Map<?, ?>) EngineCommands.read(message, "processVariables")).isEqualTo(vars);
    assertThat((Object) EngineCommands.read(message, "processVariablesLocal")).isNull();
    assertThat((Object) EngineCommands.read(message, "processVariablesToTriggeredScope")).isNull();
    assertThat((Map<?, ?>) EngineCommands.read(new SignalCmd("e", "s", null, vars), "processVariables")).isEqualTo(vars);
  }

  @Test
  void theBuildersOfStartsMessagesAndSignalsAreWhereTheGuardExpectsThem() {
    for (var expected : Map.of(org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd.class, "instantiationBuilder",
        org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd.class, "builder",
        org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd.class, "builder",
        org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd.class, "builder").entrySet()) {
      assertThat(EngineCommands.hasField(expected.getKey(), expected.getValue())).as(expected.toString()).isTrue();
    }
  }

  @Test
  void aMissingFieldIsReportedByName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EngineCommands.read(new ClaimTaskCmd("t", "u"), "nothing"))
        .hasMessageContaining("ClaimTaskCmd has no field nothing");
  }
}
