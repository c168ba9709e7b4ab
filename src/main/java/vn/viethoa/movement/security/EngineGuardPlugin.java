package vn.viethoa.movement.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EngineGuard} in front of every command the engine executes, ahead of its own
 * interceptors, so that no path into the engine (REST, webapps, Java API) goes around it.
 */
@Component
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {

  private final SubmissionLimits limits;

  public EngineGuardPlugin(SubmissionLimits limits) {
    this.limits = limits;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    FormContracts contracts = new FormContracts(limits.toLimits());
    // one instance per chain: an interceptor holds its successor, so a shared one would join the chains
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), new EngineGuard(configuration, contracts)));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new EngineGuard(configuration, contracts)));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(guard); // first: before anything else runs
    if (existing != null) {
      all.addAll(existing);
    }
    return all;
  }
}
