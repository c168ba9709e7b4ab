package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * Issue 7: an administrator follows the movement in Cockpit as docs/admin-guide.md tells.
 *
 * <p>The movement itself (the top-level process) is checked in its own test: the administrator
 * finds it by business key and its diagram, with the called reporting year, renders.
 */
@Tag("browser")
class CockpitBrowserTest extends BrowserTest {

  static final String REPORTING_NAME = "Báo cáo kết quả phong trào thi đua hằng năm";

  @Test
  void anAdministratorFindsTheReportingInstanceByBusinessKeyAndItsDiagramRenders() {
    ProcessInstance year = openYearDueAhead();
    String businessKey = AnnualReportingProcess.businessKey(yearOf(year));

    browser().login("cockpit", "admin", "test-admin");
    browser().waitVisible(By.cssSelector("[cam-widget-header]"));
    browser().waitForApp();
    assertNoEnglishVisible("Cockpit, trang chủ");

    // Quy trình → the reporting process
    browser().driver().get(browser().url("/camunda/app/cockpit/default/#/processes"));
    browser().waitForApp();
    WebElement definition = browser().waitText(By.cssSelector("a"), REPORTING_NAME);
    assertNoEnglishVisible("Cockpit, danh sách quy trình");
    browser().screenshot("cockpit-danh-sach-quy-trinh");
    definition.click();

    // its running instances, one per reporting year: the one of this year by its business key
    WebElement instanceLink = browser().until(d -> d.findElements(By.cssSelector("table tbody tr")).stream()
        .filter(row -> row.getText().contains(businessKey))
        .map(row -> row.findElement(By.cssSelector("a[href*='process-instance']")))
        .findFirst().orElse(null));
    assertDiagramRenders();
    browser().screenshot("cockpit-dinh-nghia-bao-cao-nam");
    instanceLink.click();

    // the instance: its diagram with the 26 open report tasks on "Báo cáo kết quả thực hiện phong trào năm"
    browser().until(d -> d.getCurrentUrl().contains(year.getId()));
    assertDiagramRenders();
    browser().until(d -> d.findElements(By.cssSelector(".djs-overlays")).stream()
        .anyMatch(o -> o.getText().contains("26")));
    assertThat(browser().visibleText()).contains(businessKey);
    assertNoEnglishVisible("Cockpit, phiên quy trình");
    browser().screenshot("cockpit-bao-cao-nam");
  }

  @Test
  void anAdministratorFindsTheMovementAndItsDiagramShowsWhereThePlanStands() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "browser test reset", true, true));
    ClockUtil.reset();
    ProcessInstance movement = engine.getRuntimeService().startProcessInstanceByKey(MovementProcess.KEY,
        java.util.Map.of("planNumber", "45/KH-UBND", "planIssuedOn", "2026-03-10", "launchedOn", "2026-03-12"));

    browser().login("cockpit", "admin", "test-admin");
    browser().waitForApp();
    browser().driver().get(browser().url("/camunda/app/cockpit/default/#/process-instance/" + movement.getId() + "/runtime"));
    browser().until(d -> !d.findElements(By.cssSelector(
        "svg [data-element-id='" + MovementProcess.Elements.SUBPROCESS_PHASE_ONE + "']")).isEmpty());
    browser().waitForApp();
    for (String id : List.of(MovementProcess.Elements.SUBPROCESS_LAUNCH, MovementProcess.Elements.CALL_PHASE_ONE_REPORTING,
        MovementProcess.Elements.SUBPROCESS_INTERIM_REVIEW, MovementProcess.Elements.SUBPROCESS_PHASE_TWO,
        MovementProcess.Elements.SUBPROCESS_FINAL_REVIEW, MovementProcess.Elements.END_CLOSED)) {
      assertThat(browser().all(By.cssSelector("svg g.djs-shape[data-element-id='" + id + "']")))
          .as("shape of " + id + " in the diagram").isNotEmpty();
    }
    // (the variables table below names value types in Vietnamese: viethoa-english.js, RolesDayBrowserTest)
    assertThat(browser().visibleText()).contains(MovementProcess.businessKey(2026, 2030)).contains("Phong trào thi đua");
    browser().screenshot("cockpit-phong-trao");
  }

  /** bpmn-js drew the model: the SVG holds the shapes of the reporting process, by element id. */
  private void assertDiagramRenders() {
    browser().until(d -> !d.findElements(By.cssSelector(
        "svg [data-element-id='" + AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT + "']")).isEmpty());
    browser().waitForApp();
    for (String id : List.of(
        AnnualReportingProcess.Elements.START,
        AnnualReportingProcess.Elements.SUBPROCESS_UNIT_REPORTS,
        AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT,
        AnnualReportingProcess.Elements.TIMER_DEADLINE,
        AnnualReportingProcess.Elements.TASK_AGGREGATE,
        AnnualReportingProcess.Elements.TASK_APPROVE,
        AnnualReportingProcess.Elements.TASK_SUBMIT_TO_CITY,
        AnnualReportingProcess.Elements.END_SUBMITTED)) {
      List<WebElement> shapes = browser().all(By.cssSelector("svg g.djs-shape[data-element-id='" + id + "']"));
      assertThat(shapes).as("shape of " + id + " in the diagram").isNotEmpty();
      assertThat(shapes.get(0).findElements(By.cssSelector("rect, circle, path, polygon")))
          .as("drawing of " + id).isNotEmpty();
    }
    assertThat(browser().all(By.cssSelector("svg g.djs-connection"))).as("sequence flows").hasSizeGreaterThan(10);
    // a label wraps into one tspan per line (where depends on the fonts installed): join the lines
    String labels = String.join(" ", browser().all(By.cssSelector("svg g.djs-shape text tspan")).stream()
        .map(WebElement::getText).toList());
    assertThat(labels).contains("Tổng hợp báo cáo của phường", "Gửi báo cáo năm lên UBND thành phố");
  }
}
