package vn.viethoa.movement.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code evidence_file} register. */
@Repository
public class EvidenceRepository {

  private final JdbcTemplate jdbc;

  public EvidenceRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(EvidenceFile f) {
    jdbc.update("insert into evidence_file (id, unit_id, report_year, purpose, note, task_id, original_name, content_type, "
            + "size_bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        f.id(), f.unitId(), f.year(), f.purpose().name(), f.note(), f.taskId(), f.originalName(), f.contentType(),
        f.size(), f.sha256(), f.uploadedBy(), f.uploadedAt());
  }

  public Optional<EvidenceFile> find(String id) {
    return jdbc.query("select * from evidence_file where id = ?", this::map, id).stream().findFirst();
  }

  public List<EvidenceFile> of(String unitId, int year) {
    return jdbc.query("select * from evidence_file where unit_id = ? and report_year = ? order by uploaded_at, id",
        this::map, unitId, year);
  }

  public void delete(String id) {
    jdbc.update("delete from evidence_file where id = ?", id);
  }

  public int count(String unitId, int year) {
    Integer n = jdbc.queryForObject("select count(*) from evidence_file where unit_id = ? and report_year = ?",
        Integer.class, unitId, year);
    return n == null ? 0 : n;
  }

  private EvidenceFile map(ResultSet rs, int row) throws SQLException {
    return new EvidenceFile(rs.getString("id"), rs.getString("unit_id"), rs.getInt("report_year"),
        EvidencePurpose.valueOf(rs.getString("purpose")), rs.getString("note"), rs.getString("task_id"),
        rs.getString("original_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
