package vn.viethoa.movement.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Tells the JVM's {@link ProcessCoverage} collector which test class and method is running, and
 * writes a class's coverage report when it is done. Registered by {@link MovementTest}; never
 * asserts anything: the floor over all models is {@code model.ProcessCoverageGate}'s.
 */
public class ProcessCoverageListener implements TestExecutionListener, Ordered {

  @Override
  public int getOrder() {
    // first before a test method, last after it
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    ProcessCoverage.collector().testClassStarted(testContext.getTestClass());
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ProcessCoverage.collector().testMethodStarted(testContext.getTestMethod().getName());
  }

  @Override
  public void afterTestMethod(TestContext testContext) {
    ProcessCoverage.collector().testMethodFinished();
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    ProcessCoverage.collector().testClassFinished();
  }
}
