package vn.viethoa.movement.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Turns a database holding one ward's life into a city's: every row the engine and the application
 * wrote for the ward is copied for wards 2..n by one INSERT … SELECT per table (PostgreSQL). A copy
 * is the same ward under other identifiers: every id, process instance, execution, task, job,
 * variable, user and group id gets the ward's prefix ({@code w017-}), so that each ward's officials,
 * groups, tasks, authorizations and reports are its own, and references between rows stay
 * consistent. What the wards share is not copied: deployments, process and decision definitions,
 * job definitions, the Tasklist filters (their READ grants are copied for each ward's groups), the
 * administrator and the camunda-admin group, engine properties and metrics.
 *
 * <p>The copies hold the same dates and figures as the original; their timers never fire (the
 * benchmark runs without a job executor). {@code ward_report} has one row per year (its key is the
 * year), so the other wards' ward reports cannot be stored and are not.
 */
final class CityCloner {

  /** Identifier columns of the engine's tables: prefixed in every copy. */
  static final Set<String> IDS = Set.of("id_", "act_inst_id_", "assignee_", "assigner_id_", "business_key_", "bytearray_id_",
      "call_case_inst_id_", "call_proc_inst_id_", "case_execution_id_", "case_exec_id_", "case_inst_id_", "cause_incident_id_",
      "content_id_", "create_user_id_", "dec_inst_id_", "error_details_id_", "exception_stack_id_", "execution_id_",
      "external_task_id_", "ext_task_id_", "group_id_", "job_exception_stack_id_", "job_id_", "last_failure_log_id_",
      "operation_id_", "owner_", "parent_act_inst_id_", "parent_id_", "parent_task_id_", "picture_id_",
      "process_instance_id_", "proc_inst_id_", "restarted_proc_inst_id_", "root_cause_incident_id_", "root_dec_inst_id_",
      "root_proc_inst_id_", "start_user_id_", "super_case_exec_", "super_case_instance_id_", "super_exec_",
      "super_process_instance_id_", "task_id_", "user_id_", "var_inst_id_", "var_scope_");

  /** Shared by every ward, or not data at all. */
  static final Set<String> SHARED_TABLES = Set.of("act_ge_property", "act_ge_schema_log", "act_ru_filter", "act_ru_jobdef",
      "act_ru_meter_log", "act_ru_task_meter_log", "act_id_tenant", "act_id_tenant_member", "act_ru_batch", "act_hi_batch");

  /** Authorization resource types whose resource id names a ward's own thing (user, group, membership, task, instance). */
  static final String WARD_RESOURCE_TYPES = "(1, 2, 3, 7, 8, 19, 20)";

  /** Distance between the ids of one ward's register rows and the next ward's. */
  static final long ID_STRIDE = 1_000_000L;

  private final JdbcTemplate pool;
  private JdbcTemplate jdbc;

  CityCloner(JdbcTemplate jdbc) {
    this.pool = jdbc;
  }

  static String prefixSql(String ward) {
    return "('w' || lpad(" + ward + "::text, 3, '0') || '-')";
  }

  /**
   * Copies the ward for wards 2..wards on one connection, with foreign key triggers off while the
   * tables are filled one by one (the copies reference each other exactly as the originals do);
   * returns the rows written per table.
   */
  Map<String, Long> copy(int wards) {
    return pool.execute((ConnectionCallback<Map<String, Long>>) connection -> {
      jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
      jdbc.execute("set session_replication_role = replica");
      try {
        return copyAll(wards);
      } finally {
        jdbc.execute("set session_replication_role = origin");
      }
    });
  }

  private Map<String, Long> copyAll(int wards) {
    Map<String, Long> written = new LinkedHashMap<>();
    String p = prefixSql("w.n");
    for (String table : engineTables()) {
      if (SHARED_TABLES.contains(table) || table.startsWith("act_re_")) {
        continue;
      }
      List<String> columns = columns(table);
      List<String> select = new ArrayList<>();
      for (String c : columns) {
        select.add(expression(table, c, p));
      }
      String where = switch (table) {
        case "act_ge_bytearray" -> " where t.deployment_id_ is null";
        case "act_id_user" -> " where t.id_ <> 'admin'";
        case "act_id_group" -> " where t.id_ <> 'camunda-admin'";
        case "act_id_membership" -> " where t.user_id_ <> 'admin' and t.group_id_ <> 'camunda-admin'";
        case "act_ru_authorization" -> " where coalesce(t.group_id_, '') <> 'camunda-admin' and coalesce(t.user_id_, '') <> 'admin'";
        default -> "";
      };
      written.put(table, insert(table, columns, select, where, wards));
    }
    written.put("unit_report", insertGeneratedIds("unit_report", wards, p,
        Set.of("unit_id", "submitted_by", "process_instance_id", "task_id")));
    written.put("notification", insertGeneratedIds("notification", wards, p,
        Set.of("dedup_key", "recipient_user", "process_instance_id", "business_key", "task_id")));
    written.put("commendation_proposal", insertWithIds("commendation_proposal", wards, p,
        Set.of("business_key", "process_instance_id", "proposing_unit_id", "candidate_unit_id", "created_by"), Set.of()));
    written.put("commendation_state_change", insertWithIds("commendation_state_change", wards, p, Set.of("actor"), Set.of("proposal_id")));
    written.put("commendation_vote", insertWithIds("commendation_vote", wards, p, Set.of("member_id"), Set.of("proposal_id")));
    for (String table : List.of("commendation_proposal", "commendation_state_change", "commendation_vote")) {
      jdbc.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce((select max(id) from " + table + "), 1))");
    }
    return written;
  }

  private static String expression(String table, String column, String prefix) {
    if (IDS.contains(column)) {
      return "left(" + prefix + " || t." + column + ", 64)";
    }
    if (table.equals("act_ru_authorization") && column.equals("resource_id_")) {
      return "case when t.resource_type_ in " + WARD_RESOURCE_TYPES + " and t.resource_id_ <> '*' then left(" + prefix
          + " || t.resource_id_, 64) else t.resource_id_ end";
    }
    if ((table.equals("act_ru_incident") || table.equals("act_hi_incident"))
        && (column.equals("configuration_") || column.equals("history_configuration_"))) {
      return "left(" + prefix + " || t." + column + ", 64)";
    }
    // the reminder process of a task knows its task by id (message correlation on task completion)
    if ((table.equals("act_ru_variable") || table.equals("act_hi_varinst") || table.equals("act_hi_detail"))
        && column.equals("text_")) {
      return "case when t.name_ = 'taskId' then left(" + prefix + " || t.text_, 64) else t.text_ end";
    }
    return "t." + column;
  }

  /**
   * One INSERT … SELECT for all copies of a table. Its plain indexes (not those of constraints) are
   * dropped before and built again after, which is faster than maintaining them row by row.
   */
  private long insert(String table, List<String> columns, List<String> select, String where, int wards) {
    List<Map<String, Object>> indexes = jdbc.queryForList("select indexname, indexdef from pg_indexes i "
        + "where i.schemaname = current_schema() and i.tablename = ? "
        + "and not exists (select 1 from pg_constraint c where c.conname = i.indexname)", table);
    for (Map<String, Object> index : indexes) {
      jdbc.execute("drop index " + index.get("indexname"));
    }
    String sql = "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", select)
        + " from " + table + " t cross join generate_series(2, " + wards + ") as w(n)" + where;
    long rows = jdbc.update(sql);
    for (Map<String, Object> index : indexes) {
      jdbc.execute(String.valueOf(index.get("indexdef")));
    }
    return rows;
  }

  /** An application table whose id is generated: every other column copied, some prefixed. */
  private long insertGeneratedIds(String table, int wards, String prefix, Set<String> prefixed) {
    List<String> columns = appColumns(table);
    List<String> select = columns.stream().map(c -> prefixed.contains(c) ? prefix + " || t." + c : "t." + c).toList();
    return insert(table, columns, select, "", wards);
  }

  /** An application table copied with its ids moved by a stride per ward (others reference them). */
  private long insertWithIds(String table, int wards, String prefix, Set<String> prefixed, Set<String> references) {
    List<String> columns = new ArrayList<>(appColumns(table));
    columns.add(0, "id");
    List<String> select = columns.stream().map(c -> {
      if (c.equals("id") || references.contains(c)) {
        return "t." + c + " + w.n * " + ID_STRIDE;
      }
      return prefixed.contains(c) ? prefix + " || t." + c : "t." + c;
    }).toList();
    return insert(table, columns, select, "", wards);
  }

  private List<String> engineTables() {
    return jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
        + "and table_type = 'BASE TABLE' and table_name like 'act\\_%' order by table_name", String.class);
  }

  private List<String> columns(String table) {
    return jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema() "
        + "and table_name = ? order by ordinal_position", String.class, table);
  }

  /** The columns of an application table but its generated id. */
  private List<String> appColumns(String table) {
    return columns(table).stream().filter(c -> !c.equals("id")).toList();
  }
}
