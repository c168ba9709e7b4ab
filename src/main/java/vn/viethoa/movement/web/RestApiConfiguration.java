package vn.viethoa.movement.web;

import jakarta.servlet.Filter;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to the engine's REST API (Jersey). */
@Configuration
public class RestApiConfiguration {

  @Bean
  ResourceConfigCustomizer validationFailureMapper() {
    return config -> {
      config.register(ValidationFailureMapper.class);
      config.register(FormValidationExceptionMapper.class);
      config.register(TechnicalErrorFilter.class);
    };
  }

  /** The same answers for the webapps' own engine API (Tasklist, Cockpit, Admin). */
  @Bean
  FilterRegistrationBean<Filter> webappEngineMessagesFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappEngineMessagesFilter());
    registration.setName("webapp-engine-messages");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }
}
