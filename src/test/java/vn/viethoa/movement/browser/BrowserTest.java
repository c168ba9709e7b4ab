package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * Base of the end-to-end tests in a real headless Chromium against the application on a random port
 * (the shared test context of {@link MovementTest}). Run with {@code mvn verify -Pbrowser}; the default
 * build leaves them out (tag "browser"). Without /usr/bin/chromium they are skipped with a message,
 * unless {@code -Dbrowser.required=true} (CI) makes that a failure.
 *
 * <p>One browser per test class; each test starts without a session. Screenshots go to docs/images.
 */
@Tag("browser")
@ExtendWith({BrowserTest.ChromiumInstalled.class, BrowserTest.KeepPageOnFailure.class})
@MovementTest
public abstract class BrowserTest extends ReportingScenario {

  protected static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static Browser browser;

  @LocalServerPort protected int port;
  @Autowired protected PlanCalendar calendar;

  protected Browser browser() {
    return browser;
  }

  @BeforeEach
  void browserWithoutSession() {
    if (browser == null) {
      browser = new Browser(port);
    } else {
      browser.forgetSession();
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  // -----------------------------------------------------------------------------------------------
  // the reporting year

  /**
   * Opens the reporting year whose deadline (30/11, 17:00 Vietnam time) still lies ahead, with the
   * engine clock at the real time: the browser shows due dates relative to its own clock, so engine
   * and browser must agree on "now". Today (26/11/2026) that is 2026, due in a few days. If the year's
   * window (01/11) has not opened yet, the engine clock is moved just past it to open the tasks, then
   * set back. After the last year of the plan (2030) the engine clock stays at 26/11/2030 09:00 and
   * the browser shows the tasks as overdue.
   */
  protected ProcessInstance openYearDueAhead() {
    Instant now = Instant.now();
    for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
      Instant deadline = LocalDateTime.of(year, 11, 30, 17, 0).atZone(VIETNAM).toInstant();
      if (now.plusSeconds(3600).isBefore(deadline)) {
        Instant windowOpens = LocalDateTime.of(year, 11, 1, 0, 0).atZone(VIETNAM).toInstant();
        ClockUtil.reset();
        ProcessInstance instance = openYear(year);
        if (now.isBefore(windowOpens)) {
          ClockUtil.setCurrentTime(Date.from(windowOpens.plusSeconds(60)));
          executeDueJobs(instance.getId());
          ClockUtil.reset();
        }
        return instance;
      }
    }
    clockAt(calendar.lastYear() + "-11-26T09:00:00+07:00");
    return openYear(calendar.lastYear());
  }

  protected int yearOf(ProcessInstance instance) {
    return (Integer) variable(instance, "year");
  }

  // -----------------------------------------------------------------------------------------------
  // Tasklist

  /** Clicks the shared filter of that name in Tasklist's left column and waits for its list. */
  protected void openFilter(String name) {
    WebElement link = browser.waitText(By.cssSelector(".task-filter h4.name a"), name);
    link.click();
    browser.until(d -> d.findElements(By.cssSelector(".task-filter.active h4.name")).stream()
        .anyMatch(e -> e.getText().contains(name)));
    browser.until(d -> d.findElements(By.cssSelector("[cam-tasks] .loader")).stream().noneMatch(WebElement::isDisplayed));
    browser.waitForApp();
  }

  /** The task cards of the list now shown. */
  protected List<WebElement> taskCards() {
    return browser.all(By.cssSelector("ol.tasks-list > li.task"));
  }

  protected Optional<WebElement> taskCard(String taskName, String unitName) {
    return taskCards().stream()
        .filter(card -> card.findElement(By.cssSelector("h4.task")).getText().trim().equals(taskName))
        .filter(card -> unitName == null || card.getText().contains(unitName))
        .findFirst();
  }

  /** Opens a task from the list (by name, and unit if given) and waits for its Camunda Form. */
  protected void openTask(String taskName, String unitName) {
    browser.until(d -> {
      try {
        Optional<WebElement> card = taskCard(taskName, unitName);
        if (card.isEmpty()) {
          return false;
        }
        card.get().findElement(By.cssSelector("h4.task a")).click();
        return true;
      } catch (StaleElementReferenceException listRefreshed) {
        return false;
      }
    });
    browser.waitVisible(By.cssSelector("[cam-tasklist-form] .fjs-form"));
    browser.waitForApp();
  }

  /** Clicks "Nhận việc" in the task header and waits until the task is mine. */
  protected void claim() {
    // Tasklist may render the task pane again while it loads (the button found is then stale): click
    // the current button until the task is claimed, as a person clicks again
    browser.until(d -> {
      List<WebElement> buttons = d.findElements(By.cssSelector("button.claim"));
      if (buttons.isEmpty()) {
        return true;
      }
      try {
        if (buttons.get(0).isDisplayed()) {
          buttons.get(0).click();
        }
      } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException e) {
        // rendered again: try the new one
      }
      return false;
    });
    browser.waitForApp();
  }

