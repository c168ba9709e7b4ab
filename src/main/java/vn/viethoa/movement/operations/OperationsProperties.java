package vn.viethoa.movement.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of running the application (docs/operations.md): how long a client is told to wait
 * during start-up, how often the SMTP server is checked for the health endpoint, and how long the
 * figures behind the metrics are reused before they are read again from the database.
 */
@ConfigurationProperties("movement.operations")
public record OperationsProperties(
    @DefaultValue("10s") Duration startupRetryAfter,
    @DefaultValue("60s") Duration smtpCheckInterval,
    @DefaultValue("30s") Duration metricsRefresh) {}
