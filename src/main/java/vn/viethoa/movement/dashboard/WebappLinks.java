package vn.viethoa.movement.dashboard;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links into the webapps, as paths on this server: a task in Tasklist, a process instance and its
 * incidents in Cockpit. They follow the webapps' path ({@code camunda.bpm.webapp.application-path})
 * and the engine's name, so they keep working when either changes.
 */
@Component
public class WebappLinks {

  private final String apps;
  private final String engine;

  public WebappLinks(CamundaBpmProperties camunda, ProcessEngine processEngine,
      @Value("${server.servlet.context-path:}") String contextPath) {
    String context = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
    this.apps = context + camunda.getWebapp().getApplicationPath() + "/app/";
    this.engine = processEngine.getName();
  }

  /** Tasklist opens the task (if the user may read it). */
  public String task(String taskId) {
    return taskId == null ? null : apps + "tasklist/" + engine + "/#/?task=" + taskId;
  }

  /** Cockpit's view of a running process instance. */
  public String processInstance(String processInstanceId) {
    return processInstanceId == null ? null : apps + "cockpit/" + engine + "/#/process-instance/" + processInstanceId + "/runtime";
  }

  /** Cockpit's incidents tab of a process instance, where an administrator retries the failed job. */
  public String incidents(String processInstanceId) {
    return processInstanceId == null ? null : processInstance(processInstanceId) + "?tab=incidents-tab";
  }
}
