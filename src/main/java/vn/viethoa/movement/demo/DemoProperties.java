package vn.viethoa.movement.demo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.viethoa.movement.organisation.OrganisationProperties.UserConfig;

/** Demo accounts under {@code movement.demo}; only the demo profile enables them. */
@ConfigurationProperties("movement.demo")
public record DemoProperties(
    boolean enabled,
    String password,
    String emailDomain,
    boolean residentialGroupLeaders,
    List<UserConfig> officials) {

  public DemoProperties {
    officials = officials == null ? List.of() : List.copyOf(officials);
  }
}
