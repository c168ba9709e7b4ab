package vn.viethoa.movement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port, demo organisation, test database (H2, or PostgreSQL
 * with -Dtest.database=postgres), embedded SMTP on a free port, job executor off. One shared
 * Spring context for every test that uses it. Records which model elements each test executes
 * ({@link ProcessCoverage}; the gate over all models is {@code model.ProcessCoverageGate}). Metrics
 * are exported in Prometheus format as in production (Spring Boot's tests turn exporters off).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@AutoConfigureObservability(tracing = false)
@Import({EmbeddedPostgresConfiguration.class, ProcessCoverageConfiguration.class})
@TestExecutionListeners(listeners = ProcessCoverageListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface MovementTest {}
