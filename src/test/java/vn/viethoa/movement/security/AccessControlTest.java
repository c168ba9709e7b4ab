package vn.viethoa.movement.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ScenarioSupport;

/** Who may do what: REST requires credentials; a unit never touches another unit's task. */
@MovementTest
class AccessControlTest extends ScenarioSupport {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anonymousCallsToTheRestApiAreRefused() {
    assertThat(http.get("/engine-rest/task", null, null).status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/user", null, null).status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "nobody", "guess").status()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "canbo.vp", "demo").status()).isEqualTo(200);
  }

  @Test
  void anotherUnitCanNeitherReadClaimNorCompleteTheLeadershipsTask() {
    String instanceId = startAdjustmentRequestAs("canbo.vp");
    String taskId = http.get("/engine-rest/task?processInstanceId=" + instanceId, "chutich", "demo").json().get(0).get("id").asText();

    for (String outsider : new String[] {"canbo.kthtdt", "canbo.vp", "totruong.03"}) {
      assertThat(http.get("/engine-rest/task?processInstanceId=" + instanceId, outsider, "demo").json()).as(outsider).isEmpty();
      assertThat(http.get("/engine-rest/task/" + taskId, outsider, "demo").status()).as(outsider).isIn(403, 404);
      assertThat(http.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + outsider + "\"}", outsider, "demo").status())
          .as(outsider + " claim").isEqualTo(403);
      assertThat(http.post("/engine-rest/task/" + taskId + "/complete", "{}", outsider, "demo").status())
          .as(outsider + " complete").isEqualTo(403);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

    assertThat(http.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"chutich\"}", "chutich", "demo").status()).isEqualTo(204);
  }

  @Test
  void unitOfficialsGetTasklistOnlyAndAdministratorsGetCockpitAndAdmin() throws Exception {
    JsonNode official = webappLogin("canbo.ttpvhcc", "demo");
    assertThat(official.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit").doesNotContain("\"admin\"");
    JsonNode admin = webappLogin("admin", "test-admin");
    assertThat(admin.get("authorizedApps").toString()).contains("cockpit").contains("admin").contains("tasklist");
  }

  private String startAdjustmentRequestAs(String user) {
    String body = Http.json(Map.of("variables", Map.of(
        "requestKind", Map.of("value", "supplement"),
        "planSection", Map.of("value", "V"),
        "requestTitle", Map.of("value", "Bổ sung nhiệm vụ tuyên truyền"),
        "requestDetails", Map.of("value", "Cần bổ sung nhiệm vụ tuyên truyền trên loa phát thanh của các tổ dân phố."),
        "proposedChange", Map.of("value", "Thêm nhiệm vụ phát thanh hằng tuần."))));
    Http.Response r = http.post("/engine-rest/process-definition/key/plan-adjustment/submit-form", body, user, "demo");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("id").asText();
  }

  /** Logs in to the webapps as a browser does: session and CSRF cookies, token echoed in a header. */
  private JsonNode webappLogin(String user, String password) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    HttpResponse<Void> page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    for (String setCookie : page.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    String cookieHeader = cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", cookieHeader)
        .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
        .header("Origin", base)
        .header("Referer", base + "/camunda/app/tasklist/default/")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(login.body());
  }
}
