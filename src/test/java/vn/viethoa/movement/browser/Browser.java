package vn.viethoa.movement.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) as a Vietnamese official
 * in Hải Phòng has it: browser language vi-VN, time zone Asia/Ho_Chi_Minh, a 1400×1000 window, a fresh
 * profile. The driver is named explicitly: Selenium Manager never downloads anything.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
  public static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
  /** Screenshots for the guides; every run overwrites them. */
  public static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "docs/images"));
  /** Page source and screenshot of a failed step, for the developer. */
  public static final Path FAILURES = Path.of("target", "browser-failures");

  // generous: on a loaded machine a cold Chromium takes a while to compile the webapps' bundles
  private static final Duration WAIT = Duration.ofSeconds(Long.getLong("browser.wait", 45));

  private final String base;
  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  public Browser(int port) {
    this.base = "http://127.0.0.1:" + port;
    try {
      this.profile = Files.createTempDirectory("viethoa-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1400,1000",
        "--lang=vi-VN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
    this.service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        // the browser shows dates in its own zone: the ward's officials are in Vietnam
        .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
        .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(WAIT);
  }

  /** Both programs exist and can be run (false on a machine without Debian's packages). */
  public static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return base + path;
  }

  /** Forgets the session: a fresh start as another user. */
  public void forgetSession() {
    if (driver.getCurrentUrl().startsWith(base)) {
      driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }
    driver.manage().deleteAllCookies();
  }

  /** Opens an app ({@code tasklist}, {@code cockpit}, {@code admin}) and waits for its login form. */
  public void openLogin(String app) {
    forgetSession();
    driver.get(url("/camunda/app/" + app + "/default/#/login"));
    waitForApp();
    waitVisible(By.cssSelector("input[ng-model=username]"));
  }

  /** Waits until AngularJS has bootstrapped the app and has no HTTP request pending. */
  public void waitForApp() {
    until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "if (document.readyState !== 'complete' || !window.angular) return false;"
            + "var root = angular.element(document.body);"
            + "var injector = root.injector && root.injector();"
            + "if (!injector) return false;"
            + "return injector.get('$http').pendingRequests.length === 0;")));
  }

  /** Logs in through the login form and waits until the app has left it. */
  public void login(String app, String user, String password) {
    openLogin(app);
    fillLogin(user, password);
    submitLogin();
  }

  public void fillLogin(String user, String password) {
    type(By.cssSelector("input[ng-model=username]"), user);
    type(By.cssSelector("input[ng-model=password]"), password);
  }

  /** Types into the displayed field and checks that the text landed there. */
  public void type(By field, String text) {
    until(d -> {
      WebElement input = d.findElements(field).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
      if (input == null) {
        return false;
      }
      input.click();
      input.clear();
      input.sendKeys(text);
      return text.equals(input.getDomProperty("value"));
    });
  }

  public void submitLogin() {
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    until(d -> !d.getCurrentUrl().contains("/login")
        && d.findElements(By.cssSelector("input[ng-model=username]")).stream().noneMatch(WebElement::isDisplayed));
  }

  public WebElement waitVisible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public <T> T until(Function<WebDriver, T> condition) {
    try {
      // Angular re-renders lists while they refresh: an element found a moment ago may be gone
      return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException e) {
      keepForDiagnosis("timeout");
      throw e;
    }
  }

  /** The first displayed element whose visible text contains the text. */
  public WebElement waitText(By by, String text) {
    return until(d -> d.findElements(by).stream()
        .filter(e -> e.isDisplayed() && e.getText().contains(text))
        .findFirst().orElse(null));
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** What the user can read on the page. */
  public String visibleText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Lets pending Angular digests, fades and tooltips settle before a screenshot. */
  public void settle() {
    try {
      Thread.sleep(400);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Saves a screenshot for the guides as docs/images/{name}.png. */
  public Path screenshot(String name) {
    // no hover tooltip or focus ring left over from the last click
    List<WebElement> footer = driver.findElements(By.cssSelector("[cam-widget-footer]"));
    if (!footer.isEmpty()) {
      new Actions(driver).moveToElement(footer.get(0)).perform();
    }
    driver.executeScript("if (document.activeElement && document.activeElement.blur"
        + " && document.activeElement.type !== 'password') { document.activeElement.blur(); }");
    settle();
    return save(SCREENSHOTS.resolve(name + ".png"));
  }

  /** Saves the page (HTML and PNG) under target/browser-failures to see what the browser saw. */
  public void keepForDiagnosis(String name) {
    try {
      Files.createDirectories(FAILURES);
      String stamp = name + "-" + System.currentTimeMillis();
      Files.writeString(FAILURES.resolve(stamp + ".html"), driver.getPageSource());
      save(FAILURES.resolve(stamp + ".png"));
    } catch (Exception ignored) {
      // diagnosis only
    }
  }

  private Path save(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // a temp folder
      }
    }
  }
}
