package vn.viethoa.movement.organisation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.demo.DemoProperties;
import vn.viethoa.movement.organisation.OrganisationProperties.UserConfig;
import vn.viethoa.movement.security.SecurityProperties;

/**
 * Makes the engine's users and groups match the configuration. Runs at every start: creates what
 * is missing, updates names and e-mail addresses, adds missing memberships, and never deletes.
 */
@Component
public class OrganisationSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationSeeder.class);
  static final String GROUP_TYPE_WORKFLOW = "WORKFLOW";

  private final IdentityService identityService;
  private final Organisation organisation;
  private final OrganisationProperties properties;
  private final DemoProperties demo;
  private final SecurityProperties security;

  private final ProcessEngineConfigurationImpl engineConfiguration;

  public OrganisationSeeder(IdentityService identityService, Organisation organisation,
      OrganisationProperties properties, DemoProperties demo, SecurityProperties security,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.identityService = identityService;
    this.engineConfiguration = engineConfiguration;
    this.organisation = organisation;
    this.properties = properties;
    this.demo = demo;
    this.security = security;
  }

  public void seed() {
    for (Unit unit : organisation.all()) {
      ensureGroup(unit.id(), unit.name(), GROUP_TYPE_WORKFLOW);
    }
    ensureGroup(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
    ensureAdministrator();
    for (UserConfig user : properties.users()) {
      ensureUser(user, null);
    }
    if (demo.enabled()) {
      for (UserConfig official : demoAccounts()) {
        ensureUser(official, demo.password());
      }
    }
  }

  /** Demo officials from configuration, plus one leader per residential group when asked. */
  List<UserConfig> demoAccounts() {
    List<UserConfig> accounts = new ArrayList<>();
    for (UserConfig o : demo.officials()) {
      String email = o.email() != null ? o.email() : o.id() + "@" + demo.emailDomain();
      accounts.add(new UserConfig(o.id(), o.firstName(), o.lastName(), email, o.groups()));
    }
    if (demo.residentialGroupLeaders()) {
      for (Unit group : organisation.ofKind(UnitKind.RESIDENTIAL_GROUP)) {
        String suffix = group.id().replaceAll("\\D", "");
        String id = "totruong." + suffix;
        accounts.add(new UserConfig(id, "Tổ trưởng", group.name(), id + "@" + demo.emailDomain(), List.of(group.id())));
      }
    }
    return accounts;
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
      LOG.info("Created group {} ({})", id, name);
    } else if (!name.equals(group.getName()) || !type.equals(group.getType())) {
      group.setName(name);
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureAdministrator() {
    String adminId = security.adminUser();
    String password = security.adminPassword();
    User admin = identityService.createUserQuery().userId(adminId).singleResult();
    if (admin == null) {
      admin = identityService.newUser(adminId);
      admin.setFirstName("Quản trị");
      admin.setLastName("hệ thống");
      admin.setPassword(password);
      saveSeeded(admin);
      LOG.info("Created administrator {}", adminId);
    } else if (password != null && !password.isBlank() && !identityService.checkPassword(adminId, password)) {
      // the environment is the source of truth for the administrator's password
      admin.setPassword(password);
      saveSeeded(admin);
      LOG.info("Administrator password reset from ADMIN_PASSWORD");
    }
    ensureMembership(adminId, Groups.CAMUNDA_ADMIN);
    if (security.requireAdminPassword() && password != null && !password.isBlank()
        && !identityService.checkPasswordAgainstPolicy(password).isValid()) {
      LOG.warn("ADMIN_PASSWORD does not meet the password policy (10+ characters with upper and lower case, a digit and a "
          + "symbol): choose a stronger one (docs/security.md)");
    }
  }

  /**
   * Saves an account whose password comes from configuration (the demo's documented passwords, the
   * administrator's from ADMIN_PASSWORD) without Camunda's password policy, which binds what people
   * choose in Tasklist and Admin. A weak ADMIN_PASSWORD is reported, not refused.
   */
  private void saveSeeded(User user) {
    engineConfiguration.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
  }

  private void ensureUser(UserConfig config, String initialPassword) {
    User user = identityService.createUserQuery().userId(config.id()).singleResult();
    if (user == null) {
      user = identityService.newUser(config.id());
      apply(user, config);
      if (initialPassword != null) {
        user.setPassword(initialPassword);
      }
      saveSeeded(user);
      LOG.info("Created user {}", config.id());
    } else if (differs(user, config)) {
      apply(user, config);
      identityService.saveUser(user);
    }
    for (String groupId : config.groups()) {
      if (organisation.find(groupId).isEmpty()) {
        throw new IllegalStateException("User " + config.id() + " names unknown group " + groupId);
      }
      ensureMembership(config.id(), groupId);
    }
  }

  private static void apply(User user, UserConfig config) {
    user.setFirstName(config.firstName());
    user.setLastName(config.lastName());
    user.setEmail(config.email());
  }

  private static boolean differs(User user, UserConfig config) {
    return !java.util.Objects.equals(user.getFirstName(), config.firstName())
        || !java.util.Objects.equals(user.getLastName(), config.lastName())
        || !java.util.Objects.equals(user.getEmail(), config.email());
  }

  private void ensureMembership(String userId, String groupId) {
    boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    if (!member) {
      identityService.createMembership(userId, groupId);
    }
  }
}
