package vn.viethoa.movement.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code bpmn/} and every form of {@code forms/} as one deployment, under
 * resource names that do not depend on how the app was launched ("bpmn/x.bpmn", "forms/y.form").
 * Duplicate filtering then keeps a restart from creating new versions; when anything changed, all
 * resources are deployed together so that formRefBinding="deployment" always finds its forms.
 */
@Component
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "emulation-movement";
  static final List<String> PATTERNS = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public Deployment deploy() {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("application")
        .enableDuplicateFiltering(false);
    for (NamedResource resource : resources()) {
      builder.addInputStream(resource.name(), resource.stream());
    }
    Deployment deployment = builder.deploy();
    LOG.info("Models deployed: deployment {} ({} definitions new)", deployment.getId(),
        deployment instanceof org.camunda.bpm.engine.repository.DeploymentWithDefinitions d
            ? d.getDeployedProcessDefinitions() == null ? 0 : d.getDeployedProcessDefinitions().size() : "?");
    return deployment;
  }

  /** The resources on the classpath, named "folder/file" whatever the classpath root is. */
  List<NamedResource> resources() {
    List<NamedResource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring(0, pattern.indexOf('/'));
      try {
        for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
          found.add(new NamedResource(folder + "/" + resource.getFilename(), resource.getInputStream()));
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read models matching " + pattern, e);
      }
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }

  record NamedResource(String name, InputStream stream) {}
}
