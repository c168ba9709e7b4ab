package vn.viethoa.movement.operations;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The web side of running the application: the start-up answer and the task id in the logging context. */
@Configuration
public class OperationsConfiguration {

  @Bean
  FilterRegistrationBean<Filter> startingUpFilter(StartupProgress progress, OperationsProperties properties) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new StartingUpFilter(progress, properties.startupRetryAfter()));
    registration.setName("starting-up");
    // the webapps (the root redirects into them), the engine's REST API and the application's API;
    // not the probes (/livez, /readyz), which must tell the truth themselves
    registration.addUrlPatterns("/camunda/*", "/engine-rest/*", "/api/*");
    // before authentication: nothing is worth checking while the users and rights are being set up
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> taskLoggingContextFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new TaskLoggingContextFilter());
    registration.setName("task-logging-context");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
    return registration;
  }
}
