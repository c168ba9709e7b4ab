package vn.viethoa.movement.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the id of the task a request works on into the logging context ({@code taskId}), for every
 * log line written while it is handled: the engine adds the business key, process instance and
 * activity itself (camunda.bpm.generic-properties: loggingContext*), but knows no task id. Covers
 * the engine's REST API and the webapps' own path to it (what Tasklist calls).
 */
public class TaskLoggingContextFilter extends OncePerRequestFilter {

  public static final String TASK_ID = "taskId";

  static final Pattern TASK_PATH =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([A-Za-z0-9_.:-]{1,64})(?:/|$)");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String taskId = taskId(request.getRequestURI().substring(request.getContextPath().length()));
    if (taskId == null) {
      chain.doFilter(request, response);
      return;
    }
    try (MDC.MDCCloseable ignored = MDC.putCloseable(TASK_ID, taskId)) {
      chain.doFilter(request, response);
    }
  }

  /**
   * The task id of a path such as /engine-rest/task/{id}/complete (or /engine-rest/engine/{name}/task/…);
   * null for other paths and for the queries /task/count and /task/report/….
   */
  static String taskId(String path) {
    Matcher m = TASK_PATH.matcher(path);
    if (!m.find()) {
      return null;
    }
    String id = m.group(1);
    // /task/count and /task/report/… are queries over many tasks
    return "count".equals(id) || "report".equals(id) ? null : id;
  }
}
