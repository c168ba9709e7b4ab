package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 14 in a real browser: an official hands back a claimed task with the × beside their name,
 * and the same session's REST API (what Tasklist itself calls, with the session and CSRF token)
 * refuses the attacks of a curious official: smuggled variables, a chosen business key, a start at
 * the last step, changed due dates.
 */
@Tag("browser")
class TrustInTasklistBrowserTest extends BrowserTest {

  static final String UNIT_NAME = "Phòng Kinh tế, Hạ tầng và Đô thị";
  static final String REPORT_TASK = "Báo cáo kết quả thực hiện phong trào năm";

  @Test
  void anOfficialHandsBackTheirTaskAndTheSessionsApiRefusesEveryAttack() {
    ProcessInstance year = openYearDueAhead();
    Task task = taskOf(year, TASK_SUBMIT_REPORT, "kthtdt");
    browser().login("tasklist", "canbo.kthtdt", "demo");
    openFilter("Việc của đơn vị tôi");
    openTask(REPORT_TASK, UNIT_NAME);
    claim();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("canbo.kthtdt");

    // what an official may not do is not offered: no "Tạo công việc", no follow-up date, the due date
    // and the unit shown but not editable, no "Thêm nhóm"
    var driver = browser().driver();
    assertThat(driver.findElements(By.cssSelector(".start-process-action"))).as("starting a process stays").isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".create-task-action"))).isNotEmpty().noneMatch(e -> e.isDisplayed());
    assertThat(driver.findElements(By.cssSelector(".dates .followup-date"))).isNotEmpty().noneMatch(e -> e.isDisplayed());
    org.openqa.selenium.WebElement dueDate = driver.findElement(By.cssSelector(".dates .due-date"));
    assertThat(dueDate.isDisplayed()).isTrue();
    assertThat(dueDate.getCssValue("pointer-events")).isEqualTo("none");
    assertThat(driver.findElements(By.cssSelector(".dates .reset-due-date"))).noneMatch(e -> e.isDisplayed());
    assertThat(driver.findElement(By.cssSelector(".actors .groups > span")).getCssValue("pointer-events")).isEqualTo("none");

    // the × beside one's own name hands the task back, without an error
    browser().waitVisible(By.cssSelector("button.unclaim")).click();
    browser().until(d -> !d.findElements(By.cssSelector("button.claim")).isEmpty());
    browser().waitForApp();
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(browser().visibleText()).doesNotContain("permission").doesNotContain("ENGINE-");
    claim();

    String engineApi = "/camunda/api/engine/engine/default";
    Map<String, Object> smuggled = call("POST", engineApi + "/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"trainingsHeld\":{\"value\":1},\"wardReportApproved\":{\"value\":true,\"type\":\"Boolean\"},"
            + "\"unitId\":{\"value\":\"vhxh\"}}}");
    assertThat(smuggled.get("status")).isEqualTo(400L);
    assertThat((String) smuggled.get("body")).contains("“wardReportApproved” không có trong biểu mẫu").contains("“unitId”");

    Map<String, Object> due = call("PUT", engineApi + "/task/" + task.getId(),
        "{\"name\":\"x\",\"due\":\"2031-01-01T17:00:00.000+0700\",\"assignee\":\"canbo.kthtdt\"}");
    assertThat(due.get("status")).isEqualTo(403L);
    assertThat((String) due.get("body")).contains("Hạn, ngày theo dõi");

    Map<String, Object> atTheEnd = call("POST", engineApi + "/process-definition/key/plan-adjustment/start",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_NotifyRequester\"}]}");
    assertThat(atTheEnd.get("status")).isEqualTo(403L);

    Map<String, Object> keyed = call("POST", engineApi + "/process-definition/key/plan-adjustment/submit-form",
        "{\"businessKey\":\"PHONGTRAO-2026-2030\",\"variables\":{}}");
    assertThat(keyed.get("status")).isEqualTo(400L);
    assertThat((String) keyed.get("body")).contains("Mã hồ sơ do hệ thống cấp");

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(year.getId()).taskDefinitionKey(TASK_SUBMIT_REPORT).count())
        .as("every unit keeps its report task").isEqualTo(tasks(year, TASK_SUBMIT_REPORT).size()).isGreaterThan(20);
    assertThat(engine.getRuntimeService().getVariable(year.getId(), "wardReportApproved")).isEqualTo(false);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getDueDate()).isEqualTo(task.getDueDate());
  }

  /** A request from the page, as Tasklist makes them: the session's cookie and the CSRF token echoed. */
  @SuppressWarnings("unchecked")
  Map<String, Object> call(String method, String path, String body) {
    Object result = ((org.openqa.selenium.JavascriptExecutor) browser().driver()).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];"
                + "fetch(arguments[1], {method: arguments[0], body: arguments[2], credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token, 'Accept': 'application/json'}})"
                + ".then(r => r.text().then(t => done({status: r.status, body: t})))"
                + ".catch(e => done({status: -1, body: String(e)}));",
            method, path, body);
    return (Map<String, Object>) result;
  }
}
