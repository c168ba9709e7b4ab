package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.DashboardScenario;
import vn.viethoa.movement.support.MovementTest;

/**
 * An administrator opens Cockpit on 01/12/2026: the start page's panel shows 2026 at a glance with
 * the right counts (24 of 25 reported, two of them late, ttdvsnc overdue), the menu opens the
 * movement's page, whose links lead to the task in Tasklist and to the incident in Cockpit. Saves
 * the screenshots of the administrators' guide (docs/images/cockpit-bang-dieu-khien*.png).
 *
 * <p>Headless Debian chromium and chromedriver at their Debian paths (no Selenium Manager download).
 * Run alone: {@code mvn -B test -Dtest=DashboardBrowserTest -Dsurefire.excludedGroups=standalone
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipPostgresTests}.
 */
@Tag("browser")
@MovementTest
class DashboardBrowserTest extends DashboardScenario {

  static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("browser.chromedriver", "/usr/bin/chromedriver");
  static final Path IMAGES = Path.of("docs", "images");

  @LocalServerPort int port;
  WebDriver driver;
  WebDriverWait wait;

  @BeforeEach
  void browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--no-first-run", "--window-size=1440,1000", "--lang=vi-VN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** What the browser last showed and logged, for a failure's diagnosis (target/, not committed). */
  @AfterEach
  void closeBrowser() throws Exception {
    if (driver == null) {
      return;
    }
    try {
      Files.write(Path.of("target", "DashboardBrowserTest-last.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("browser: " + entry));
    } finally {
      driver.quit();
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  void logInToCockpit(String user, String password) {
    driver.get(base() + "/camunda/app/cockpit/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password'][ng-model='password']")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }

  /** The text of an element, scrolled into Cockpit's scrolling view first (hidden text reads as ""). */
  String text(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element.getText();
  }

  String tile(WebElement root, String kind) {
    return root.findElement(By.cssSelector("[data-count='" + kind + "'] .vh-tile-value")).getText();
  }

  @Test
  void anAdministratorSeesTheCurrentYearAtAGlanceAndOpensTheMovementsPageFromTheMenu() throws Exception {
    var year = seededAfter30November();
    Task late = taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, "ttdvsnc");
    Task aggregate = tasks(year, AnnualReportingProcess.Elements.TASK_AGGREGATE).get(0);
    String reminders = remindersOf(aggregate.getId()).getId();

    logInToCockpit("admin", "test-admin");

    // the start page: the panel of the current year (01/12/2026 in Hà Nội)
    WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vh-panel")));
    assertThat(panel.getAttribute("data-year")).isEqualTo("2026");
    assertThat(panel.findElement(By.tagName("h3")).getText()).isEqualTo("Phong trào thi đua năm 2026");
    assertThat(tile(panel, "vh-ok")).isEqualTo("24/25");
    assertThat(panel.findElement(By.cssSelector("[data-count='vh-ok'] .vh-tile-note")).getText())
        .isEqualTo("đúng hạn 22, muộn 2");
    assertThat(tile(panel, "vh-open")).isEqualTo("0");
    assertThat(tile(panel, "vh-overdue")).isEqualTo("1");
    assertThat(panel.findElement(By.cssSelector(".vh-attention")).getText())
        .startsWith("Quá hạn chưa báo cáo: Trung tâm Dịch vụ sự nghiệp công");
    assertThat(panel.findElement(By.cssSelector(".vh-attention a")).getAttribute("href"))
        .endsWith("/camunda/app/tasklist/default/#/?task=" + late.getId());
    assertThat(panel.findElement(By.cssSelector(".vh-milestone-line")).getText())
        .contains("Mốc hiện tại: Báo cáo kết quả phong trào năm 2026 (30/11/2026)")
        .contains("Tiếp theo: Báo cáo kết quả phong trào năm 2027, ngày 30/11/2027.");
    assertThat(panel.findElement(By.cssSelector(".vh-mail-line")).getText()).contains("gửi lỗi 1");
    looksLikeTiles(panel);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", panel);
    screenshot(panel, "cockpit-bang-dieu-khien-tong-quan.png");

    // the menu opens the movement's page
    driver.findElement(By.cssSelector("a.vh-menu-link")).click();
    WebElement page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vh-page")));
    assertThat(driver.getCurrentUrl()).endsWith("#/phong-trao-thi-dua");
    assertThat(page.findElement(By.tagName("h2")).getText()).isEqualTo("Phong trào thi đua 2026 – 2030");
    assertThat(tile(page, "vh-ok")).isEqualTo("24/25");
    looksLikeTiles(page);
    WebElement badge = page.findElement(By.cssSelector("tr[data-unit='ttdvsnc'] .vh-badge"));
    assertThat(badge.getCssValue("background-color")).as("the overdue badge is coloured")
        .isNotIn("rgba(0, 0, 0, 0)", "transparent");
    assertThat(badge.getCssValue("display")).isEqualTo("inline-block");

    WebElement overdue = page.findElement(By.cssSelector("tr[data-unit='ttdvsnc']"));
    assertThat(overdue.getAttribute("data-state")).isEqualTo("OVERDUE");
    assertThat(text(overdue)).contains("Quá hạn, chưa báo cáo").contains("17:00 ngày 30/11");
    assertThat(overdue.findElement(By.linkText("Mở công việc")).getAttribute("href")).endsWith("#/?task=" + late.getId());
    // the units needing attention come first
    assertThat(page.findElements(By.cssSelector(".vh-units tbody tr")).get(0).getAttribute("data-unit")).isEqualTo("ttdvsnc");
    WebElement vp = page.findElement(By.cssSelector("tr[data-unit='vp']"));
    assertThat(text(vp)).contains("Đã báo cáo").contains("10:00 ngày 12/11/2026").contains("Nguyễn Thị Lan");
    assertThat(text(page.findElement(By.cssSelector("tr[data-unit='tdp-19']")))).contains("Báo cáo muộn");

    WebElement digital = page.findElement(By.cssSelector("tr[data-target='householdsDigitalAddressRate']"));
    assertThat(text(digital)).contains("99,5%").contains("100%").contains("Chưa đạt");

    assertThat(text(page.findElement(By.cssSelector("tr[data-kind='OVERDUE']")))).isEqualTo("Báo quá hạn 1 0 0 0 1");
    WebElement incident = page.findElement(By.cssSelector("a.vh-incident"));
    assertThat(incident.getAttribute("href"))
        .endsWith("/camunda/app/cockpit/default/#/process-instance/" + reminders + "/runtime?tab=incidents-tab");

    assertThat(text(page.findElement(By.id("khen-thuong")))).contains("Khen thưởng năm 2026");

    // filtering the units: only the overdue one
    WebElement onlyOverdue = page.findElement(By.cssSelector("button[data-filter='OVERDUE']"));
    text(onlyOverdue);
    onlyOverdue.click();
    List<WebElement> rows = page.findElements(By.cssSelector(".vh-units tbody tr"));
    assertThat(rows).hasSize(1);
    page.findElement(By.cssSelector("button[data-filter='ALL']")).click();

    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", page);
    screenshot(null, "cockpit-bang-dieu-khien.png");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", page.findElement(By.id("so-lieu")));
    screenshot(null, "cockpit-bang-dieu-khien-so-lieu.png");

    // the incident link leads to Cockpit's incidents of the reminder process
    text(incident);
    incident.click();
    wait.until(ExpectedConditions.urlContains("/process-instance/" + reminders));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Không gửi được thư"));
  }

  /**
   * What a person sees, not only what the page holds: the tiles stand side by side, framed, with a
   * coloured edge and a large figure; a lost stylesheet renders them as plain stacked text.
   */
  void looksLikeTiles(WebElement root) {
    WebElement tiles = root.findElement(By.cssSelector(".vh-tiles"));
    assertThat(tiles.getCssValue("display")).as("tiles in a row").isEqualTo("flex");
    WebElement ok = root.findElement(By.cssSelector("[data-count='vh-ok']"));
    WebElement overdue = root.findElement(By.cssSelector("[data-count='vh-overdue']"));
    assertThat(overdue.getLocation().getY()).as("side by side, not stacked").isEqualTo(ok.getLocation().getY());
    assertThat(overdue.getLocation().getX()).isGreaterThan(ok.getLocation().getX() + ok.getSize().getWidth() - 1);
    assertThat(ok.getCssValue("border-left-width")).isEqualTo("5px");
    assertThat(ok.getCssValue("border-left-color")).isEqualTo("rgba(46, 125, 50, 1)");
    assertThat(overdue.getCssValue("border-left-color")).isEqualTo("rgba(198, 40, 40, 1)");
    assertThat(ok.findElement(By.cssSelector(".vh-tile-value")).getCssValue("font-size")).isEqualTo("24px");
  }

  /** The whole window, or one element, as PNG in docs/images. */
  void screenshot(WebElement element, String name) throws Exception {
    Files.createDirectories(IMAGES);
    byte[] png = element == null ? ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)
        : element.getScreenshotAs(OutputType.BYTES);
    Files.write(IMAGES.resolve(name), png);
  }
}
