package vn.viethoa.movement.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A start through the REST API may ask to skip listeners or to begin at an arbitrary activity,
 * which would bypass the checks of the models. Only administrators may do that; anyone else gets
 * 403. Runs after the REST authentication filter, so the caller is known.
 */
public class RestStartGuardFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final IdentityService identityService;

  public RestStartGuardFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"POST".equals(request.getMethod())
        || !(uri.endsWith("/start") || uri.endsWith("/submit-form") || uri.endsWith("/modification"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (bypassesChecks(body) && !isAdmin()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(("{\"type\":\"AuthorizationException\",\"message\":"
          + "\"Chỉ quản trị viên được bỏ qua kiểm tra của quy trình (skipCustomListeners, skipIoMappings, startInstructions).\"}")
          .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  static boolean bypassesChecks(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      JsonNode json = JSON.readTree(body);
      return json.path("skipCustomListeners").asBoolean(false) || json.path("skipIoMappings").asBoolean(false)
          || json.path("startInstructions").size() > 0 || json.path("instructions").size() > 0;
    } catch (IOException notJson) {
      return false; // the REST API itself refuses it
    }
  }

  private boolean isAdmin() {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /** Replays a body that was read once already. */
  static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
