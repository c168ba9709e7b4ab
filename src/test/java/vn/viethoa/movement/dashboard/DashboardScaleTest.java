package vn.viethoa.movement.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.viethoa.movement.support.DashboardScaleData;
import vn.viethoa.movement.support.Http;

/**
 * The dashboard's page data stays complete and right on a large ward: 60 residential groups and 6
 * units with the year's tasks open, five years of reports in two versions, 20,000 mails of which
 * more failed than the page lists, 60 open incidents. Correctness only: how long the page takes at
 * a city's scale is measured, not asserted, by bench/DashboardScaleBenchmark and
 * bench/CityScaleBenchmark (docs/benchmarks.md). On H2, or on PostgreSQL with -Dtest.database=postgres.
 */
// starts an application of its own (a larger organisation); the webapps keep static state per JVM
@Tag("standalone")
class DashboardScaleTest {

  static final DashboardScaleData DATA = new DashboardScaleData(60, 20_000, 200, 60);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void thePageDataOfALargeWardCountsEveryUnitMailAndIncidentAndListsTheLatestFailures(@TempDir Path dir) throws Exception {
    EmbeddedPostgres postgres = "postgres".equals(System.getProperty("test.database")) ? EmbeddedPostgres.builder().start() : null;
    try (ConfigurableApplicationContext app = DATA.start(postgres, dir, "dashboardScaleTest")) {
      Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
      Http.Response year = http.get("/api/dashboard?year=2026", "admin", "test-admin");
      assertThat(year.status()).as(year.body()).isEqualTo(200);
      DATA.checkYear2026(year.json(), DashboardService.FAILURES_LISTED);
      Http.Response last = http.get("/api/dashboard?year=2030", "admin", "test-admin");
      assertThat(last.status()).as(last.body()).isEqualTo(200);
      assertThat(last.json().get("figures").get("trend")).hasSize(5);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
