package vn.viethoa.movement.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * With -Dtest.database=postgres the suite runs on a real PostgreSQL (binaries from Maven Central).
 * The server is a bean the DataSource depends on, so Spring closes the engine before stopping it.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "test.database", havingValue = "postgres")
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    // Spring stops it after the engine; its own JVM hook would race with Spring's and stop it first
    return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
  }

  @Bean(destroyMethod = "close")
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    ds.setMaximumPoolSize(10);
    return ds;
  }
}
