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
    List<UserConfig> users,
    java.util.Map<String, List<String>> duties) {

  public OrganisationProperties {
    units = units == null ? List.of() : List.copyOf(units);
    duties = duties == null ? java.util.Map.of() : java.util.Map.copyOf(duties);
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** {@code front}: the Fatherland Front, which the Committee asks to cooperate rather than directs (see Unit). */
  public record UnitConfig(String id, String name, boolean reportsAnnually, boolean lead, boolean receivesResidentialReports,
      boolean front) {}

  public record GroupConfig(String id, String name) {}

  public record ResidentialGroups(int count, String idFormat, String nameFormat) {}

  public record UserConfig(
      String id, String firstName, String lastName, String email, List<String> groups) {
    public UserConfig {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }
  }
}
