package vn.viethoa.movement.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.notification.Recipient;

/** Who can be reached: members of groups and single users, with their e-mail addresses. */
@Component
public class Directory {

  private final IdentityService identityService;

  public Directory(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Members of the groups that have an e-mail address, each once, in a stable order. */
  public List<Recipient> membersOf(String... groupIds) {
    Map<String, Recipient> recipients = new LinkedHashMap<>();
    for (String groupId : groupIds) {
      for (User user : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
        toRecipient(user).ifPresent(r -> recipients.putIfAbsent(r.userId(), r));
      }
    }
    return List.copyOf(recipients.values());
  }

  /** Ids of every member of a group, with or without an e-mail address, in a stable order. */
  public List<String> memberIds(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }

  public java.util.Optional<Recipient> user(String userId) {
    if (userId == null) {
      return java.util.Optional.empty();
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? java.util.Optional.empty() : toRecipient(user);
  }

  public List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  private static java.util.Optional<Recipient> toRecipient(User user) {
    if (user.getEmail() == null || user.getEmail().isBlank()) {
      return java.util.Optional.empty();
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return java.util.Optional.of(new Recipient(user.getId(), name.isEmpty() ? user.getId() : name, user.getEmail()));
  }
}
