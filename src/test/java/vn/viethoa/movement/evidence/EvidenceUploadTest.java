package vn.viethoa.movement.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/** Evidence files end to end: upload, list, download; every refusal; who may do what. */
@MovementTest
class EvidenceUploadTest {

  static final byte[] PNG = bytes(new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "IHDR ảnh lớp học");
  static final byte[] JPEG = bytes(new int[] {0xFF, 0xD8, 0xFF, 0xE0}, "JFIF");
  static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceService service;
  Http http;

  static byte[] bytes(int[] magic, String rest) {
    byte[] tail = rest.getBytes(StandardCharsets.UTF_8);
    byte[] out = Arrays.copyOf(new byte[0], magic.length + tail.length);
    for (int i = 0; i < magic.length; i++) {
      out[i] = (byte) magic[i];
    }
    System.arraycopy(tail, 0, out, magic.length, tail.length);
    return out;
  }

  @BeforeEach
  void noEvidenceYet() {
    http = new Http(port);
    jdbc.update("delete from evidence_file");
  }

  Http.Binary upload(String user, String unit, String name, byte[] content) {
    return http.upload("/api/evidence", name, "application/octet-stream", content,
        Map.of("unit", unit, "year", "2026", "purpose", "REPORT", "note", "Lớp \"Bình dân học vụ số\" tháng 9"), user, "demo");
  }

  static JsonNode json(Http.Binary response) throws Exception {
    return new ObjectMapper().readTree(response.body());
  }

  @Test
  void aUnitUploadsAnImageAndItsPeopleTheLeadUnitLeadershipAndCouncilReadItBack() throws Exception {
    Http.Binary created = upload("canbo.kthtdt", "kthtdt", "Ảnh lớp học số 1.png", PNG);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode file = json(created).get("file");
    assertThat(json(created).get("message").asText()).isEqualTo("Đã tải lên “Ảnh lớp học số 1.png” (" + PNG.length + " byte).");
    assertThat(file.get("name").asText()).isEqualTo("Ảnh lớp học số 1.png");
    assertThat(file.get("contentType").asText()).isEqualTo("image/png");
    String id = file.get("id").asText();

    // stored under a random id in the data folder, not under the name the browser sent
    Path stored = Path.of("target/test-data/evidence/2026", id);
    assertThat(stored).exists();
    assertThat(Files.readAllBytes(stored)).isEqualTo(PNG);
    assertThat(jdbc.queryForObject("select sha256 from evidence_file where id = ?", String.class, id))
        .isEqualTo(EvidenceService.sha256(PNG));

    Http.Binary list = http.getBytes("/api/evidence?unit=kthtdt&year=2026", "canbo.kthtdt", "demo");
    assertThat(list.status()).isEqualTo(200);
    assertThat(json(list).get("unitName").asText()).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
    assertThat(json(list).get("maxSizeText").asText()).isEqualTo("10 MB");
    assertThat(json(list).get("files")).hasSize(1);
    assertThat(json(list).get("files").get(0).get("note").asText()).isEqualTo("Lớp \"Bình dân học vụ số\" tháng 9");

    for (String reader : List.of("canbo.kthtdt", "canbo.vhxh", "chutich", "hoidong.01")) {
      Http.Binary download = http.getBytes("/api/evidence/" + id, reader, "demo");
      assertThat(download.status()).as(reader).isEqualTo(200);
      assertThat(download.body()).isEqualTo(PNG);
      assertThat(download.header("Content-Type")).isEqualTo("image/png");
      assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"Anh-lop-hoc-so-1.png\"")
          .contains("filename*=UTF-8''");
      assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    assertThat(http.getBytes("/api/evidence/" + id, "admin", "test-admin").status()).isEqualTo(200);
  }

