package vn.viethoa.movement.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the application's own pages and endpoints (the webapps under /camunda have
 * Camunda's own): no content sniffing, no framing, a strict content policy for pages, and no
 * caching of anything personal (every answer of /api and of the engine's REST API).
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
      response.setHeader("Cache-Control", "no-store");
      if (!response.containsHeader("Content-Security-Policy")) {
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      }
      // the engine's REST API would answer "no-cache", which still lets a browser store personal data
      response = new NoStore(response);
    } else {
      response.setHeader("Content-Security-Policy", PAGE_POLICY);
      if (path.endsWith(".html") || path.equals("/")) {
        response.setHeader("Cache-Control", "no-store");
      }
    }
    chain.doFilter(request, response);
  }

  /** Keeps Cache-Control at no-store whatever the answer's producer sets. */
  static final class NoStore extends jakarta.servlet.http.HttpServletResponseWrapper {
    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!"Cache-Control".equalsIgnoreCase(name) && !"Pragma".equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
