package vn.viethoa.movement.organisation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The ward's organisation as configured under {@code movement.organisation}. */
@ConfigurationProperties("movement.organisation")
public record OrganisationProperties(
    List<UnitConfig> units,
    GroupConfig leadership,
    GroupConfig council,
    ResidentialGroups residentialGroups,
    List<UserConfig> users) {

  public OrganisationProperties {
    units = units == null ? List.of() : List.copyOf(units);
    users = users == null ? List.of() : List.copyOf(users);
  }

  public record UnitConfig(String id, String name, boolean reportsAnnually, boolean lead, boolean receivesResidentialReports) {}

  public record GroupConfig(String id, String name) {}

  public record ResidentialGroups(int count, String idFormat, String nameFormat) {}

  public record UserConfig(
      String id, String firstName, String lastName, String email, List<String> groups) {
    public UserConfig {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }
}
