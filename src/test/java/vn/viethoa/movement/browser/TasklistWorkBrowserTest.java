package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_AGGREGATE;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import vn.viethoa.movement.support.ReportingFixtures;
import vn.viethoa.movement.tasklist.TasklistFilterSeeder;

/**
 * Issue 16 (items 1, 3, 6, 7, 9) in a real browser: what gets in an official's way in Tasklist. The
 * card shows no meaningless priority and names its columns; the links of a form work before the task
 * is claimed and open in a new tab; the evidence page leads back to the task and lets the unit take
 * back a file; a refusal lists every problem without covering "Lưu" and "Hoàn thành"; the history
 * names people; the lead unit reads every unit's figures in a table of the form; an administrator's
 * date picker is Vietnamese from Monday and the sort menu names no types.
 */
@Tag("browser")
class TasklistWorkBrowserTest extends BrowserTest {

  static final String UNIT = "kthtdt";
  static final String UNIT_NAME = "Phòng Kinh tế, Hạ tầng và Đô thị";
  static final String OFFICIAL = "canbo.kthtdt";
  static final String REPORT_TASK = "Báo cáo kết quả thực hiện phong trào năm";
  static final String AGGREGATION_TASK = "Tổng hợp báo cáo của phường";

  @Test
  void beforeClaimingTheEvidenceLinkOpensANewTabThatLeadsBackAndLetsTheUnitTakeBackAFile() throws Exception {
    jdbc.update("delete from evidence_file");
    ProcessInstance year = openYearDueAhead();
    Task task = taskOf(year, TASK_SUBMIT_REPORT, UNIT);
    browser().login("tasklist", OFFICIAL, "demo");
    browser().waitVisible(By.cssSelector(".task-filter.active"));
    assertThat(browser().driver().findElement(By.cssSelector(".task-filter.active h4.name")).getText())
        .as("the filter Tasklist opens first").contains(TasklistFilterSeeder.DEFAULT_FILTER);
    openFilter(TasklistFilterSeeder.DEFAULT_FILTER);

    // the card: no priority (always 50), the column's tooltip is its label
    WebElement card = taskCard(REPORT_TASK, UNIT_NAME).orElseThrow();
    assertThat(card.findElements(By.cssSelector(".priority"))).noneMatch(WebElement::isDisplayed);
    assertThat(card.getText()).doesNotContain("50");
    assertThat(card.findElements(By.cssSelector(".variable-label"))).extracting(e -> e.getDomAttribute("uib-tooltip"))
        .contains("Đơn vị", "Năm").doesNotContain("unitName", "year");

    // not claimed yet: the link is above Tasklist's "not allowed" veil and opens in a new tab
    openTask(REPORT_TASK, UNIT_NAME);
    assertThat(browser().all(By.cssSelector("button.claim"))).as("not claimed yet").isNotEmpty();
    WebElement link = browser().until(d -> d.findElements(By.cssSelector("[cam-tasklist-form] a[href*='evidence.html']"))
        .stream().filter(a -> "_blank".equals(a.getDomAttribute("target"))).findFirst().orElse(null));
    assertThat(link.getDomAttribute("href")).contains("task=" + task.getId());
    assertClickable(link);
    String tasklist = browser().driver().getWindowHandle();
    link.click();
    browser().until(d -> d.getWindowHandles().size() == 2);
    String evidenceTab = browser().driver().getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst().orElseThrow();
    browser().driver().switchTo().window(evidenceTab);
    try {
      browser().waitVisible(By.id("upload"));
      WebElement back = browser().waitVisible(By.id("back"));
      assertThat(back.getText()).isEqualTo("← Quay lại công việc trong Tasklist");
      assertThat(back.getDomProperty("href")).endsWith("/camunda/app/tasklist/default/#/?task=" + task.getId());

      // a file attached by mistake, taken back while the report is not sent
      Path pdf = Files.createTempFile("bien-ban-", ".pdf");
      Files.write(pdf, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      browser().driver().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
      browser().driver().findElement(By.id("send")).click();
      WebElement remove = browser().waitVisible(By.cssSelector("#files button.remove"));
      assertThat(remove.getText()).isEqualTo("Gỡ");
      // the page asks "Gỡ tệp …?": the person answers yes
      browser().script("window.confirm = function () { return true; };");
      remove.click();
      browser().until(d -> d.findElement(By.id("message")).getText().startsWith("Đã gỡ “"));
      browser().waitVisible(By.id("empty"));
      assertThat(jdbc.queryForObject("select count(*) from evidence_file where unit_id = ?", Integer.class, UNIT)).isZero();
      Files.deleteIfExists(pdf);
    } finally {
      browser().driver().close();
      browser().driver().switchTo().window(tasklist);
    }
  }

  @Test
  void aRefusalListsEveryProblemAtTheTopAndLuuAndHoanThanhStayClickable() {
    ProcessInstance year = openYearDueAhead();
    browser().login("tasklist", OFFICIAL, "demo");
    openFilter(TasklistFilterSeeder.DEFAULT_FILTER);
    openTask(REPORT_TASK, UNIT_NAME);
    claim();
    fill("Field_trainingsHeld", 4);
    fill("Field_treesPlanted", 99_999);
    fill("Field_initiatives", 2);
    fill("Field_staffTotal", 10);
    fill("Field_staffProficient", 12);
    fill("Field_results", "Hỗ trợ 14 hộ kinh doanh mở gian hàng trên sàn thương mại điện tử.");
    clickComplete();

    WebElement box = browser().waitText(By.cssSelector(".page-notifications .alert-danger"), "không được lớn hơn");
    assertThat(box.getText())
        .contains("“Số cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số” không được lớn hơn")
        .contains("“Số cây xanh trồng mới” = 99.999 vượt mức hợp lý");
    for (WebElement button : browser().all(By.cssSelector("[cam-tasklist-form] .form-actions button"))) {
      assertThat(overlaps(box.getRect(), button.getRect())).as("the message covers “" + button.getText() + "”").isFalse();
      assertClickable(button);
    }
    assertThat(browser().all(By.cssSelector("[cam-tasklist-form] .form-actions button")))
        .extracting(WebElement::getText).contains("Lưu", "Hoàn thành");
    assertThat(taskOf(year, TASK_SUBMIT_REPORT, UNIT).getAssignee()).isEqualTo(OFFICIAL);

    // people by name ("Họ và tên đệm" + "Tên"), not login id: the header, the task's assignee, the card
    String name = fullName(OFFICIAL);
    assertThat(browser().driver().findElement(By.cssSelector("[cam-widget-header]")).getText()).contains(name).doesNotContain(OFFICIAL);
    assertThat(browser().all(By.cssSelector(".task-details .assignee"))).anyMatch(e -> e.getText().contains(name));
    WebElement card = taskCard(REPORT_TASK, UNIT_NAME).orElseThrow();
    assertThat(card.findElement(By.cssSelector("h5.assignee")).getText()).isEqualTo(name);
    assertThat(card.findElement(By.cssSelector("h5.assignee")).getDomAttribute("uib-tooltip")).isEqualTo(name);
  }

  @Test
  void theLeadUnitReadsEveryUnitsFiguresInTheFormAndItsDraftLinkWorksBeforeClaiming() {
    ProcessInstance year = openYearDueAhead();
    int y = yearOf(year);
    for (String unit : ReportingFixtures.UNITS) {
      report(year, unit, ReportingFixtures.reportOfUnit(unit, 10, 1));
    }
    IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n))
        .forEach(group -> report(year, group, ReportingFixtures.residentialReport(100, 100)));
    assertThat(tasks(year, TASK_AGGREGATE)).hasSize(1);

