package vn.viethoa.movement.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the start-up work runs, Tasklist, Cockpit, Admin, the engine's REST API and the
 * application's own API answer 503 with Retry-After and a Vietnamese sentence: a page that reloads
 * itself for a browser, the REST API's error shape ({@code type}, {@code message}) for a script.
 * Without it an official who logs in early sees empty filters and believes the tasks are gone.
 */
public class StartingUpFilter extends OncePerRequestFilter {

  public static final String MESSAGE = "Hệ thống đang khởi động, đề nghị chờ trong giây lát rồi thử lại.";

  private final StartupProgress progress;
  private final Duration retryAfter;

  public StartingUpFilter(StartupProgress progress, Duration retryAfter) {
    this.progress = progress;
    this.retryAfter = retryAfter;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return progress.isDone();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (progress.isDone()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, retryAfter.toSeconds());
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", Long.toString(seconds));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsPage(request)) {
      response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
      response.getWriter().write(page(seconds));
    } else {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8");
      response.getWriter().write("{\"type\":\"ServiceUnavailable\",\"message\":\"" + MESSAGE + "\"}");
    }
  }

  /** A browser opening a page (not a script calling an API) gets the page. */
  static boolean wantsPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
      return false;
    }
    String accept = request.getHeader("Accept");
    return accept == null || accept.contains("text/html") || accept.contains("*/*");
  }

  static String page(long seconds) {
    return """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="UTF-8">
        <meta http-equiv="refresh" content="%d">
        <title>Hệ thống đang khởi động</title>
        <style>body{font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em;color:#222}</style>
        </head>
        <body>
        <h1>Hệ thống đang khởi động…</h1>
        <p>Phần mềm Phong trào thi đua đang chuẩn bị quy trình, tài khoản, quyền và bộ lọc công việc.
        Trang này tự tải lại sau %d giây; công việc của đồng chí không bị mất.</p>
        </body>
        </html>
        """.formatted(seconds, seconds);
  }
}
