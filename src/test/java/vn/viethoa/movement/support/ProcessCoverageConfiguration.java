package vn.viethoa.movement.support;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.Ordering;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.CompensationEventCoverageHandler;
import org.camunda.community.process_test_coverage.engine.platform7.ElementCoverageParseListener;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Adds camunda-process-test-coverage's parse listener (and compensation handler) to the engine of
 * the test context, as the library's ProcessEngineCoverageConfiguration does, and binds them at
 * once to the JVM's {@link ProcessCoverage} collector, so that no element ever runs unobserved or
 * into an uninitialised listener.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageConfiguration {

  @Bean
  @Order(Ordering.DEFAULT_ORDER + 1)
  AbstractCamundaConfiguration processCoverageEngineConfiguration() {
    return new AbstractCamundaConfiguration() {
      @Override
      public void preInit(SpringProcessEngineConfiguration configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        bind(configuration);
      }
    };
  }

  private static void bind(ProcessEngineConfigurationImpl configuration) {
    configuration.getCustomPostBPMNParseListeners().stream()
        .filter(ElementCoverageParseListener.class::isInstance)
        .forEach(l -> ((ElementCoverageParseListener) l).setCoverageState(ProcessCoverage.collector()));
    configuration.getCustomEventHandlers().stream()
        .filter(CompensationEventCoverageHandler.class::isInstance)
        .forEach(h -> ((CompensationEventCoverageHandler) h).setCoverageState(ProcessCoverage.collector()));
  }
}
