package vn.viethoa.movement.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Stops the start before anything touches a database when the profile demands an administrator
 * password (prod) and ADMIN_PASSWORD is empty. Registered in META-INF/spring.factories.
 */
public class AdminPasswordGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String MESSAGE =
      "ADMIN_PASSWORD is not set: the prod profile does not start without an administrator password";

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    check(event.getEnvironment());
  }

  static void check(Environment env) {
    boolean required = env.getProperty("movement.security.require-admin-password", Boolean.class, false);
    String password = env.getProperty("movement.security.admin-password", "");
    if (required && password.isBlank()) {
      throw new IllegalStateException(MESSAGE);
    }
  }
}