  /** The input of a Camunda Form field by its id in the .form file ({@code Field_staffTotal}, {@code Field_CandidateName_0}). */
  protected WebElement field(String fieldId) {
    return browser.waitVisible(By.cssSelector("[cam-tasklist-form] [id$='-" + fieldId + "']"));
  }

  /**
   * Types into a field as a person does (select all, type over it): form-js listens to input events,
   * which Selenium's clear() does not fire.
   */
  protected void fill(String fieldId, Object value) {
    String text = value == null ? "" : String.valueOf(value);
    WebElement input = field(fieldId);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    String typed = null;
    for (int attempt = 0; attempt < 3 && !text.equals(typed); attempt++) {
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      if (!text.isEmpty()) {
        input.sendKeys(text);
      }
      browser.settle();
      typed = input.getDomProperty("value");
    }
    assertThat(typed).as("what " + fieldId + " holds after typing").isEqualTo(text);
  }

  /** Picks an option of a select field by its label. */
  protected void choose(String fieldId, String label) {
    WebElement display = browser.waitVisible(By.cssSelector("[cam-tasklist-form] [id$='-" + fieldId + "-display']"));
    browser.script("arguments[0].scrollIntoView({block: 'center'});", display);
    display.click();
    browser.waitText(By.cssSelector(".fjs-dropdownlist-item"), label).click();
    browser.until(d -> display.getText().trim().equals(label));
  }

