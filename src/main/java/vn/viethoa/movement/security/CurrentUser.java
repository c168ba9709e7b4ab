package vn.viethoa.movement.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who calls the application's own endpoints: the user logged in to the webapps (session), or a
 * caller with HTTP basic credentials checked against the engine. Camunda's security filter does not
 * cover the application's own paths, so every endpoint asks here.
 */
@Component
public class CurrentUser {

  private static final String ENGINE = "default";

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public record Caller(String userId, List<String> groupIds) {
    public boolean isAdmin() {
      return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean inAny(String... groups) {
      for (String g : groups) {
        if (groupIds.contains(g)) {
          return true;
        }
      }
      return false;
    }
  }

  public Optional<Caller> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
      if (auths != null && auths.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
        return Optional.of(new Caller(user.getName(), List.copyOf(user.getGroupIds())));
      }
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        String userId = decoded.substring(0, colon);
        if (identityService.checkPassword(userId, decoded.substring(colon + 1))) {
          List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
              .map(g -> g.getId()).toList();
          return Optional.of(new Caller(userId, groups));
        }
      }
    }
    return Optional.empty();
  }

  /** The caller, or 401 when anonymous. */
  public Caller require(HttpServletRequest request) {
    return of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Chưa đăng nhập"));
  }

  /**
   * Whether a modifying request comes from the application's own pages or a program: a cross-site
   * form can neither set {@code X-Requested-With} nor forge this application's Origin.
   */
  public static boolean fromOwnPage(HttpServletRequest request) {
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      return false;
    }
    String origin = request.getHeader("Origin");
    String host = request.getHeader("Host");
    return origin == null || host == null || origin.replaceFirst("^https?://", "").equals(host);
  }

  /** The caller when an administrator, otherwise 401/403. */
  public Caller requireAdmin(HttpServletRequest request) {
    Caller caller = require(request);
    if (!caller.isAdmin()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được xem nội dung này");
    }
    return caller;
  }
}
