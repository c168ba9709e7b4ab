package vn.viethoa.movement.bench;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Benchmark only, a what-if: before each authorization check the engine (7.24) narrows the user's
 * groups to those that appear in any authorization, by reading the distinct group ids of the whole
 * ACT_RU_AUTHORIZATION table once per command ({@code selectAuthorizedGroupIds}). With {@link #skip}
 * on, this engine passes the user's groups through unchanged instead (the checks find the same rows:
 * a group without authorizations matches none), as CIB seven's opt-in {@code authGroupFilterThreshold}
 * does. Registered only in the city-scale benchmark's application; never part of the product.
 */
final class AuthorizedGroupsPrefilterSwitch extends AbstractProcessEnginePlugin {

  static volatile boolean skip;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new AuthorizationManager() {
          @Override
          public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (skip && authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()) {
              return new ArrayList<>(authenticatedGroupIds);
            }
            return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
          }
        };
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}
