package vn.viethoa.movement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.support.MovementTest;

/**
 * Records filed before V80 have no period year: the migration reads it from their label, on the
 * database the suite runs on (H2, then PostgreSQL), so a survey of late 2026 filed in January 2027
 * already in the table still counts for 2026 after the upgrade.
 */
@MovementTest
class MovementRecordPeriodYearMigrationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aSurveyRecordedBeforeTheUpgradeCountsForThePeriodsYear() throws Exception {
    jdbc.update("delete from movement_record");
    jdbc.update("insert into movement_record (kind, period_label, unit_id, summary, submitted_at) values "
        + "('satisfaction_survey', 'kỳ từ 01/07/2026 đến 31/12/2026', 'ttpvhcc', 'Khảo sát 350 phiếu', timestamp '2027-01-08 03:00:00'), "
        + "('review_assessment', 'Sơ kết giai đoạn 1', 'vhxh', 'Đánh giá', timestamp '2027-12-20 03:00:00')");
    String migration = Files.readString(Path.of("src/main/resources/db/migration/V80__movement_record_period_year.sql"),
        StandardCharsets.UTF_8);
    String update = Arrays.stream(migration.split(";")).map(s -> s.replaceAll("(?m)^--.*$", "").trim())
        .filter(s -> s.startsWith("update")).findFirst().orElseThrow();
    jdbc.update(update);
    assertThat(jdbc.queryForList("select kind, period_year from movement_record order by kind"))
        .extracting(r -> r.get("kind") + ":" + r.get("period_year"))
        .containsExactly("review_assessment:null", "satisfaction_survey:2026");
    jdbc.update("delete from movement_record");
  }
}