  @Test
  void anotherUnitOrGroupCannotReadNorAddAndAnonymousCallersMustLogIn() throws Exception {
    String id = json(upload("canbo.kthtdt", "kthtdt", "bien-ban.pdf", PDF)).get("file").get("id").asText();

    Http.Binary foreign = http.getBytes("/api/evidence/" + id, "canbo.mttq", "demo");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(json(foreign).get("message").asText()).isEqualTo("Bạn không có quyền với minh chứng của Phòng Kinh tế, Hạ tầng và Đô thị.");
    assertThat(http.getBytes("/api/evidence/" + id, "totruong.01", "demo").status()).isEqualTo(403);
    assertThat(http.getBytes("/api/evidence?unit=kthtdt&year=2026", "canbo.mttq", "demo").status()).isEqualTo(403);
    assertThat(upload("canbo.mttq", "kthtdt", "a.pdf", PDF).status()).isEqualTo(403);

    Http.Binary anonymous = http.getBytes("/api/evidence/" + id, null, null);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(json(anonymous).get("message").asText()).contains("đăng nhập");
    assertThat(upload(null, "kthtdt", "a.pdf", PDF).status()).isEqualTo(401);

    // the lead unit and a residential group's own leader may add
    assertThat(upload("canbo.vhxh", "kthtdt", "tong-hop.pdf", PDF).status()).isEqualTo(201);
    assertThat(upload("totruong.03", "tdp-03", "anh-ra-quan.jpg", JPEG).status()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select count(*) from evidence_file", Integer.class)).isEqualTo(3);
  }

  static Stream<Arguments> refusals() {
    byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
    return Stream.of(
        Arguments.of("a file above 10 MB", "bao-cao.pdf", tooBig, 413, "Tệp quá lớn: mỗi tệp minh chứng tối đa 10 MB."),
        Arguments.of("an empty file", "trong.pdf", new byte[0], 400, "Tệp “trong.pdf” rỗng."),
        Arguments.of("HTML named as a PDF", "bao-cao.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
            415, "Chỉ nhận ảnh JPEG, PNG hoặc tệp PDF."),
        Arguments.of("a program named as an image", "anh.png", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, 415,
            "không phải ảnh JPEG, ảnh PNG, tệp PDF"),
        Arguments.of("a PNG named as a PDF", "bao-cao.pdf", PNG, 415,
            "Phần mở rộng “.pdf” không khớp với nội dung tệp (ảnh PNG)."),
        Arguments.of("a path in the name", "../../etc/passwd.png", PNG, 400, "Tên tệp không được chứa đường dẫn"),
        Arguments.of("markup in the name", "<img src=x onerror=alert(1)>.png", PNG, 400, "Tên tệp không được chứa các ký tự"),
        Arguments.of("a right-to-left override hiding the extension", "anh\u202Egnp.exe", PNG, 400, "ký tự điều khiển"),
        Arguments.of("a hidden file name", ".htaccess.png", PNG, 400, "không được bắt đầu bằng dấu chấm"),
        Arguments.of("no extension", "anh-lop-hoc", PNG, 400, "phải có phần mở rộng"),
        Arguments.of("an endless name", "a".repeat(200) + ".png", PNG, 400, "Tên tệp quá dài"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusals")
  void aBadFileIsRefusedWithAClearMessageAndNothingIsStored(String what, String name, byte[] content, int status,
      String message) throws Exception {
    Http.Binary response = upload("canbo.kthtdt", "kthtdt", name, content);
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(json(response).get("message").asText()).contains(message);
    assertThat(jdbc.queryForObject("select count(*) from evidence_file", Integer.class)).isZero();
  }

  @Test
  void uploadsFromAnotherSiteAndForUnknownUnitsOrYearsAreRefused() throws Exception {
    Map<String, String> fields = Map.of("unit", "kthtdt", "year", "2026");
    Http.Binary noHeader = http.upload("/api/evidence", "a.pdf", "application/pdf", PDF, fields, "canbo.kthtdt", "demo", Map.of());
    assertThat(noHeader.status()).isEqualTo(403);
    assertThat(json(noHeader).get("message").asText()).contains("trang “Minh chứng”");
    Http.Binary otherOrigin = http.upload("/api/evidence", "a.pdf", "application/pdf", PDF, fields, "canbo.kthtdt", "demo",
        Map.of("X-Requested-With", "XMLHttpRequest", "Origin", "https://evil.example"));
    assertThat(otherOrigin.status()).isEqualTo(403);

    Http.Binary unknown = http.upload("/api/evidence", "a.pdf", "application/pdf", PDF, Map.of("unit", "xyz", "year", "2026"),
        "admin", "test-admin");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(json(unknown).get("message").asText()).isEqualTo("Không có đơn vị, tổ dân phố “xyz”.");
    Http.Binary outside = http.upload("/api/evidence", "a.pdf", "application/pdf", PDF, Map.of("unit", "kthtdt", "year", "2031"),
        "canbo.kthtdt", "demo");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(json(outside).get("message").asText()).isEqualTo("Năm 2031 không thuộc giai đoạn 2026 - 2030 của Kế hoạch.");
    assertThat(http.getBytes("/api/evidence/not-an-id", "admin", "test-admin").status()).isEqualTo(404);
  }

  @Test
  void theFilesSurviveARestartBecauseTheyLiveInTheDataFolderWithTheirRegister() throws Exception {
    String id = json(upload("canbo.kthtdt", "kthtdt", "bien-ban.pdf", PDF)).get("file").get("id").asText();
    // a new service over the same folder and table, as after a restart, finds the file
    EvidenceService afterRestart = new EvidenceService(new EvidenceRepository(jdbc), new EvidenceProperties(null, 0, null),
        applicationOrganisation, calendar, clock, movement, openReports);
    var caller = new vn.viethoa.movement.security.CurrentUser.Caller("canbo.kthtdt", List.of("kthtdt"));
    assertThat(Files.readAllBytes(afterRestart.open(caller, id).path())).isEqualTo(PDF);
  }

  @Autowired vn.viethoa.movement.organisation.Organisation applicationOrganisation;
  @Autowired vn.viethoa.movement.calendar.PlanCalendar calendar;
  @Autowired vn.viethoa.movement.calendar.PlanClock clock;
  @Autowired vn.viethoa.movement.MovementProperties movement;
  @Autowired OpenReportTasks openReports;

  @Test
  void theUploadPageIsStaticWithoutInlineScriptAndTheReportFormsLinkToIt() throws Exception {
    Http.Binary page = http.getBytes("/evidence.html", null, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<script src=\"evidence.js\"></script>").doesNotContain("onclick").doesNotContain("<script>");
    assertThat(http.getBytes("/evidence.js", null, null).status()).isEqualTo(200);
    for (String form : List.of("annual-report-unit", "annual-report-residential")) {
      assertThat(Files.readString(Path.of("forms", form + ".form"))).contains("(/evidence.html?unit={{unitId}}&year={{year}})");
    }
  }
}
