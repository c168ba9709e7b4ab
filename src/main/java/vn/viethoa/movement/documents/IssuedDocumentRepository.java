package vn.viethoa.movement.documents;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code issued_document} (V20): one row per issued document, never updated but for its PDF. */
@Repository
public class IssuedDocumentRepository {

  private final JdbcTemplate jdbc;

  public IssuedDocumentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<IssuedDocument> find(DocumentKind kind, String key) {
    return jdbc.query("select * from issued_document where kind = ? and doc_key = ?", IssuedDocumentRepository::row,
        kind.id(), key).stream().findFirst();
  }

  /** Inserts the issued file; false when the document was issued before (the first issue stays). */
  public boolean insert(DocumentKind kind, String key, String number, LocalDate issuedOn, String issuedBy,
      OffsetDateTime issuedAt, String fileName, byte[] docx, String sha256) {
    if (find(kind, key).isPresent()) {
      return false;
    }
    jdbc.update("insert into issued_document (kind, doc_key, document_number, issued_on, issued_by, issued_at, file_name, "
            + "docx, docx_sha256) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        kind.id(), key, number, issuedOn == null ? null : Date.valueOf(issuedOn), issuedBy, issuedAt, fileName, docx, sha256);
    return true;
  }

  public void attachPdf(DocumentKind kind, String key, byte[] pdf, String sha256) {
    jdbc.update("update issued_document set pdf = ?, pdf_sha256 = ? where kind = ? and doc_key = ? and pdf is null",
        pdf, sha256, kind.id(), key);
  }

  private static IssuedDocument row(ResultSet rs, int n) throws SQLException {
    Date issuedOn = rs.getDate("issued_on");
    String kind = rs.getString("kind");
    return new IssuedDocument(rs.getLong("id"),
        Arrays.stream(DocumentKind.values()).filter(k -> k.id().equals(kind)).findFirst().orElseThrow(),
        rs.getString("doc_key"), rs.getString("document_number"), issuedOn == null ? null : issuedOn.toLocalDate(),
        rs.getString("issued_by"), rs.getObject("issued_at", OffsetDateTime.class), rs.getString("file_name"),
        rs.getBytes("docx"), rs.getString("docx_sha256"), rs.getBytes("pdf"), rs.getString("pdf_sha256"));
  }
}