    browser().login("tasklist", "canbo.vhxh", "demo");
    openFilter(TasklistFilterSeeder.DEFAULT_FILTER);
    openTask(AGGREGATION_TASK, null);
    WebElement table = browser().waitVisible(By.cssSelector("[cam-tasklist-form] table.fjs-table"));
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).hasSize(ReportingFixtures.UNITS.size() + 20);
    assertThat(table.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
        .containsExactly("Đơn vị, tổ dân phố", "Tình trạng (lần gửi, thời điểm, người gửi)", "Số liệu", "Giải trình số liệu");
    WebElement kthtdt = rows.stream().filter(r -> r.getText().startsWith(UNIT_NAME)).findFirst().orElseThrow();
    assertThat(kthtdt.getText()).contains("Đã báo cáo (lần 1").contains("Số sáng kiến, giải pháp cải tiến được áp dụng: 1");
    assertNoEnglishVisible("bảng số liệu của từng đơn vị");

    // not claimed: the .docx draft link is usable and opens in a new tab
    assertThat(browser().all(By.cssSelector("button.claim"))).isNotEmpty();
    WebElement draft = browser().driver().findElement(By.cssSelector("[cam-tasklist-form] a[href$='/api/documents/annual-report/" + y + ".docx']"));
    browser().until(d -> "_blank".equals(draft.getDomAttribute("target")));
    assertClickable(draft);
    closeNotifications();
    browser().script("arguments[0].scrollIntoView({block: 'start'});", table);
    browser().screenshot("bieu-mau-tong-hop-bang-don-vi");
  }

  @Test
  void anAdministratorsDatePickerIsVietnameseFromMondayAndTheSortMenuNamesNoTypes() {
    ProcessInstance year = openYearDueAhead();
    browser().login("tasklist", "admin", "test-admin");
    openFilter("Báo cáo năm " + yearOf(year));
    // the year's 26 tasks run over several pages: the unit's task by its address
    browser().driver().get(browser().url("/camunda/app/tasklist/default/#/?task=" + taskOf(year, TASK_SUBMIT_REPORT, UNIT).getId()));
    browser().waitVisible(By.cssSelector("[cam-tasklist-form] .fjs-form"));
    browser().waitForApp();

    // the due date's picker (administrators only)
    WebElement due = browser().waitVisible(By.cssSelector(".task-details .dates .due-date"));
    List<WebElement> editable = due.findElements(By.cssSelector(".view-value, a"));
    browser().script("arguments[0].click();", editable.isEmpty() ? due : editable.get(0));
    WebElement picker = browser().waitVisible(By.cssSelector(".uib-datepicker"));
    List<String> weekdays = picker.findElements(By.cssSelector("thead th small")).stream().map(WebElement::getText)
        .map(String::trim).filter(t -> !t.isEmpty()).toList();
    assertThat(weekdays).containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
    assertThat(picker.getText()).contains("tháng").doesNotContainPattern(
        "January|February|March|April|May|June|July|August|September|October|November|December|Mon|Sun");
    closeNotifications();
    browser().screenshot("tasklist-chon-han-xu-ly");
    browser().driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);

    // the sort menu: variable types without their English names
    browser().driver().findElement(By.cssSelector("[cam-sorting-choices] .dropdown-toggle")).click();
    browser().waitText(By.cssSelector("[cam-sorting-choices] .dropdown-menu a"), "Biến quy trình").click();
    List<String> types = browser().all(By.cssSelector("[cam-sorting-choices] .variable-inputs select option")).stream()
        .map(o -> o.getDomProperty("textContent").trim()).distinct().toList();
    assertThat(types).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContainPattern("Boolean|Double|Integer|Long|Short|String|Date"));
  }

  // -----------------------------------------------------------------------------------------------

  /** The element is what a click at its centre reaches (nothing laid over it). */
  void assertClickable(WebElement element) {
    browser().script("arguments[0].scrollIntoView({block: 'center'});", element);
    Object reached = browser().script(
        // the first line of a link that wraps
        "var r = arguments[0].getClientRects()[0];"
            + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return hit === arguments[0] || arguments[0].contains(hit);", element);
    assertThat(reached).as("a click on “" + element.getText() + "” reaches it").isEqualTo(true);
  }

  /** A notice left from an earlier test's session (the task it remembered is gone) is not part of the screenshot. */
  void closeNotifications() {
    browser().script("document.querySelectorAll('.page-notifications .alert .close').forEach(function (b) {"
        + " if (b.offsetParent) { b.click(); } });");
    browser().settle();
  }

  static boolean overlaps(Rectangle a, Rectangle b) {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  }

  String fullName(String userId) {
    var user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    return (user.getFirstName() + " " + user.getLastName()).trim();
  }
}
