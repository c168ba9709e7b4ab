package vn.viethoa.movement.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.adjustment.PlanAdjustmentProcess;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.reporting.AnnualReportingProcess;

/**
 * The figures behind the application's metrics, read from the database in a constant number of
 * queries (eight), whatever the size of the ward: counts grouped in SQL, never rows loaded. They
 * describe the shared database, so every node of a cluster reports the same values.
 */
@Component
public class OperationsFigures {

  /** The processes whose incidents are counted by name; any other key is counted as "other". */
  public static final List<String> PROCESSES = List.of(MovementProcess.KEY, AnnualReportingProcess.KEY,
      CommendationRoundProcess.KEY, PlanAdjustmentProcess.KEY, TaskRemindersProcess.KEY);

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final PlanClock clock;

  public OperationsFigures(JdbcTemplate jdbc, ManagementService management, PlanClock clock) {
    this.jdbc = jdbc;
    this.management = management;
    this.clock = clock;
  }

  /** One reading of every figure. Map keys are the tag values the metrics use. */
  public record Snapshot(
      Map<String, Long> mailsByKindAndStatus,
      long remindersScheduled,
      Map<String, Long> overdueTasksByGroup,
      Map<String, Long> openIncidentsByProcess,
      long jobsDue,
      long jobsFailingWithRetries,
      long jobsWithoutRetries,
      Map<Integer, Long> reportSubmissionsByYear,
      Map<Integer, Long> unitsReportedByYear) {

    static Snapshot empty() {
      return new Snapshot(Map.of(), 0, Map.of(), Map.of(), 0, 0, 0, Map.of(), Map.of());
    }

    public long mails(String kind, String status) {
      return mailsByKindAndStatus.getOrDefault(kind + "/" + status, 0L);
    }
  }

  public Snapshot read() {
    Instant now = clock.now();

    Map<String, Long> mails = new HashMap<>();
    jdbc.query("select kind, status, count(*) as n from notification group by kind, status",
        rs -> { mails.put(rs.getString("kind") + "/" + rs.getString("status"), rs.getLong("n")); });

    long reminders = management.createJobQuery().processDefinitionKey(TaskRemindersProcess.KEY).timers().count();

    // a routed task belongs to its candidate group (the unit); a claimed task keeps that link
    Map<String, Long> overdue = new HashMap<>();
    jdbc.query("select il.GROUP_ID_ as group_id, count(distinct t.ID_) as n from ACT_RU_TASK t "
            + "join ACT_RU_IDENTITYLINK il on il.TASK_ID_ = t.ID_ "
            + "where il.TYPE_ = 'candidate' and il.GROUP_ID_ is not null and t.DUE_DATE_ < ? group by il.GROUP_ID_",
        rs -> { overdue.put(rs.getString("group_id"), rs.getLong("n")); }, Timestamp.from(now));

    Map<String, Long> incidents = new HashMap<>();
    jdbc.query("select d.KEY_ as process_key, count(*) as n from ACT_RU_INCIDENT i "
            + "left join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_ group by d.KEY_",
        rs -> {
          String key = rs.getString("process_key");
          incidents.merge(key != null && PROCESSES.contains(key) ? key : "other", rs.getLong("n"), Long::sum);
        });

    long due = management.createJobQuery().executable().count();
    long failing = management.createJobQuery().withException().withRetriesLeft().count();
    long dead = management.createJobQuery().noRetriesLeft().count();

    Map<Integer, Long> submissions = new HashMap<>();
    Map<Integer, Long> units = new HashMap<>();
    jdbc.query("select report_year, count(*) as n, count(distinct unit_id) as u from unit_report group by report_year",
        rs -> {
          submissions.put(rs.getInt("report_year"), rs.getLong("n"));
          units.put(rs.getInt("report_year"), rs.getLong("u"));
        });

    return new Snapshot(Map.copyOf(mails), reminders, Map.copyOf(overdue), Map.copyOf(incidents), due, failing, dead,
        Map.copyOf(submissions), Map.copyOf(units));
  }
}
