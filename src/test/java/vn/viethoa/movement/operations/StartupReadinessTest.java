package vn.viethoa.movement.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.viethoa.movement.MovementApplication;
import vn.viethoa.movement.demo.DemoMovementSeeder;
import vn.viethoa.movement.demo.DemoProperties;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.Loopback;

/**
 * The application as a load balancer and an administrator see it: not ready (and the webapps say
 * "đang khởi động") until the start-up work is done, ready after; a mail outage is reported without
 * taking the application out of service; production's JSON log lines carry the business key and
 * the task id. The last step of the start-up work (the demo data) is held until the test has looked.
 */
// starts an application of its own; the webapps keep static state, so it runs in a JVM of its own
@Tag("standalone")
@ExtendWith(OutputCaptureExtension.class)
class StartupReadinessTest {

  static final CountDownLatch DEMO_DATA_STARTED = new CountDownLatch(1);
  static final CountDownLatch DEMO_DATA_MAY_GO_ON = new CountDownLatch(1);
  static final ObjectMapper JSON = new ObjectMapper();

  final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** The demo-data step of the start-up work, held until the test lets it go on. Not a component: a source of the test's application only. */
  static class HeldDemoData {
    @Bean
    @Primary
    DemoMovementSeeder heldDemoMovementSeeder(ProcessEngine engine, DemoProperties demo,
        vn.viethoa.movement.calendar.PlanCalendar calendar) {
      return new DemoMovementSeeder(engine, demo, calendar, false) {
        @Override
        public void seed() {
          DEMO_DATA_STARTED.countDown();
          try {
            DEMO_DATA_MAY_GO_ON.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          super.seed();
        }
      };
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    DEMO_DATA_MAY_GO_ON.countDown();
  }

  record Answer(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  Answer get(int port, String path, String accept, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", accept);
    if (user != null) {
      request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> r = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.body(), r.headers());
  }

  Answer post(int port, String path, String body, String user) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(r.statusCode(), r.body(), r.headers());
  }

  @Test
  void notReadyUntilTheStartupWorkIsDoneThenReadyEvenWithoutMailAndTheLogsSayWhichYearAndTask(CapturedOutput output)
      throws Exception {
    int port = Loopback.freePort();
    int management = Loopback.freePort();
    ExecutorService starter = Executors.newSingleThreadExecutor();
    Future<ConfigurableApplicationContext> starting = starter.submit(() ->
        new SpringApplicationBuilder(MovementApplication.class, HeldDemoData.class).profiles("demo", "test")
            .run("--server.port=" + port, "--management.server.port=" + management,
                "--spring.datasource.url=jdbc:h2:mem:startup-readiness;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.process-engine-name=startupReadiness", "--camunda.bpm.job-execution.enabled=true",
                // production's log format
                "--logging.structured.format.console=ecs"));
    try {
      while (!DEMO_DATA_STARTED.await(1, TimeUnit.SECONDS)) {
        assertThat(starting.isDone()).as("the application stopped before its start-up work").isFalse();
      }

      // --- the web server answers, the start-up work is not done
      Answer readiness = get(port, "/readyz", "application/json", null);
      assertThat(readiness.status()).isEqualTo(503);
      assertThat(readiness.json().get("status").asText()).isEqualTo("DOWN");
      assertThat(get(management, "/actuator/health/readiness", "application/json", null).status()).isEqualTo(503);
      // alive: nothing to restart
      assertThat(get(port, "/livez", "application/json", null).status()).isEqualTo(200);

      Answer tasklist = get(port, "/camunda/app/tasklist/startupReadiness/", "text/html", null);
      assertThat(tasklist.status()).isEqualTo(503);
      assertThat(tasklist.headers().firstValue("Retry-After")).hasValue("10");
      assertThat(tasklist.body()).contains("Hệ thống đang khởi động").contains("http-equiv=\"refresh\"");
      for (String api : List.of("/engine-rest/task", "/camunda/api/engine/engine/startupReadiness/task/count", "/api/dashboard",
          "/camunda/app/cockpit/startupReadiness/", "/camunda/app/admin/startupReadiness/")) {
        Answer answer = get(port, api, "application/json", "canbo.vp");
        assertThat(answer.status()).as(api).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).as(api).hasValue("10");
        assertThat(answer.json().get("message").asText()).as(api).isEqualTo(StartingUpFilter.MESSAGE);
      }
      Answer details = get(management, "/actuator/health", "application/json", null);
      assertThat(details.status()).isEqualTo(503);
      assertThat(details.json().at("/components/startup/status").asText()).isEqualTo("DOWN");
      assertThat(details.json().at("/components/readinessState/status").asText()).isEqualTo("OUT_OF_SERVICE");

      DEMO_DATA_MAY_GO_ON.countDown();
      try (ConfigurableApplicationContext app = starting.get(5, TimeUnit.MINUTES)) {
        // --- ready
        readiness = get(port, "/readyz", "application/json", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        // status only on the main port: what a reverse proxy may pass on tells nothing about the inside
        assertThat(readiness.json().has("components")).isFalse();
        assertThat(get(port, "/camunda/app/tasklist/startupReadiness/", "text/html", null).status()).isEqualTo(200);
        assertThat(get(port, "/engine-rest/engine/startupReadiness/task", "application/json", null).status()).isEqualTo(401);
        // the management endpoints are not on the main port
        assertThat(get(port, "/actuator/health", "application/json", null).status()).isEqualTo(404);
        assertThat(get(port, "/actuator/prometheus", "text/plain", null).status()).isEqualTo(404);

        JsonNode health = get(management, "/actuator/health", "application/json", null).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        for (String component : List.of("db", "processEngine", "jobExecutor", "smtp", "startup", "diskSpace")) {
          assertThat(health.at("/components/" + component + "/status").asText()).as(component).isEqualTo("UP");
        }
        assertThat(health.at("/components/startup/details/startupWorkMillis").asLong()).isPositive();

        // --- the mail server goes away: reported, answered 200, still ready
        app.getBean(GreenMail.class).stop();
        Answer degraded = get(management, "/actuator/health", "application/json", null);
        assertThat(degraded.status()).isEqualTo(200);
        assertThat(degraded.json().get("status").asText()).isEqualTo("DEGRADED");
        assertThat(degraded.json().at("/components/smtp/status").asText()).isEqualTo("DEGRADED");
        assertThat(degraded.json().at("/components/smtp/details/error").asText()).isNotBlank();
        assertThat(get(port, "/readyz", "application/json", null).status()).isEqualTo(200);
        app.getBean(GreenMail.class).start();

        // --- the job executor stops: the application is DOWN (but still alive and ready for officials)
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        Answer stopped = get(management, "/actuator/health", "application/json", null);
        assertThat(stopped.status()).isEqualTo(503);
        assertThat(stopped.json().at("/components/jobExecutor/status").asText()).isEqualTo("DOWN");

        // --- JSON log lines: the business key of the reminder that sent a mail, the task an official touched
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T09:00:00+07:00").toInstant()));
        ProcessInstance year = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(year.getId()).executable().list()) {
          engine.getManagementService().executeJob(job.getId());
        }
        Task vpTask = engine.getTaskService().createTaskQuery().processInstanceId(year.getId())
            .taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT).taskCandidateGroup("vp").singleResult();
        ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(TaskRemindersProcess.KEY).variableValueEquals("taskId", vpTask.getId()).singleResult();
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
            .processInstanceId(reminders.getId()).executable().singleResult().getId());
        // an official tries to hand the office's task to someone else: refused, and logged
        assertThat(post(port, "/engine-rest/engine/startupReadiness/task/" + vpTask.getId() + "/assignee", "{\"userId\":\"canbo.vhxh\"}", "canbo.vp")
            .status()).isEqualTo(403);

        List<JsonNode> lines = jsonLines(output.getOut());
        assertThat(lines).as("every console line is JSON").isNotEmpty();
        JsonNode mailSent = lines.stream().filter(l -> l.path("message").asText().startsWith("Mail sent"))
            .filter(l -> l.findValue("businessKey") != null).findFirst().orElseThrow();
        assertThat(mailSent.findValue("businessKey").asText()).isEqualTo("BAOCAO-2026 / vp");
        assertThat(mailSent.findValue("processInstanceId").asText()).isEqualTo(reminders.getId());
        JsonNode refused = lines.stream().filter(l -> l.path("message").asText().startsWith("Refused")).findFirst().orElseThrow();
        assertThat(refused.findValue("taskId").asText()).isEqualTo(vpTask.getId());
        assertThat(refused.has("log.level") ? refused.get("log.level").asText() : refused.at("/log/level").asText()).isEqualTo("WARN");
      }
    } finally {
      DEMO_DATA_MAY_GO_ON.countDown();
      starter.shutdownNow();
    }
  }

  static List<JsonNode> jsonLines(String out) {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("{")) {
        try {
          lines.add(JSON.readTree(line));
        } catch (Exception notJson) {
          // a line of another writer (Surefire, the JVM) is not the application's log
        }
      }
    }
    return lines;
  }
}
