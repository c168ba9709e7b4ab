package vn.viethoa.movement.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage collector of the test JVM (camunda-process-test-coverage's {@link DefaultCollector}
 * with one suite per test class and one run per test method), fed by the library's parse listener
 * in every engine of a {@link MovementTest} context ({@link ProcessCoverageConfiguration}) and driven
 * by {@link ProcessCoverageListener}.
 *
 * <p>Unlike the library's own Spring listener it never throws into the engine: an element executed
 * in a test class but outside its test methods ({@code @BeforeAll}, the context starting) is
 * recorded in that class's run "(outside test methods)", one executed while no test class is
 * running is only counted, and a failure to record is logged once. After each class it writes the
 * library's report.html and report.json to {@code target/process-test-coverage/<database>/<class>/},
 * which {@code model.ProcessCoverageGate} aggregates over all models after the test phases.
 */
public final class ProcessCoverage implements Collector {

  /** The runs of a class's engine work outside its test methods. */
  public static final String OUTSIDE_TEST_METHODS = "(outside test methods)";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessCoverage.class);
  private static final ProcessCoverage INSTANCE = new ProcessCoverage();

  private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
  private final Map<String, Integer> invocations = new HashMap<>();
  private Suite suite;
  private Run run;
  private long unattributed;
  private boolean failureLogged;

  private ProcessCoverage() {}

  public static ProcessCoverage collector() {
    return INSTANCE;
  }

  /** Where this JVM writes its per-class reports: one folder per database the suite runs on. */
  public static Path reportDirectory() {
    return Path.of(System.getProperty("basedir", "."), "target", "process-test-coverage",
        System.getProperty("test.database", "h2"));
  }

  @Override
  public synchronized void addEvent(Event event) {
    if (suite == null) {
      unattributed++;
      return;
    }
    try {
      if (run == null) {
        run = runNamed(OUTSIDE_TEST_METHODS, OUTSIDE_TEST_METHODS);
      }
      collector.addEvent(event);
    } catch (RuntimeException e) {
      if (!failureLogged) {
        failureLogged = true;
        LOG.warn("Process coverage could not record {} of {}; the coverage report misses it", event.getDefinitionKey(),
            event.getModelKey(), e);
      }
    }
  }

  synchronized void testClassStarted(Class<?> testClass) {
    String id = testClass.getName();
    if (!collector.getSuites().containsKey(id)) {
      collector.createSuite(new Suite(id, id));
    }
    collector.activateSuite(id);
    suite = collector.getActiveSuite();
    run = null;
  }

  synchronized void testMethodStarted(String methodName) {
    if (suite == null) {
      return;
    }
    // parameterized and repeated tests: one run per invocation, named after the method
    int invocation = invocations.merge(suite.getId() + "#" + methodName, 1, Integer::sum);
    run = runNamed(invocation == 1 ? methodName : methodName + "[" + invocation + "]", methodName);
  }

  synchronized void testMethodFinished() {
    run = null;
  }

  /** Writes the class's report (only models the class touched, as the library does) and closes it. */
  synchronized void testClassFinished() {
    if (suite == null) {
      return;
    }
    try {
      if (!suite.getEvents().isEmpty()) {
        String directory = reportDirectory().toString();
        CoverageReportUtil.createReport(collector, directory);
        CoverageReportUtil.createJsonReport(collector, directory);
      }
    } catch (RuntimeException e) {
      LOG.warn("Process coverage report of {} could not be written", suite.getId(), e);
    } finally {
      if (unattributed > 0) {
        LOG.info("Process coverage: {} element events outside any test class were not counted", unattributed);
        unattributed = 0;
      }
      suite = null;
      run = null;
    }
  }

  private Run runNamed(String id, String name) {
    Run existing = suite.getRun(id);
    if (existing == null) {
      collector.createRun(new Run(id, name), suite.getId());
    }
    collector.activateRun(id);
    return collector.getActiveRun();
  }
}
