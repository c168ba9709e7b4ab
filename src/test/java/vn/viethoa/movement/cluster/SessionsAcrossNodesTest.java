package vn.viethoa.movement.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.viethoa.movement.support.AppNode;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.Loopback;
import vn.viethoa.movement.support.WebappBrowser;

/**
 * Two nodes of the prod profile on one PostgreSQL, each a JVM of its own with its own engine, webapps
 * and memory, as behind a reverse proxy (docs/operations-cluster.md). An official logs in to Tasklist on
 * node A; node A is lost (SIGKILL); the official's next requests land on node B and go on in the same
 * session: Tasklist's own API (reads, and a POST that needs the session's CSRF token), the application's
 * endpoints, and finally the logout, which ends the session for every node.
 */
@Tag("standalone")
class SessionsAcrossNodesTest {

  static final String ADMIN_PASSWORD = "Qu4n-tri-Vien!2026";
  static final String OFFICIAL = "canbo.vhxh";
  static final String OFFICIAL_PASSWORD = "Thi-dua#2026-Xanh";

  final List<AppNode> nodes = new ArrayList<>();
  EmbeddedPostgres postgres;

  @AfterEach
  void stop() throws Exception {
    for (AppNode node : nodes) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  AppNode node(String name, String url, Path dataDir, int smtpPort) throws Exception {
    AppNode node = AppNode.start(name, List.of(
        "--spring.profiles.active=prod",
        "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--movement.security.admin-password=" + ADMIN_PASSWORD,
        // a test install on plain HTTP; behind the proxy's HTTPS the cookies stay Secure
        "--SECURE_COOKIES=false",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--movement.data-dir=" + dataDir,
        "--movement.organisation.users[0].id=" + OFFICIAL,
        "--movement.organisation.users[0].first-name=Nguyễn Thị",
        "--movement.organisation.users[0].last-name=Hoa",
        "--movement.organisation.users[0].email=hoa@viethoa.example",
        "--movement.organisation.users[0].groups[0]=vhxh",
        "--logging.level.root=warn", "--logging.level.vn.viethoa=info"));
    nodes.add(node);
    return node;
  }

  @Test
  void anOfficialLoggedInOnNodeAGoesOnOnNodeBWhenNodeAIsLost(@TempDir Path dataDir) throws Exception {
    assumeTrue("postgres".equals(System.getProperty("test.database")), "the prod profile's shared sessions need PostgreSQL");
    postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    String url = postgres.getJdbcUrl("postgres", "postgres");
    int smtpPort = Loopback.freePort();
    AppNode a = node("sessions-node-a", url, dataDir, smtpPort);
    AppNode b = node("sessions-node-b", url, dataDir, smtpPort);

    // the administrator gives the configured official a password (as in Admin)
    Http.Binary password = new Http(a.port()).exchange("PUT", "/engine-rest/user/" + OFFICIAL + "/credentials",
        Http.json(Map.of("password", OFFICIAL_PASSWORD, "authenticatedUserPassword", ADMIN_PASSWORD)), "admin", ADMIN_PASSWORD);
    assertThat(password.status()).as(password.text()).isEqualTo(204);

    WebappBrowser browser = new WebappBrowser().on(a.base());
    WebappBrowser.Page login = browser.login("tasklist", OFFICIAL, OFFICIAL_PASSWORD);
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    assertThat(login.json().get("userId").asText()).isEqualTo(OFFICIAL);
    var filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task", "application/json").json();
    assertThat(filters).as("the shared filters the official may read").isNotEmpty();
    String filterId = filters.get(0).get("id").asText();
    assertThat(browser.cookies()).as("Spring Session's cookie").containsKey("SESSION").doesNotContainKey("JSESSIONID");
    JdbcTemplate db = new JdbcTemplate(new SingleConnectionDataSource(url, "postgres", "", true));
    assertThat(db.queryForObject("select count(*) from spring_session", Long.class)).as("sessions in PostgreSQL").isPositive();

    a.kill();
    browser.on(b.base());

    WebappBrowser.Page user = browser.get("/camunda/api/admin/auth/user/default", "application/json");
    assertThat(user.status()).as(user.body()).isEqualTo(200);
    assertThat(user.json().get("userId").asText()).isEqualTo(OFFICIAL);
    assertThat(user.json().get("authorizedApps").toString()).contains("tasklist");
    // Tasklist lists a filter's tasks with a POST: it passes the CSRF check with the token kept in the shared session
    WebappBrowser.Page tasks = browser.post("/camunda/api/engine/engine/default/filter/" + filterId
        + "/list?firstResult=0&maxResults=15", "{\"firstResult\":0,\"maxResults\":15,"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}", "application/hal+json");
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.json().has("_embedded")).as(tasks.body()).isTrue();
    // the application's own endpoints know the caller from the same session (the lead unit sees the dashboard)
    assertThat(browser.get("/api/dashboard", "application/json").status()).isEqualTo(200);
    // someone without the session cookie is nobody on node B
    assertThat(new WebappBrowser().on(b.base()).get("/api/dashboard", "application/json").status()).isEqualTo(401);
    // the REST API for systems is stateless (HTTP basic) and answers on any node anyway
    assertThat(new Http(b.port()).get("/engine-rest/task/count", "admin", ADMIN_PASSWORD).status()).isEqualTo(200);

    // logging out on node B ends the session everywhere: it is gone from the database
    assertThat(browser.logout().status()).isIn(200, 204);
    assertThat(browser.get("/api/dashboard", "application/json").status()).isEqualTo(401);
    WebappBrowser.Page after = browser.get("/camunda/api/admin/auth/user/default", "application/json");
    assertThat(after.status()).as(after.body()).isNotEqualTo(200);
  }
}
