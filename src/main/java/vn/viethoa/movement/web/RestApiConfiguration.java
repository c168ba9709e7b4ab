package vn.viethoa.movement.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
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
}
