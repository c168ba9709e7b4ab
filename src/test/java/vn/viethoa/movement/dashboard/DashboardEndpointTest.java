package vn.viethoa.movement.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.support.ReportingFixtures.officialOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.DashboardScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/**
 * GET /api/dashboard: what it says about a seeded 2026 (most units reported, one late, one overdue
 * after 30/11, a mail that could not be sent), and who may read it.
 */
@MovementTest
class DashboardEndpointTest extends DashboardScenario {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  JsonNode dashboard(String query) {
    Http.Response r = http.get("/api/dashboard" + query, "admin", "test-admin");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static Map<String, JsonNode> unitsById(JsonNode dashboard) {
    return StreamSupport.stream(dashboard.get("units").spliterator(), false)
        .collect(Collectors.toMap(u -> u.get("unitId").asText(), u -> u, (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void before30NovemberTheDashboardTellsWhoReportedWhoIsLateAndWhoStillHasTime() {
    seeded2026();

    JsonNode d = dashboard("");
    assertThat(d.get("year").asInt()).isEqualTo(2026);
    assertThat(d.get("zone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
    JsonNode counts = d.get("counts");
    // the Front is asked to cooperate: its row is listed, the counts are the 25 reports owed by 30/11
    assertThat(counts.get("expected").asLong()).isEqualTo(25);
    assertThat(counts.get("reported").asLong()).isEqualTo(22);
    assertThat(counts.get("reportedOnTime").asLong()).isEqualTo(21);
    assertThat(counts.get("reportedLate").asLong()).isEqualTo(1);
    assertThat(counts.get("open").asLong()).isEqualTo(2);
    assertThat(counts.get("overdue").asLong()).isEqualTo(1);

    Map<String, JsonNode> units = unitsById(d);
    assertThat(units).hasSize(26);
    JsonNode vp = units.get("vp");
    assertThat(vp.get("state").asText()).isEqualTo("REPORTED");
    assertThat(vp.get("stateLabel").asText()).isEqualTo("Đã báo cáo");
    assertThat(vp.get("submittedBy").asText()).isEqualTo("canbo.vp");
    assertThat(vp.get("submittedByName").asText()).isEqualTo("Nguyễn Thị Lan");
    assertThat(vp.get("submittedAt").asText()).isEqualTo("2026-11-12T10:00:00+07:00");
    assertThat(vp.get("instanceUrl").asText()).startsWith("/camunda/app/cockpit/default/#/process-instance/");
    assertThat(units.get("tdp-19").get("state").asText()).isEqualTo("REPORTED_LATE");
    assertThat(units.get("kthtdt").get("shortfalls").toString()).contains("Chưa đủ cán bộ thành thạo nền tảng số");
    assertThat(units.get("vhxh").get("shortfalls").toString()).contains("Chưa có sáng kiến");

    JsonNode group20 = units.get("tdp-20");
    assertThat(group20.get("state").asText()).isEqualTo("OVERDUE");
    assertThat(group20.get("stateLabel").asText()).isEqualTo("Quá hạn, chưa báo cáo");
    assertThat(group20.get("due").asText()).isEqualTo("2026-11-20T17:00:00+07:00");
    Task task20 = engine.getTaskService().createTaskQuery().taskCandidateGroup("tdp-20")
        .taskDefinitionKey(AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT).singleResult();
    assertThat(group20.get("taskUrl").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + task20.getId());
    JsonNode mttq = units.get("mttq");
    assertThat(mttq.get("state").asText()).isEqualTo("OPEN");
    assertThat(mttq.get("kind").asText()).isEqualTo("FRONT");
    assertThat(mttq.get("kindLabel").asText()).isEqualTo("Đề nghị phối hợp");
    assertThat(mttq.get("shortfalls")).isEmpty();
    assertThat(mttq.get("due").asText()).isEqualTo("2026-11-30T17:00:00+07:00");
    assertThat(mttq.get("taskId").asText()).isNotBlank();
  }

  @Test
  void after30NovemberOneUnitIsOverdueTheFiguresMeetOrMissTheTargetsAndTheMilestonesFollowTheCalendar() throws Exception {
    seededAfter30November();

    JsonNode d = dashboard("?year=2026");
    JsonNode counts = d.get("counts");
    assertThat(counts.get("reported").asLong()).isEqualTo(24);
    assertThat(counts.get("reportedLate").asLong()).isEqualTo(2);
    assertThat(counts.get("open").asLong()).isZero();
    assertThat(counts.get("overdue").asLong()).isEqualTo(1);
    assertThat(unitsById(d).get("ttdvsnc").get("state").asText()).isEqualTo("OVERDUE");
    assertThat(unitsById(d).get("mttq").get("state").asText()).isEqualTo("REPORTED");
    assertThat(d.get("wardTasks")).singleElement().satisfies(t -> {
      assertThat(t.get("name").asText()).isEqualTo("Tổng hợp báo cáo của phường");
      assertThat(t.get("taskUrl").asText()).startsWith("/camunda/app/tasklist/default/#/?task=");
    });
    assertThat(d.get("reportingYear").get("statusLabel").asText()).isEqualTo("Đang thu thập báo cáo");

    // 20 groups of 100 households, one with 90 digital addresses; 38 of 40 staff proficient; 3 of 5 units with an initiative
    // (the units under the Committee: the Front is not scored)
    Map<String, JsonNode> targets = StreamSupport.stream(d.get("figures").get("targets").spliterator(), false)
        .collect(Collectors.toMap(t -> t.get("key").asText(), t -> t));
    assertThat(targets.get("householdsDigitalAddressRate").get("valueText").asText()).isEqualTo("99,5%");
    assertThat(targets.get("householdsDigitalAddressRate").get("targetText").asText()).isEqualTo("100%");
    assertThat(targets.get("householdsDigitalAddressRate").get("met").asBoolean()).isFalse();
    assertThat(targets.get("householdsDigitalAddressRate").get("detail").asText())
        .isEqualTo("1.990/2.000 hộ của 20/20 tổ dân phố đã báo cáo; 19 tổ đạt chỉ tiêu");
    assertThat(targets.get("staffProficiencyRate").get("valueText").asText()).isEqualTo("95%");
    assertThat(targets.get("unitsWithInitiative").get("valueText").asText()).isEqualTo("3 đơn vị");
    assertThat(targets.get("unitsWithInitiative").get("detail").asText()).startsWith("Tổng số sáng kiến, giải pháp được áp dụng: 4 (4/5");
    assertThat(d.get("figures").get("trend")).singleElement().satisfies(t -> {
      assertThat(t.get("year").asInt()).isEqualTo(2026);
      assertThat(t.get("reported").asLong()).isEqualTo(24);
      assertThat(t.get("householdsDigitalAddressRate").decimalValue()).isEqualByComparingTo("99.5");
    });

    Map<String, JsonNode> milestones = StreamSupport.stream(d.get("milestones").spliterator(), false)
        .collect(Collectors.toMap(m -> m.get("key").asText(), m -> m));
    assertThat(milestones.get("launch").get("status").asText()).isEqualTo("DONE");
    assertThat(milestones.get("launch").get("doneOn").asText()).isEqualTo("2026-03-12");
    assertThat(milestones.get("launch").get("detail").asText()).isEqualTo("Kế hoạch số 45/KH-UBND, phát động ngày 12/03/2026");
    assertThat(milestones.get("year-2026").get("status").asText()).isEqualTo("CURRENT");
    assertThat(milestones.get("year-2026").get("overdue").asBoolean()).isFalse();
    assertThat(milestones.get("year-2027").get("status").asText()).isEqualTo("NEXT");
    assertThat(milestones.get("year-2027").get("date").asText()).isEqualTo("2027-11-30");
    assertThat(milestones.get("interim-review").get("date").asText()).isEqualTo("2027-12-31");
    assertThat(milestones.get("interim-review").get("status").asText()).isEqualTo("UPCOMING");
    assertThat(milestones.get("final-review").get("date").asText()).isEqualTo("2030-12-31");

    // the commendation register is connected: the year's proposals by state, as the register has them
    assertThat(d.get("commendations").get("available").asBoolean()).isTrue();
    long registered = jdbcTemplateCount("select count(*) from commendation_proposal where round_year = 2026");
    long counted = 0;
    for (var state : d.get("commendations").get("byState")) {
      counted += state.get("count").asLong();
    }
    assertThat(counted).isEqualTo(registered);
  }

  @Test
  void remindersSentAndAMailThatFailedAreCountedAndTheFailureLinksToItsIncident() throws Exception {
    ProcessInstance year = seededAfter30November();
    Task aggregate = tasks(year, AnnualReportingProcess.Elements.TASK_AGGREGATE).get(0);
    ProcessInstance reminders = remindersOf(aggregate.getId());
    String incidentId = engine.getRuntimeService().createIncidentQuery().processInstanceId(reminders.getId())
        .singleResult().getId();

    JsonNode n = dashboard("?year=2026").get("notifications");
    Map<String, JsonNode> kinds = StreamSupport.stream(n.get("kinds").spliterator(), false)
        .collect(Collectors.toMap(k -> k.get("kind").asText(), k -> k));
    assertThat(kinds.get("NEW_TASK").get("label").asText()).isEqualTo("Báo công việc mới");
    assertThat(kinds.get("NEW_TASK").get("sent").asLong()).isEqualTo(1);
    assertThat(kinds.get("NEW_TASK").get("failed").asLong()).isEqualTo(1);
    assertThat(kinds.get("OVERDUE").get("sent").asLong()).isEqualTo(1);
    assertThat(kinds.get("ESCALATION").get("total").asLong()).isZero();
    assertThat(n.get("failed").asLong()).isEqualTo(1);
    // superseded mails are their own count, neither failed nor pending (none in this year)
    assertThat(n.get("superseded").asLong()).isZero();
    assertThat(kinds.get("REMINDER").has("superseded")).isTrue();
    assertThat(n.get("failures")).singleElement().satisfies(f -> {
      assertThat(f.get("recipientUser").asText()).isEqualTo("canbo.vhxh");
      // a colleague reads the person's name, family name first
      assertThat(f.get("recipientName").asText()).isEqualTo("Lê Thị Hoa");
      assertThat(f.get("subject").asText()).startsWith("[Công việc mới] Tổng hợp báo cáo của phường");
      assertThat(f.get("attempts").asInt()).isEqualTo(4);
      assertThat(f.get("lastError").asText()).startsWith("Không gửi được thư");
      assertThat(f.get("taskUrl").asText()).endsWith("#/?task=" + aggregate.getId());
      assertThat(f.get("incidentId").asText()).isEqualTo(incidentId);
      assertThat(f.get("incidentUrl").asText())
          .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + reminders.getId() + "/runtime?tab=incidents-tab");
    });
    assertThat(n.get("openIncidents").asLong()).isGreaterThanOrEqualTo(1);

    // leadership reads the same, without Cockpit links it could not open
    JsonNode forLeadership = http.get("/api/dashboard?year=2026", "chutich", "demo").json();
    assertThat(forLeadership.get("administrator").asBoolean()).isFalse();
    assertThat(forLeadership.get("notifications").get("failures").get(0).get("incidentUrl").isNull()).isTrue();
    assertThat(forLeadership.get("notifications").get("failures").get(0).get("incidentId").asText()).isEqualTo(incidentId);
    assertThat(forLeadership.get("units").get(0).get("instanceUrl").isNull()).isTrue();

    // the incident is resolved as an administrator would: retry once the mail server is back
    Job failedNotice = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult();
    engine.getManagementService().setJobRetries(failedNotice.getId(), 1);
    engine.getManagementService().executeJob(failedNotice.getId());
    assertThat(dashboard("?year=2026").get("notifications").get("failed").asLong()).isZero();
  }

  @Test
  void aYearWithoutReportsShowsEveryUnitNotYetAssigned() {
    clockAt("2026-11-26T09:00:00+07:00");
    JsonNode d = dashboard("?year=2028");
    assertThat(d.get("year").asInt()).isEqualTo(2028);
    assertThat(d.get("counts").get("notAssigned").asLong()).isEqualTo(25);
    assertThat(d.get("reportingYear").get("statusLabel").asText()).isEqualTo("Chưa mở kỳ báo cáo (mở ngày 01/11/2028)");
    assertThat(d.get("units").get(0).get("due").asText()).isEqualTo("2028-11-30T17:00:00+07:00");
    assertThat(d.get("figures").get("trend")).hasSize(3);
    assertThat(d.get("years")).hasSize(5);
  }

  // ---------------------------------------------------------------------------------------------
  // who may read it

  @Test
  void administratorsLeadershipAndTheLeadUnitReadTheDashboardUnitOfficialsAndAnonymousCallersDoNot() {
    clockAt("2026-11-26T09:00:00+07:00");
    assertThat(http.get("/api/dashboard", "admin", "test-admin").status()).isEqualTo(200);
    assertThat(http.get("/api/dashboard", "chutich", "demo").status()).isEqualTo(200);
    assertThat(http.get("/api/dashboard", "canbo.vhxh", "demo").status()).isEqualTo(200);
    Http.Response official = http.get("/api/dashboard", officialOf("kthtdt"), "demo");
    assertThat(official.status()).isEqualTo(403);
    assertThat(official.json().get("message").asText()).startsWith("Chỉ quản trị viên");
    assertThat(http.get("/api/dashboard", officialOf("tdp-03"), "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/dashboard", "hoidong.01", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/dashboard", null, null).status()).isEqualTo(401);
    assertThat(http.get("/api/dashboard?year=2035", "admin", "test-admin").status()).isEqualTo(400);
    // a wrong password locks the account for a few seconds of the engine's clock, which other tests
    // move back: unlock it so that no later check finds it locked
    assertThat(http.get("/api/dashboard", "hoidong.02", "wrong").status()).isEqualTo(401);
    engine.getIdentityService().unlockUser("hoidong.02");
  }

  @Test
  void theCockpitSessionOfLeadershipOpensTheDashboardAndThatOfAUnitOfficialDoesNot() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    WebappSession leadership = WebappSession.login(port, "chutich", "demo");
    assertThat(leadership.authorizedApps()).contains("cockpit", "tasklist").doesNotContain("admin");
    HttpResponse<String> page = leadership.get("/api/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(new ObjectMapper().readTree(page.body()).get("year").asInt()).isEqualTo(2026);

    WebappSession leadUnit = WebappSession.login(port, "canbo.vhxh", "demo");
    assertThat(leadUnit.authorizedApps()).contains("cockpit").doesNotContain("admin");

    // a unit official cannot log in to Cockpit; with a Tasklist session the dashboard's data stays closed
    assertThat(WebappSession.attempt(port, "cockpit", "canbo.kthtdt", "demo").statusCode()).isEqualTo(403);
    WebappSession official = WebappSession.login(port, "tasklist", "canbo.kthtdt", "demo");
    assertThat(official.authorizedApps()).contains("tasklist").doesNotContain("cockpit");
    assertThat(official.get("/api/dashboard").statusCode()).isEqualTo(403);
  }

  @Test
  void leadershipInCockpitSeesProcessDefinitionsButNoInstanceTaskOrVariable() throws Exception {
    ProcessInstance year = movementWith2026Open();
    WebappSession leadership = WebappSession.login(port, "chutich", "demo");
    String engineApi = "/camunda/api/engine/engine/default";
    ObjectMapper json = new ObjectMapper();

    assertThat(json.readTree(leadership.get(engineApi + "/process-definition?key=" + AnnualReportingProcess.KEY).body()))
        .isNotEmpty();
    assertThat(json.readTree(leadership.get(engineApi + "/process-instance?processDefinitionKey="
        + AnnualReportingProcess.KEY).body())).isEmpty();
    assertThat(json.readTree(leadership.get(engineApi + "/history/process-instance?processDefinitionKey="
        + AnnualReportingProcess.KEY).body())).isEmpty();
    assertThat(leadership.get(engineApi + "/process-instance/" + year.getId() + "/variables").statusCode()).isEqualTo(403);
    assertThat(json.readTree(leadership.get(engineApi + "/task?processInstanceId=" + year.getId()).body())).isEmpty();
    assertThat(json.readTree(leadership.get(engineApi + "/incident").body())).isEmpty();
  }

  /** A browser's webapp session: the CSRF cookie echoed in a header at login, then the session cookie. */
  record WebappSession(int port, String cookies, JsonNode login) {

    static WebappSession login(int port, String user, String password) throws Exception {
      return login(port, "cockpit", user, password);
    }

    static WebappSession login(int port, String app, String user, String password) throws Exception {
      Map<String, String> cookies = new LinkedHashMap<>();
      HttpResponse<String> login = attempt(port, app, user, password, cookies);
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      return new WebappSession(port, header(cookies), new ObjectMapper().readTree(login.body()));
    }

    static HttpResponse<String> attempt(int port, String app, String user, String password) throws Exception {
      return attempt(port, app, user, password, new LinkedHashMap<>());
    }

    private static HttpResponse<String> attempt(int port, String app, String user, String password,
        Map<String, String> cookies) throws Exception {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      String page = base + "/camunda/app/" + app + "/default/";
      keep(cookies, client.send(HttpRequest.newBuilder(URI.create(page)).GET().build(), HttpResponse.BodyHandlers.discarding()));
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Cookie", header(cookies))
          .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
          .header("Origin", base)
          .header("Referer", page)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      keep(cookies, login);
      return login;
    }

    private static void keep(Map<String, String> cookies, HttpResponse<?> response) {
      response.headers().allValues("Set-Cookie").forEach(c -> {
        String pair = c.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      });
    }

    private static String header(Map<String, String> cookies) {
      return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    String authorizedApps() {
      return login.get("authorizedApps").toString();
    }

    HttpResponse<String> get(String path) throws Exception {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .header("Cookie", cookies).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }

  @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate countingJdbc;

  long jdbcTemplateCount(String sql) {
    return countingJdbc.queryForObject(sql, Long.class);
  }

  @org.springframework.beans.factory.annotation.Autowired vn.viethoa.movement.lifecycle.MovementRecords movementRecords;

  @Test
  void thePermanentRecordsAreCountedByKindWithTheLatestAndTheSurveysMakeTheCentresSatisfactionFigure() {
    seeded2026();
    jdbc.update("delete from movement_record");
    movementRecords.insert(vn.viethoa.movement.lifecycle.MovementRecords.Kind.satisfaction_survey, "6 tháng đầu năm 2026", 2026,
        "ttpvhcc", "Khảo sát 300 phiếu", null, 300L, new java.math.BigDecimal("90.0"), false, null, "canbo.ttpvhcc",
        java.time.OffsetDateTime.parse("2026-07-10T10:00:00+07:00"));
    movementRecords.insert(vn.viethoa.movement.lifecycle.MovementRecords.Kind.satisfaction_survey, "6 tháng cuối năm 2026", 2026,
        "ttpvhcc", "Khảo sát 100 phiếu", null, 100L, new java.math.BigDecimal("70.0"), false, null, "canbo.ttpvhcc",
        java.time.OffsetDateTime.parse("2026-11-20T10:00:00+07:00"));
    movementRecords.insert(vn.viethoa.movement.lifecycle.MovementRecords.Kind.supervision_report, "6 tháng đầu năm 2026", 2026,
        "mttq", "Các tổ triển khai đúng kế hoạch.", null, null, null, true, null, "canbo.mttq",
        java.time.OffsetDateTime.parse("2026-07-15T10:00:00+07:00"));
    movementRecords.insert(vn.viethoa.movement.lifecycle.MovementRecords.Kind.residential_report, "quý IV/2025", 2025, "tdp-01",
        "Đã phổ biến.", null, null, null, false, null, "totruong.01", java.time.OffsetDateTime.parse("2025-12-20T10:00:00+07:00"));

    JsonNode d = dashboard("?year=2026");
    JsonNode records = d.get("records");
    assertThat(records.get("total").asLong()).isEqualTo(4);
    assertThat(records.get("totalInYear").asLong()).isEqualTo(3);
    assertThat(records.get("csvUrl").asText()).isEqualTo("/api/exports/2026/records.csv");
    Map<String, JsonNode> kinds = StreamSupport.stream(records.get("kinds").spliterator(), false)
        .collect(Collectors.toMap(k -> k.get("kind").asText(), k -> k));
    assertThat(kinds).containsOnlyKeys("residential_report", "residential_compilation", "satisfaction_survey",
        "supervision_report", "review_assessment");
    JsonNode surveys = kinds.get("satisfaction_survey");
    assertThat(surveys.get("label").asText()).isEqualTo("Khảo sát sự hài lòng của người dân, tổ chức");
    assertThat(surveys.get("count").asLong()).isEqualTo(2);
    assertThat(surveys.get("latest").get("periodLabel").asText()).isEqualTo("6 tháng cuối năm 2026");
    assertThat(surveys.get("latest").get("unitName").asText()).isEqualTo("Trung tâm Phục vụ hành chính công");
    assertThat(surveys.get("latest").get("submittedAt").asText()).isEqualTo("2026-11-20T10:00:00+07:00");
    assertThat(kinds.get("supervision_report").get("latest").get("adjustmentRequested").asBoolean()).isTrue();
    assertThat(kinds.get("residential_report").get("countInYear").asLong()).isZero();
    assertThat(kinds.get("review_assessment").get("latest").isNull()).isTrue();

    // (300 × 90 + 100 × 70) / 400 = 85: the surveys, not what the units wrote in their annual reports
    JsonNode satisfaction = d.get("satisfaction");
    assertThat(satisfaction.get("rate").decimalValue()).isEqualByComparingTo("85.0");
    assertThat(satisfaction.get("rateText").asText()).isEqualTo("85%");
    assertThat(satisfaction.get("source").asText()).isEqualTo("SURVEYS");
    assertThat(satisfaction.get("sourceLabel").asText())
        .isEqualTo("Theo 2 đợt khảo sát của Trung tâm Phục vụ hành chính công (400 phiếu)");
    assertThat(satisfaction.get("respondents").asLong()).isEqualTo(400);
    assertThat(dashboard("?year=2027").get("satisfaction").get("source").isNull()).isTrue();
  }
}
