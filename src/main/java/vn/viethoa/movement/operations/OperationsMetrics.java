package vn.viethoa.movement.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.notification.NotificationKind;
import vn.viethoa.movement.notification.NotificationStatus;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;

/**
 * The application's own metrics (Micrometer; Prometheus format at /actuator/prometheus on the
 * management port). Every gauge reads one {@link OperationsFigures.Snapshot}, read again from the
 * database when it is older than {@code movement.operations.metrics-refresh}: a scrape costs at
 * most eight cheap queries, however many gauges it reads. Tag values are known at start (kinds and
 * statuses of mail, the organisation's groups, the plan's years, the processes), so every series
 * exists from the first scrape, with 0 where nothing happened. Each metric is described in
 * docs/operations.md.
 */
@Component
public class OperationsMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  private final OperationsFigures figures;
  private final Organisation organisation;
  private final PlanCalendar calendar;
  private final StartupProgress startup;
  private final Duration refresh;
  private volatile OperationsFigures.Snapshot snapshot = OperationsFigures.Snapshot.empty();
  private volatile Instant readAt;

  public OperationsMetrics(OperationsFigures figures, Organisation organisation, PlanCalendar calendar,
      StartupProgress startup, OperationsProperties properties) {
    this.figures = figures;
    this.organisation = organisation;
    this.calendar = calendar;
    this.startup = startup;
    this.refresh = properties.metricsRefresh();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    List<String> states = Arrays.stream(NotificationStatus.values()).map(OperationsMetrics::state).distinct().toList();
    for (NotificationKind kind : NotificationKind.values()) {
      for (String state : states) {
        gauge("movement.mails", "Mails in the notification log by kind and state (waiting: not sent yet)",
            s -> mails(s, kind, state)).tag("kind", kind.name().toLowerCase(Locale.ROOT)).tag("state", state).register(registry);
      }
    }
    gauge("movement.reminders.scheduled", "Reminder, overdue and escalation timers waiting to fire",
        s -> s.remindersScheduled()).register(registry);
    for (Unit unit : organisation.all()) {
      gauge("movement.tasks.overdue", "Open tasks past their due date, by the unit they are routed to",
          s -> s.overdueTasksByGroup().getOrDefault(unit.id(), 0L)).tag("unit", unit.id()).register(registry);
    }
    List<String> processes = new ArrayList<>(OperationsFigures.PROCESSES);
    processes.add("other");
    for (String process : processes) {
      gauge("movement.incidents.open", "Open incidents (a job that failed its last retry), by process",
          s -> s.openIncidentsByProcess().getOrDefault(process, 0L)).tag("process", process).register(registry);
    }
    gauge("movement.jobs.due", "Jobs due now with retries left: the job executor's backlog",
        s -> s.jobsDue()).register(registry);
    gauge("movement.jobs.failing", "Jobs that failed and wait for a retry",
        s -> s.jobsFailingWithRetries()).register(registry);
    gauge("movement.jobs.failed", "Jobs without retries left (each one is an incident)",
        s -> s.jobsWithoutRetries()).register(registry);
    for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
      int y = year;
      gauge("movement.reports.submissions", "Unit report submissions (corrections included) by reporting year",
          s -> s.reportSubmissionsByYear().getOrDefault(y, 0L)).tag("year", Integer.toString(y)).register(registry);
      gauge("movement.reports.units", "Units and residential groups that submitted a report, by reporting year",
          s -> s.unitsReportedByYear().getOrDefault(y, 0L)).tag("year", Integer.toString(y)).register(registry);
    }
    TimeGauge.builder("movement.startup.work", startup,
            TimeUnit.MILLISECONDS, p -> p.isDone() ? p.took().toMillis() : Double.NaN)
        .description("Time the start-up work took (models, users, rights, filters, demo data); NaN while it runs")
        .register(registry);
  }

  private static long mails(OperationsFigures.Snapshot s, NotificationKind kind, String state) {
    long n = 0;
    for (NotificationStatus status : NotificationStatus.values()) {
      if (state.equals(state(status))) {
        n += s.mails(kind.name(), status.name());
      }
    }
    return n;
  }

  /** sent, failed, waiting (pending or being sent); any other status under its own name. */
  static String state(NotificationStatus status) {
    return switch (status.name()) {
      case "SENT" -> "sent";
      case "FAILED" -> "failed";
      case "PENDING", "SENDING" -> "waiting";
      default -> status.name().toLowerCase(Locale.ROOT);
    };
  }

  private Gauge.Builder<OperationsMetrics> gauge(String name, String description,
      ToDoubleFunction<OperationsFigures.Snapshot> value) {
    return Gauge.builder(name, this, m -> value.applyAsDouble(m.snapshot())).description(description);
  }

  /** The figures, read again when older than the refresh interval. */
  public OperationsFigures.Snapshot snapshot() {
    Instant now = Instant.now();
    Instant at = readAt;
    if (at == null || !now.isBefore(at.plus(refresh))) {
      synchronized (this) {
        if (readAt == at) {
          refresh(now);
        }
      }
    }
    return snapshot;
  }

  /** Reads the figures now (tests, and the first scrape). */
  public synchronized OperationsFigures.Snapshot refresh() {
    refresh(Instant.now());
    return snapshot;
  }

  private void refresh(Instant now) {
    try {
      snapshot = figures.read();
    } catch (RuntimeException e) {
      // the database's own health component says why; the last figures stand until it answers again
      LOG.warn("Metrics figures could not be read: {}", e.getMessage());
    }
    readAt = now;
  }
}
