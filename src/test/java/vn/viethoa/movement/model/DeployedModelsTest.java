package vn.viethoa.movement.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.viethoa.movement.deployment.ModelDeployer;
import vn.viethoa.movement.support.MovementTest;

/** What the running application deployed: every model and form of the project, wired to real beans. */
@MovementTest
class DeployedModelsTest {

  /** A delegate bean, or a bean whose method an expression calls (variables have no dot). */
  static final Pattern BEAN = Pattern.compile("(?:delegateExpression=\"[$#]\\{([a-zA-Z0-9]+)\\}|=\"[$#]\\{([a-zA-Z0-9]+)\\.)");

  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;

  @Test
  void everyModelAndFormOfTheProjectIsDeployed() throws IOException {
    String deploymentId = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0).getId();
    List<String> deployed = repository.getDeploymentResourceNames(deploymentId);
    List<String> expected = new ArrayList<>();
    for (String folder : List.of("bpmn", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.forEach(f -> expected.add(folder + "/" + f.getFileName()));
      }
    }
    assertThat(deployed).containsExactlyInAnyOrderElementsOf(expected);
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull();
    }
  }

  @Test
  void everyFormChosenAtRunTimeIsDeployed() {
    String deploymentId = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().list().get(0).getId();
    List<String> deployed = repository.getDeploymentResourceNames(deploymentId);
    for (var kind : vn.viethoa.movement.organisation.UnitKind.values()) {
      assertThat(deployed).contains("forms/" + vn.viethoa.movement.reporting.AnnualReportingProcess.formFor(kind) + ".form");
    }
  }

  @Test
  void everyBeanNamedInAModelExists() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path model : files.toList()) {
        Matcher m = BEAN.matcher(Files.readString(model));
        while (m.find()) {
          String bean = m.group(1) != null ? m.group(1) : m.group(2);
          assertThat(context.containsBean(bean)).as(model + " names bean " + bean).isTrue();
        }
      }
    }
  }
}
