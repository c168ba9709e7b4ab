package vn.viethoa.movement.deployment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for how this application uses it. Completing any task makes
 * Camunda look for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}),
 * a scan of every open task without this index: 2.6 ms of a 26 ms completion with 10,000 open
 * tasks, growing with them (docs/benchmarks.md §9; camunda/camunda#36824 asks for the same
 * index upstream). Created at each start if missing, after the engine made its tables; the
 * engine's own schema updates leave extra indexes alone.
 */
@Component
public class EngineIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  static final String TASK_PARENT = "ACT_IDX_VH_TASK_PARENT";

  private final JdbcTemplate jdbc;

  public EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void ensure() {
    // same statement on PostgreSQL and H2
    jdbc.execute("create index if not exists " + TASK_PARENT + " on ACT_RU_TASK (PARENT_TASK_ID_)");
    LOG.debug("Engine index {} in place", TASK_PARENT);
  }
}
