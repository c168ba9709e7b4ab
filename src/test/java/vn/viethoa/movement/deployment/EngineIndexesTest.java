package vn.viethoa.movement.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.support.MovementTest;

/**
 * Completing a task must not scan every open task: the engine looks for the task's subtasks by
 * PARENT_TASK_ID_, which its own schema does not index (docs/benchmarks.md §9). The index is
 * there after start-up, on H2 and on PostgreSQL, and a second start leaves it as it is.
 */
@MovementTest
class EngineIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired EngineIndexes indexes;

  @Test
  void theTaskTablesParentColumnIsIndexedAfterEveryStart() throws Exception {
    assertThat(indexedColumns()).contains("PARENT_TASK_ID_");
    indexes.ensure(); // a restart: no error, nothing added twice
    assertThat(indexedColumns().stream().filter("PARENT_TASK_ID_"::equals)).hasSize(1);
  }

  List<String> indexedColumns() throws Exception {
    List<String> columns = new ArrayList<>();
    try (var connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      // H2 keeps the engine's names in upper case, PostgreSQL in lower case
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), null, table, false, false)) {
          while (rs.next()) {
            if (rs.getString("COLUMN_NAME") != null) {
              columns.add(rs.getString("COLUMN_NAME").toUpperCase());
            }
          }
        }
      }
    }
    return columns;
  }
}
