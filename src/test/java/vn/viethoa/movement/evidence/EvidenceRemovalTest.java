package vn.viethoa.movement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * Issue 16, item 7: a unit takes back an evidence file it attached by mistake, from the upload page,
 * while its annual report is still being written. Nobody else removes a unit's files, and once the
 * report is sent what the lead unit and leadership read stays as it was.
 */
@MovementTest
class EvidenceRemovalTest extends ReportingScenario {

  static final Map<String, String> FROM_THE_PAGE = Map.of("X-Requested-With", "XMLHttpRequest");

  @LocalServerPort int port;
  Http http;
  ProcessInstance year;

  @BeforeEach
  void theReportIsBeingWritten() {
    http = new Http(port);
    jdbc.update("delete from evidence_file");
    clockAt("2026-11-26T09:00:00+07:00");
    year = openYear(2026);
  }

  String upload(String user, String unit, String purpose) throws Exception {
    Http.Binary created = http.upload("/api/evidence", "bien-ban.pdf", "application/pdf", EvidenceUploadTest.PDF,
        Map.of("unit", unit, "year", "2026", "purpose", purpose), user, "demo");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return EvidenceUploadTest.json(created).get("file").get("id").asText();
  }

  Http.Binary remove(String user, String id) {
    return http.exchange("DELETE", "/api/evidence/" + id, null, user, "demo", FROM_THE_PAGE);
  }

  int files() {
    return jdbc.queryForObject("select count(*) from evidence_file", Integer.class);
  }

  @Test
  void theUnitRemovesItsFileBeforeSubmittingAndTheFileIsGone() throws Exception {
    String id = upload("canbo.kthtdt", "kthtdt", "REPORT");
    Path stored = Path.of("target/test-data/evidence/2026", id);
    assertThat(stored).exists();

    Http.Binary removed = remove("canbo.kthtdt", id);
    assertThat(removed.status()).as(removed.text()).isEqualTo(200);
    assertThat(removed.json().get("message").asText()).isEqualTo("Đã gỡ “bien-ban.pdf”.");
    assertThat(files()).isZero();
    assertThat(stored).doesNotExist();
    assertThat(http.getBytes("/api/evidence/" + id, "canbo.kthtdt", "demo").status()).isEqualTo(404);
  }

  @Test
  void nobodyOutsideTheUnitRemovesItsFilesNotEvenTheLeadUnitOrLeadership() throws Exception {
    String id = upload("canbo.kthtdt", "kthtdt", "REPORT");

    Http.Binary otherUnit = remove("canbo.mttq", id);
    assertThat(otherUnit.status()).isEqualTo(403);
    assertThat(otherUnit.json().get("message").asText()).isEqualTo("Bạn không có quyền với minh chứng của Phòng Kinh tế, Hạ tầng và Đô thị.");
    for (String reader : new String[] {"canbo.vhxh", "chutich", "hoidong.01"}) {
      Http.Binary refused = remove(reader, id);
      assertThat(refused.status()).as(reader).isEqualTo(403);
      assertThat(refused.json().get("message").asText()).isEqualTo("Chỉ Phòng Kinh tế, Hạ tầng và Đô thị được gỡ minh chứng của đơn vị mình.");
    }
    assertThat(http.exchange("DELETE", "/api/evidence/" + id, null, null, null, FROM_THE_PAGE).status()).isEqualTo(401);
    assertThat(files()).isEqualTo(1);
  }

  @Test
  void aRemovalFromAnotherSiteOrOfAnUnknownFileIsRefused() throws Exception {
    String id = upload("canbo.kthtdt", "kthtdt", "REPORT");
    // without the header a cross-site form cannot send
    Http.Binary crossSite = http.exchange("DELETE", "/api/evidence/" + id, null, "canbo.kthtdt", "demo");
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(remove("canbo.kthtdt", "00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    // a path in place of an id is stopped by the server's firewall (400) before the controller sees it
    assertThat(remove("canbo.kthtdt", "..%2F..%2Fetc").status()).isIn(400, 404);
    assertThat(files()).isEqualTo(1);
  }

  @Test
  void onceTheReportIsSentItsEvidenceStays() throws Exception {
    String id = upload("canbo.kthtdt", "kthtdt", "REPORT");
    report(year, "kthtdt", unitReport(10, 2));

    Http.Binary refused = remove("canbo.kthtdt", id);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("message").asText()).isEqualTo("Không gỡ được “bien-ban.pdf”: báo cáo kết quả năm 2026 "
        + "của đơn vị không còn ở bước soạn (đã gửi); minh chứng gửi kèm được giữ nguyên.");
    assertThat(files()).isEqualTo(1);
  }

  @Test
  void evidenceOfAProposalStaysWhenNoListOfProposalsIsBeingWritten() throws Exception {
    // no commendation round is open: there is no list of proposals in progress to take it back from
    String id = upload("canbo.kthtdt", "kthtdt", "NOMINATION");
    assertThat(remove("canbo.kthtdt", id).status()).isEqualTo(409);
    assertThat(files()).isEqualTo(1);
  }
}
