package vn.viethoa.movement.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API is open by default; this puts HTTP basic authentication against the
 * engine's identity service in front of it, so authorization checks apply to REST callers too.
 * What a caller may then do is decided inside the engine ({@link EngineGuardPlugin}), whatever the
 * path's spelling. Security headers go on every page and answer of the application's own.
 */
@Configuration
public class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter(
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-auth");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", restPath);
    registration.addUrlPatterns(restPath + "/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> securityHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(1);
    return registration;
  }
}
