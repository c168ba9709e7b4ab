package vn.viethoa.movement.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The ward's organisation built from configuration: which groups exist and what they are. Plain
 * data, no engine: the seeder makes the engine match it.
 */
@Component
public class Organisation {

  private final List<Unit> units;
  private final java.util.Map<String, List<String>> duties;

  public Organisation(OrganisationProperties properties) {
    this.duties = properties.duties();
    List<Unit> all = new ArrayList<>();
    properties.units().forEach(u -> all.add(new Unit(u.id(), u.name(), UnitKind.UNIT, u.reportsAnnually(), u.lead(),
        u.receivesResidentialReports(), u.front())));
    var rg = properties.residentialGroups();
    IntStream.rangeClosed(1, rg.count())
        .forEach(n -> all.add(new Unit(String.format(rg.idFormat(), n), String.format(rg.nameFormat(), n),
            UnitKind.RESIDENTIAL_GROUP, true, false, false)));
    all.add(new Unit(properties.leadership().id(), properties.leadership().name(), UnitKind.LEADERSHIP, false, false, false));
    all.add(new Unit(properties.council().id(), properties.council().name(), UnitKind.COUNCIL, false, false, false));
    this.units = Collections.unmodifiableList(all);
  }

  /** Every group of the organisation, units first, in configuration order. */
  public List<Unit> all() {
    return units;
  }

  public List<Unit> ofKind(UnitKind kind) {
    return units.stream().filter(u -> u.kind() == kind).toList();
  }

  public Optional<Unit> find(String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public Unit get(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("Unknown unit: " + id));
  }

  /** The groups that carry a duty of section V (e.g. "publicity": the office with the Front). */
  public List<String> dutyGroups(String duty) {
    List<String> groups = duties.get(duty);
    if (groups == null || groups.isEmpty()) {
      throw new IllegalStateException("No groups configured for duty '" + duty + "' (movement.organisation.duties)");
    }
    return groups;
  }

  public Unit leadUnit() {
    return units.stream().filter(Unit::lead).findFirst()
        .orElseThrow(() -> new IllegalStateException("No lead unit configured (movement.organisation.units[].lead)"));
  }

  /** Whether the group is the Fatherland Front (a unit configured with {@code front: true}). */
  public boolean isFront(String groupId) {
    return find(groupId).map(Unit::front).orElse(false);
  }

  public Unit leadership() {
    return ofKind(UnitKind.LEADERSHIP).get(0);
  }

  public Unit council() {
    return ofKind(UnitKind.COUNCIL).get(0);
  }

  /**
   * The unit a person acts for among the groups they belong to: the first unit or residential group
   * in configuration order. Leadership and council are not requesting units.
   */
  public Optional<Unit> actingUnitOf(List<String> groupIds) {
    return units.stream()
        .filter(u -> u.kind() == UnitKind.UNIT || u.kind() == UnitKind.RESIDENTIAL_GROUP)
        .filter(u -> groupIds.contains(u.id()))
        .findFirst();
  }
}
