package vn.viethoa.movement.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.StartupRunner;
import vn.viethoa.movement.support.MovementTest;

@MovementTest
class OrganisationSeedingTest {

  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired StartupRunner startup;

  @Test
  void everyUnitOfThePlanIsAGroupWithItsVietnameseName() {
    assertThat(identity.createGroupQuery().groupId("vhxh").singleResult().getName()).isEqualTo("Phòng Văn hoá - Xã hội");
    for (String id : List.of("vp", "kthtdt", "vhxh", "ttpvhcc", "ttdvsnc", "mttq", "lanhdao", "hdtdkt")) {
      assertThat(identity.createGroupQuery().groupId(id).count()).as(id).isEqualTo(1);
    }
  }

  @Test
  void theDemoWardHasTwentyResidentialGroupsEachWithItsLeader() {
    IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n)).forEach(id -> {
      assertThat(identity.createGroupQuery().groupId(id).singleResult().getName())
          .isEqualTo("Tổ dân phố số " + Integer.parseInt(id.substring(4)));
      assertThat(identity.createUserQuery().memberOfGroup(id).count()).as(id).isEqualTo(1);
    });
    assertThat(identity.createGroupQuery().groupId("tdp-21").count()).isZero();
  }

  @Test
  void everyUnitHasADemoOfficialWithAnEmailAddress() {
    for (String unit : List.of("vp", "kthtdt", "vhxh", "ttpvhcc", "ttdvsnc", "mttq", "lanhdao", "hdtdkt")) {
      List<User> members = identity.createUserQuery().memberOfGroup(unit).list();
      assertThat(members).as(unit).isNotEmpty();
      assertThat(members).allSatisfy(u -> assertThat(u.getEmail()).endsWith("@viethoa.example"));
    }
    assertThat(identity.checkPassword("canbo.vp", "demo")).isTrue();
  }

  @Test
  void theAdministratorBelongsToCamundaAdmin() {
    assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
    assertThat(identity.checkPassword("admin", "test-admin")).isTrue();
  }

  @Test
  void startingAgainDuplicatesNothing() throws Exception {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long memberships = identity.createUserQuery().memberOfGroup("vp").count();
    long grants = authorizations.createAuthorizationQuery().count();
    long filterCount = filters.createFilterQuery().count();

    startup.run(null);

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(identity.createUserQuery().memberOfGroup("vp").count()).isEqualTo(memberships);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
  }

  @Test
  void sharedFiltersHaveVietnameseNamesAndAreReadableByUnits() {
    for (String name : List.of("Việc của đơn vị tôi", "Việc tôi đang xử lý", "Sắp đến hạn (7 ngày)", "Quá hạn")) {
      var filter = filters.createFilterQuery().filterName(name).singleResult();
      assertThat(filter).as(name).isNotNull();
      assertThat(authorizations.createAuthorizationQuery().groupIdIn("tdp-07").resourceId(filter.getId()).count())
          .as(name + " shared").isEqualTo(1);
    }
  }
}
