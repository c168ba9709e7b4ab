package vn.viethoa.movement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MovementApplication {
  public static void main(String[] args) {
    SpringApplication.run(MovementApplication.class, args);
  }
}