  /** Clicks "Hoàn thành" under the form. */
  protected void clickComplete() {
    WebElement complete = browser.waitVisible(By.cssSelector("[cam-tasklist-form] .form-actions .btn-primary"));
    browser.until(d -> complete.isEnabled());
    browser.script("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();
  }

  /**
   * The validation messages form-js shows under the fields, read in one script: form-js re-renders
   * them on blur, so element references taken one by one could go stale in between.
   */
  protected List<String> fieldErrors() {
    Object texts = browser.script("return Array.from(document.querySelectorAll("
        + "'[cam-tasklist-form] .fjs-form-field-error li')).filter(e => e.getClientRects().length > 0)"
        + ".map(e => e.innerText.trim());");
    return ((List<?>) texts).stream().map(String::valueOf).toList();
  }

  /** The absolute due date a card shows in its tooltip, e.g. "Thứ hai, 30/11/2026 17:00". */
  protected static String dueTooltip(WebElement card) {
    return card.findElement(By.cssSelector(".due-date [uib-tooltip]")).getDomAttribute("uib-tooltip");
  }

  // -----------------------------------------------------------------------------------------------
  // what a Vietnamese newcomer must not see

  /**
   * English words of the Camunda webapps and form-js that would betray an untranslated label in the
   * visible text (whole words, case-sensitive; product names such as Camunda, Tasklist, Cockpit,
   * Admin, Welcome and the language switch's "English" stay as they are). The second half came from
   * walking each role's day (RolesDayBrowserTest): Cockpit's and Admin's labels, value types and
   * values, permission names, group types and metric names.
   */
  static final Pattern ENGLISH = Pattern.compile(
      "\\b(Claim|Unclaim|Complete|Save|Add new|Add Comment|Select|Search|Filter|Filters|Due|Follow-up|Created|"
          + "Priority|Assignee|Form|History|Diagram|Description|Field|required|minimum|maximum|Remove|"
          + "Collapse|Expand|Loading|Logout|Sign in|Sign out|Username|Password|Start process|Create task|Process|"
          + "Processes|Instances|Incidents|Dashboard|Running|Decisions|Tasks|Deployments|Batches|More|"
          + "Version|Definitions|Variables|Activity|Business Key|Date|Time|"
          + "Actions|Action|Toggle|Zoom|Reset|Retry|String|Boolean|Integer|Long|Short|Double|Bytes|Object|Json|Xml|"
          + "true|false|null|undefined|Permissions|Permission|READ|UPDATE|CREATE|DELETE|ACCESS|ALL|NONE|"
          + "READ_HISTORY|TASK_WORK|TASK_ASSIGN|Users|Groups|Tenants|Authorizations|Authorization|System|"
          + "Metrics|Metric|Flow Node|Root Process|Executed|Task Users|SYSTEM|WORKFLOW|ORGANIZATIONAL UNIT|"
          + "Profile|Account|Owner|Members|Member|Edit|Cancel|Submit|Close|Details|Status|Open|Resolved|"
          + "Message|Timestamp|Job|Jobs|Suspend|Activate|Suspended|Show|Hide|Apply|Type|Name|Value|Scope|"
          + "Add|Update|Delete|Refresh|Previous|Next|First|Last|Page|of|Yes|No|Error|Warning)\\b");

  /** Where English was seen on a screen: the word and a little of the text around it. */
  protected List<String> englishOnScreen(boolean wholeScreen) {
    List<String> found = new java.util.ArrayList<>();
    if (!wholeScreen) {
      collectEnglish(browser.visibleText(), "", found);
    } else {
      // innerText: also what lies below the fold of Cockpit's scrolling views (getText() skips it)
      collectEnglish(String.valueOf(browser.script("return document.body.innerText;")), "", found);
      // what a person reads on hovering or with a screen reader: titles, aria labels, placeholders
      Object attributes = browser.script("return Array.from(document.querySelectorAll("
          + "'[title], [aria-label], [placeholder], [uib-tooltip]')).filter(e => e.getClientRects().length > 0)"
          + ".flatMap(e => ['title', 'aria-label', 'placeholder', 'uib-tooltip'].map(a => e.getAttribute(a)))"
          + ".filter(v => v && v.indexOf('{{') < 0);");
      for (Object value : (List<?>) attributes) {
        collectEnglish(String.valueOf(value), "(tooltip) ", found);
      }
    }
    return found;
  }

  private static void collectEnglish(String text, String prefix, List<String> found) {
    Matcher matcher = ENGLISH.matcher(text);
    while (matcher.find()) {
      int from = Math.max(0, matcher.start() - 30);
      int to = Math.min(text.length(), matcher.end() + 30);
      found.add(prefix + "“" + matcher.group() + "” in …" + text.substring(from, to).replace('\n', ' ') + "…");
    }
  }

  /** Fails with the English words found in the visible text of the page. */
  protected void assertNoEnglishVisible(String where) {
    assertThat(englishOnScreen(false)).as(where + ": English text visible to a Vietnamese official").isEmpty();
  }

  // -----------------------------------------------------------------------------------------------
  // extensions

  /**
   * Skips the class before its Spring context starts when Chromium is missing, with the reason;
   * {@code -Dbrowser.required=true} (set by .ci/run) turns that into a failure.
   */
  static class ChromiumInstalled implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Browser.installed()) {
        return ConditionEvaluationResult.enabled("Chromium at " + Browser.CHROMIUM);
      }
      String reason = "Browser tests skipped: " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
          + " is missing (Debian: apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("browser.required")) {
        throw new IllegalStateException(reason.replace("skipped", "required") + "; -Dbrowser.required=true");
      }
      System.out.println("[WARNING] " + reason);
      return ConditionEvaluationResult.disabled(reason);
    }
  }

  /** Keeps what the browser showed when a test fails (target/browser-failures). */
  static class KeepPageOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.keepForDiagnosis(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
      }
    }
  }
}
