package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_AGGREGATE;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.commendation.CommendationRounds;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.support.ReportingFixtures;

/**
 * Issue 16, item 10: one working day of each role, in a Vietnamese browser, over every page that role
 * opens in Tasklist, Cockpit (with the movement's dashboard), Admin and Welcome. Each screen's English
 * words (visible text, and titles, aria labels and placeholders a person reads on hovering) are
 * counted; the table is printed, written to target/english-per-screen.md and into
 * docs/browser-tests.md, and the test fails when any screen has one (the goal is 0).
 */
@Tag("browser")
class RolesDayBrowserTest extends BrowserTest {

  static final Path TABLE = Path.of("target", "english-per-screen.md");
  static final Path DOC = Path.of("docs", "browser-tests.md");
  static final String START = "<!-- english-per-screen:start -->";
  static final String END = "<!-- english-per-screen:end -->";

  record Screen(String role, String screen, List<String> english) {}

  private final List<Screen> screens = new ArrayList<>();

  @org.springframework.beans.factory.annotation.Autowired CommendationRounds rounds;

  @Test
  void everyScreenOfEveryRolesDayIsInVietnamese() {
    ProcessInstance year = openYearDueAhead();
    int y = yearOf(year);
    String official = "Cán bộ đơn vị (canbo.kthtdt)";
    String groupLeader = "Tổ trưởng tổ dân phố (totruong.05)";
    String leadUnit = "Phòng Văn hoá - Xã hội (canbo.vhxh)";
    String council = "Thành viên Hội đồng TĐKT (hoidong.01)";
    String chairman = "Chủ tịch UBND phường (chutich)";
    String admin = "Quản trị viên (admin)";

    // a unit official: logs in, the unit's filter, the report form, claimed
    browser().openLogin("tasklist");
    screen(official, "Tasklist – đăng nhập");
    browser().fillLogin("canbo.kthtdt", "demo");
    browser().submitLogin();
    openFilter("Việc của đơn vị tôi");
    screen(official, "Tasklist – Việc của đơn vị tôi");
    openTask("Báo cáo kết quả thực hiện phong trào năm", "Phòng Kinh tế, Hạ tầng và Đô thị");
    screen(official, "Tasklist – biểu mẫu báo cáo năm");
    claim();
    screen(official, "Tasklist – biểu mẫu báo cáo năm, đã nhận việc");
    openFilter("Việc tôi đang xử lý");
    screen(official, "Tasklist – Việc tôi đang xử lý");

    // a residential group leader: the group's report
    browser().login("tasklist", "totruong.05", "demo");
    openFilter("Việc của đơn vị tôi");
    screen(groupLeader, "Tasklist – Việc của đơn vị tôi");
    openTask("Báo cáo kết quả thực hiện phong trào năm", "Tổ dân phố số 5");
    screen(groupLeader, "Tasklist – biểu mẫu báo cáo của tổ dân phố");

    // everyone else reports (through the engine): the lead unit aggregates
    for (String unit : ReportingFixtures.UNITS) {
      report(year, unit, ReportingFixtures.reportOfUnit(unit, 10, 1));
    }
    IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n))
        .forEach(group -> report(year, group, ReportingFixtures.residentialReport(100, 100)));
    // the aggregation's new-task notice could not be sent (mail server down): an incident to retry
    String reminders = failToAnnounce(tasks(year, TASK_AGGREGATE).get(0));

    browser().login("tasklist", "canbo.vhxh", "demo");
    openFilter("Việc của đơn vị tôi");
    screen(leadUnit, "Tasklist – Việc của đơn vị tôi");
    openTask("Tổng hợp báo cáo của phường", null);
    screen(leadUnit, "Tasklist – biểu mẫu tổng hợp");
    // item 8: the year's exports are linked from the aggregation form
    assertThat(browser().all(By.cssSelector("[cam-tasklist-form] a[href*='/api/exports/']")).stream()
        .map(a -> a.getDomAttribute("href")).toList())
        .containsExactly("/api/exports/" + y + ".xlsx", "/api/exports/" + y + ".csv?variant=excel-vi", "/api/exports/" + y + ".csv");
    browser().login("cockpit", "canbo.vhxh", "demo");
    screen(leadUnit, "Cockpit – trang đầu");
    openDashboard();
    screen(leadUnit, "Cockpit – Phong trào thi đua");
    // and from the dashboard; the lead unit's session downloads the CSV for Excel in Vietnamese settings
    List<String> exports = browser().all(By.cssSelector(".vh-page a.vh-export")).stream()
        .map(a -> a.getDomAttribute("href")).toList();
    // (the dashboard opens on the current plan year, which may differ from the reporting year open here)
    String shownYear = browser().waitVisible(By.cssSelector(".vh-page")).getDomAttribute("data-year");
    assertThat(exports).hasSize(3).anyMatch(href -> href.endsWith("/api/exports/" + shownYear + ".csv?variant=excel-vi"));
    Object download = ((org.openqa.selenium.JavascriptExecutor) browser().driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            // the bytes: text() would drop the byte order mark
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status + '|'"
            + " + Array.from(new Uint8Array(b).slice(0, 3)).join(',') + '|' + new TextDecoder().decode(b).split('\\r\\n')[0])))"
            + ".catch(e => done('error ' + e));",
        exports.stream().filter(href -> href.endsWith("excel-vi")).findFirst().orElseThrow());
    assertThat(String.valueOf(download)).startsWith("200|239,187,191|Mã;Đơn vị, tổ dân phố;");

    // the Chairman approves the ward's report and follows the movement
    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Hoàn thành các chỉ tiêu."));
    browser().login("tasklist", "chutich", "demo");
    openFilter("Việc của đơn vị tôi");
    screen(chairman, "Tasklist – Việc của đơn vị tôi");
    openTask("Duyệt báo cáo năm của phường", null);
    screen(chairman, "Tasklist – biểu mẫu duyệt báo cáo");
    browser().login("cockpit", "chutich", "demo");
    screen(chairman, "Cockpit – trang đầu");
    openDashboard();
    screen(chairman, "Cockpit – Phong trào thi đua");
    completeAs("chutich", year, "Task_ApproveWardReport", Map.of("decision", "approved"));

    // the council member votes on the year's commendation proposals
    ProcessInstance round = councilVoteOpen(y);
    try {
      browser().login("tasklist", "hoidong.01", "demo");
      browser().waitVisible(By.cssSelector(".task-filter h4.name a"));
      screen(council, "Tasklist – bộ lọc");
      openFilter("Việc tôi đang xử lý");
      screen(council, "Tasklist – Việc tôi đang xử lý");
      openTask("Biểu quyết đề nghị khen thưởng", null);
      screen(council, "Tasklist – biểu mẫu biểu quyết");
    } finally {
      engine.getRuntimeService().deleteProcessInstance(round.getId(), "browser test reset", true, true);
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    // the administrator: Welcome, Cockpit (processes, an instance with its variables, the incident,
    // decisions, user tasks, deployments, batches, the dashboard), Admin (users, groups,
    // authorizations, system and metrics)
    browser().login("welcome", "admin", "test-admin");
    screen(admin, "Welcome");
    browser().login("cockpit", "admin", "test-admin");
    screen(admin, "Cockpit – trang đầu");
    for (String[] page : new String[][] {
        {"#/processes", "Cockpit – Quy trình"},
        {"#/process-instance/" + year.getId() + "/runtime?tab=variables-tab", "Cockpit – phiên quy trình, biến"},
        {"#/process-instance/" + year.getId() + "/runtime?tab=user-tasks-tab", "Cockpit – phiên quy trình, công việc"},
        {"#/process-instance/" + reminders + "/runtime?tab=incidents-tab", "Cockpit – sự cố gửi thư"},
        {"#/process-instance/" + year.getId() + "/history", "Cockpit – phiên quy trình, lịch sử"},
        {"#/decisions", "Cockpit – Quyết định"},
        {"#/tasks", "Cockpit – Công việc người dùng"},
        {"#/repository", "Cockpit – Triển khai"},
        {"#/batch", "Cockpit – Lô xử lý"},
        {"#/phong-trao-thi-dua", "Cockpit – Phong trào thi đua"}}) {
      cockpit(page[0]);
      screen(admin, page[1]);
      if (page[0].equals("#/processes")) {
        assertThat(tooltipOf(By.cssSelector(".processes-dashboard .section-toggle"))).isEqualTo("Ẩn/hiện mục này");
      }
      if (page[0].endsWith("variables-tab")) {
        browser().screenshot("cockpit-bien-cua-phien");
      }
    }
    String definition = engine.getRepositoryService().getProcessDefinition(
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(year.getId()).singleResult()
            .getProcessDefinitionId()).getId();
    cockpit("#/process-definition/" + definition + "/runtime");
    screen(admin, "Cockpit – định nghĩa quy trình báo cáo năm");

    for (String[] page : new String[][] {
        {"#/users", "Admin – Người dùng"},
        {"#/users/canbo.kthtdt?tab=profile", "Admin – hồ sơ người dùng"},
        {"#/users/canbo.kthtdt?tab=groups", "Admin – nhóm của người dùng"},
        {"#/groups", "Admin – Nhóm"},
        {"#/groups/kthtdt?tab=group", "Admin – một nhóm"},
        {"#/authorization?resource=0", "Admin – quyền truy cập ứng dụng"},
        {"#/authorization?resource=6", "Admin – quyền trên định nghĩa quy trình"},
        {"#/authorization?resource=8", "Admin – quyền trên phiên quy trình"},
        {"#/system?section=system-settings-general", "Admin – Hệ thống"},
        {"#/system?section=system-settings-metrics", "Admin – số liệu sử dụng"}}) {
      admin(page[0]);
      screen(admin, page[1]);
      if (page[0].equals("#/groups")) {
        browser().screenshot("admin-nhom");
      } else if (page[0].equals("#/authorization?resource=0")) {
        browser().screenshot("admin-phan-quyen");
      }
    }

    String table = table();
    System.out.println(table);
    write(table);
    assertThat(screens).as("screens walked").hasSizeGreaterThan(30);
    assertThat(screens.stream().filter(s -> !s.english().isEmpty()).toList())
        .as("screens with English words (goal 0), details:\n" + details()).isEmpty();
  }

  // -----------------------------------------------------------------------------------------------

  private void screen(String role, String name) {
    browser().waitForApp();
    browser().settle();
    screens.add(new Screen(role, name, englishOnScreen(true)));
  }

  private void cockpit(String route) {
    browser().driver().get(browser().url("/camunda/app/cockpit/default/" + route));
    browser().waitForApp();
    browser().settle();
    browser().waitForApp();
  }

  private void admin(String route) {
    // through a blank page: Admin keeps its view when only the query string changes
    browser().driver().get("about:blank");
    browser().driver().get(browser().url("/camunda/app/admin/default/" + route));
    browser().waitForApp();
    browser().settle();
    browser().waitForApp();
  }

  /** The tooltip a person reads when hovering over the element. */
  private String tooltipOf(By element) {
    new org.openqa.selenium.interactions.Actions(browser().driver()).moveToElement(browser().waitVisible(element)).perform();
    String text = browser().waitVisible(By.cssSelector(".tooltip .tooltip-inner")).getText().trim();
    new org.openqa.selenium.interactions.Actions(browser().driver()).moveByOffset(0, 200).perform();
    return text;
  }

  private void openDashboard() {
    cockpit("#/phong-trao-thi-dua");
    browser().waitVisible(By.cssSelector(".vh-page"));
  }

  /**
   * The year's annual commendation round up to the council's vote: kthtdt proposes itself for a
   * Giấy khen, the proposal window closes, the lead unit receives the proposal (as in the
   * commendation scenarios, CommendationScenario). A movement or round earlier tests left would
   * refuse or confuse the round: they are removed first.
   */
  @SuppressWarnings("unchecked")
  private ProcessInstance councilVoteOpen(int year) {
    vn.viethoa.movement.support.CommendationScenario.forgetRounds(engine, jdbc);

    ProcessInstance round = rounds.start(year, RoundKind.annual);
    executeDueJobs(round.getId());
    Task propose = taskOf(round, CommendationRoundProcess.Elements.TASK_PROPOSE, "kthtdt");
    Map<String, Object> proposal = new java.util.HashMap<>(Map.of("candidateType", "collective", "candidateUnitId", "kthtdt",
        "formSought", "giay_khen", "achievements", "Dẫn đầu phong trào chuyển đổi số của phường năm qua."));
    submitAs("canbo.kthtdt", round, propose, Map.of(CommendationRoundProcess.PROPOSALS, List.of(proposal)));
    java.util.Date due = (java.util.Date) engine.getRuntimeService().getVariable(round.getId(), "proposalsDue");
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(due.toInstant().plusSeconds(60)));
    executeDueJobs(round.getId());
    Task compile = taskOf(round, CommendationRoundProcess.Elements.TASK_COMPILE, "vhxh");
    List<Map<String, Object>> reviews = new java.util.ArrayList<>();
    for (Object item : readList(engine.getTaskService().getVariable(compile.getId(), CommendationRoundProcess.REVIEWS))) {
      Map<String, Object> entry = new java.util.HashMap<>((Map<String, Object>) item);
      entry.put("action", "receive");
      entry.put("returnNote", null);
      reviews.add(entry);
    }
    submitAs("canbo.vhxh", round, compile, Map.of(CommendationRoundProcess.REVIEWS, reviews));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId())
        .taskDefinitionKey(CommendationRoundProcess.Elements.TASK_VOTE).taskAssignee("hoidong.01").count()).isOne();
    return round;
  }

  private static List<?> readList(Object json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readValue(String.valueOf(json), List.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void submitAs(String user, ProcessInstance instance, Task task, Map<String, Object> values) {
    actAs(user);
    try {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getFormService().submitTaskForm(task.getId(), values);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeDueJobs(instance.getId());
  }

  /** The task's new-task notice fails four times (mail server down): the retries are used up, an incident opens. */
  private String failToAnnounce(Task task) {
    ProcessInstance reminders = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TaskRemindersProcess.KEY)
        .variableValueEquals(TaskRemindersProcess.TASK_ID.getName(), task.getId()).singleResult();
    smtp.stop();
    try {
      Job notice = engine.getManagementService().createJobQuery().processInstanceId(reminders.getId()).singleResult();
      for (int attempt = 0; attempt < 4; attempt++) {
        assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()));
      }
    } finally {
      smtp.start();
    }
    return reminders.getId();
  }

  private String table() {
    StringBuilder out = new StringBuilder("| vai trò | màn hình | từ tiếng Anh |\n|---|---|---|\n");
    for (Screen s : screens) {
      out.append("| ").append(s.role()).append(" | ").append(s.screen()).append(" | ").append(s.english().size()).append(" |\n");
    }
    long total = screens.stream().mapToLong(s -> s.english().size()).sum();
    out.append("| **cộng** | ").append(screens.size()).append(" màn hình | **").append(total).append("** |\n");
    return out.toString();
  }

  private String details() {
    StringBuilder out = new StringBuilder();
    screens.stream().filter(s -> !s.english().isEmpty()).forEach(s ->
        s.english().forEach(e -> out.append(s.role()).append(" / ").append(s.screen()).append(": ").append(e).append('\n')));
    return out.toString();
  }

  /** target/english-per-screen.md (with the details), and the table in docs/browser-tests.md between its markers. */
  private void write(String table) {
    try {
      Files.createDirectories(TABLE.getParent());
      Files.writeString(TABLE, table + "\n" + details());
      if (Files.exists(DOC)) {
        String doc = Files.readString(DOC);
        int from = doc.indexOf(START);
        int to = doc.indexOf(END);
        if (from >= 0 && to > from) {
          Files.writeString(DOC, doc.substring(0, from + START.length()) + "\n" + table + doc.substring(to));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
