package vn.viethoa.movement.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.commendation.CommendationRoundProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.Http;
import vn.viethoa.movement.support.MovementTest;

/** The REST API bypasses forms: a proposal missing facts or seeking a form its type may not get is refused, nothing stored. */
@MovementTest
class CommendationRestTest extends CommendationScenario {

  @LocalServerPort int port;
  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    clockAt("2026-12-05T09:00:00+07:00");
  }

  Http.Response proposeViaRest(ProcessInstance round, String unitId, List<Map<String, Object>> proposals) {
    String taskId = taskOf(round, TASK_PROPOSE, unitId).getId();
    String official = officialOf(unitId);
    http.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + official + "\"}", official, "demo");
    return http.post("/engine-rest/task/" + taskId + "/submit-form", Http.json(Map.of("variables",
        Map.of("proposals", Map.of("value", Http.json(proposals), "type", "Json")))), official, "demo");
  }

  static Map<String, Object> without(Map<String, Object> p, String key) {
    Map<String, Object> copy = new HashMap<>(p);
    copy.remove(key);
    return copy;
  }

  static Map<String, Object> with(Map<String, Object> p, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(p);
    copy.put(key, value);
    return copy;
  }

  static Stream<Arguments> invalidProposals() {
    Map<String, Object> lan = individual("vp", "Nguyễn Thị Lan", "Chuyên viên", "giay_khen");
    return Stream.of(
        Arguments.of("an emulation flag for an individual", with(lan, "formSought", "co_thi_dua"),
            "“Đề nghị khen thưởng, mục 1 – Hình thức khen thưởng đề nghị” không áp dụng: Cờ thi đua của UBND thành phố không dành cho đối tượng “Cá nhân (cán bộ, công chức, viên chức, người lao động)”."),
        Arguments.of("an emulation flag for a household", with(household("tdp-02", "Lê Văn Tám", 2), "formSought", "co_thi_dua"),
            "Cờ thi đua của UBND thành phố không dành cho đối tượng “Hộ gia đình”."),
        Arguments.of("an individual without a position", without(lan, "candidatePosition"),
            "“Đề nghị khen thưởng, mục 1 – Chức vụ” là bắt buộc với cá nhân."),
        Arguments.of("an individual without a name", without(lan, "candidateName"),
            "“Đề nghị khen thưởng, mục 1 – Tên tập thể, cá nhân, hộ gia đình” là bắt buộc với cá nhân (họ và tên)."),
        Arguments.of("an individual without the count of applied initiatives", without(lan, "appliedInitiatives"),
            "“Đề nghị khen thưởng, mục 1 – Số sáng kiến, giải pháp được áp dụng thực tiễn” là bắt buộc."),
        Arguments.of("an initiative without its effect", without(lan, "initiativeEffect"),
            "“Đề nghị khen thưởng, mục 1 – Hiệu quả của sáng kiến, giải pháp” là bắt buộc khi có sáng kiến, giải pháp."),
        Arguments.of("no achievements", without(lan, "achievements"),
            "“Đề nghị khen thưởng, mục 1 – Thành tích đạt được” là bắt buộc."),
        Arguments.of("a household outside the residential groups", household("vp", "Lê Văn Tám", 2),
            "“Đề nghị khen thưởng, mục 1 – Đơn vị, tổ dân phố của đối tượng” không có giá trị \"vp\" cho đối tượng “Hộ gia đình”."),
        Arguments.of("a collective that is no unit", proposal("collective", "tdp-04", null, "giay_khen"),
            "không có giá trị \"tdp-04\" cho đối tượng “Tập thể (phòng, đơn vị)”."),
        Arguments.of("an unknown candidate type", with(lan, "candidateType", "company"),
            "“Đề nghị khen thưởng, mục 1 – Đối tượng” không có giá trị \"company\"."),
        Arguments.of("a household without the classes attended", without(household("tdp-02", "Lê Văn Tám", 2), "skillsClasses"),
            "“Đề nghị khen thưởng, mục 1 – Số lớp học kỹ năng số hộ đã tham gia” là bắt buộc."));
  }

  @ParameterizedTest(name = "a proposal with {0} is refused")
  @MethodSource("invalidProposals")
  void anInvalidProposalIsRefusedWithAVietnameseMessageAndNothingIsStored(String what, Map<String, Object> proposal,
      String message) {
    reportApproved(2026);
    ProcessInstance round = startRound(2026, RoundKind.annual);

    // the lead unit proposes a valid candidate and an invalid one in the same list
    Http.Response response = proposeViaRest(round, "vhxh",
        List.of(proposal, individual("vhxh", "Trần Thị Hạnh", "Phó trưởng phòng", "giay_khen")));

    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains(message);
    assertThat(register.ofRound(round.getBusinessKey())).isEmpty();
    assertThat(taskOf(round, TASK_PROPOSE, "vhxh")).isNotNull();
  }

  @Test
  void theSameCandidateCannotBeProposedTwiceInARound() {
    reportApproved(2026);
    ProcessInstance round = startRound(2026, RoundKind.annual);
    assertThat(proposeViaRest(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen"))).status()).isEqualTo(204);
    executeDueJobs(round.getId());

    Http.Response twice = proposeViaRest(round, "vhxh", List.of(proposal("collective", "kthtdt", null, "bang_khen")));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.json().get("message").asText()).contains("“Phòng Kinh tế, Hạ tầng và Đô thị” đã được đề nghị trong đợt này")
        .contains("do Phòng Kinh tế, Hạ tầng và Đô thị đề nghị");
    Http.Response sameList = proposeViaRest(round, "tdp-02",
        List.of(household("tdp-02", "Lê Văn Tám", 2), household("tdp-02", "lê  văn tám", 1)));
    assertThat(sameList.status()).isEqualTo(400);
    assertThat(sameList.json().get("message").asText()).contains("“Đề nghị khen thưởng, mục 2 – Tên tập thể, cá nhân, hộ gia đình” "
        + "trùng với một đề nghị khác trong danh sách.");
    assertThat(register.ofRound(round.getBusinessKey())).hasSize(1);
  }

  @Test
  void theLeadUnitStartsARoundFromTasklistOtherUnitsMayNot() {
    reportApproved(2026);
    String form = Http.json(Map.of("variables", Map.of("year", Map.of("value", 2026, "type", "Integer"),
        "roundKind", Map.of("value", "annual"))));
    Http.Response byOffice = http.post("/engine-rest/process-definition/key/commendation-round/submit-form", form, "canbo.vp", "demo");
    assertThat(byOffice.status()).isEqualTo(403);

    Http.Response wrong = http.post("/engine-rest/process-definition/key/commendation-round/submit-form",
        Http.json(Map.of("variables", Map.of("year", Map.of("value", 2027, "type", "Integer"),
            "roundKind", Map.of("value", "final_review")))), "canbo.vhxh", "demo");
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
    assertThat(wrong.json().get("message").asText()).contains("Tổng kết toàn giai đoạn được tổ chức vào năm 2030");

    Http.Response started = http.post("/engine-rest/process-definition/key/commendation-round/submit-form", form, "canbo.vhxh", "demo");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(started.json().get("businessKey").asText()).isEqualTo("KHENTHUONG-2026-annual");
  }

  @Test
  void aUnitReadsTheProposalsThatConcernItTheLeadUnitLeadershipAndTheCouncilReadAll() {
    reportApproved(2026);
    ProcessInstance round = startRound(2026, RoundKind.annual);
    assertThat(proposeViaRest(round, "vhxh", List.of(household("tdp-06", "Hoàng Văn Nam", 3))).status()).isEqualTo(204);
    assertThat(proposeViaRest(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen"))).status()).isEqualTo(204);

    for (String all : List.of("canbo.vhxh", "chutich", "hoidong.01")) {
      assertThat(http.get("/api/commendations?year=2026", all, "demo").json()).as(all).hasSize(2);
    }
    assertThat(http.get("/api/commendations", "admin", "test-admin").json()).hasSize(2);
    var kthtdt = http.get("/api/commendations?year=2026", "canbo.kthtdt", "demo").json();
    assertThat(kthtdt).hasSize(1);
    assertThat(kthtdt.get(0).get("proposingUnitId").asText()).isEqualTo("kthtdt");
    // the household's residential group sees the proposal that concerns it, though the lead unit made it
    var group = http.get("/api/commendations", "totruong.06", "demo").json();
    assertThat(group).hasSize(1);
    assertThat(group.get(0).get("candidate").asText()).isEqualTo("Hộ Hoàng Văn Nam (Tổ dân phố số 6)");
    assertThat(group.get(0).get("stateLabel").asText()).isEqualTo("Đã gửi đề nghị");
    long other = group.get(0).get("id").asLong();
    assertThat(http.get("/api/commendations/" + other, "canbo.kthtdt", "demo").status()).isEqualTo(403);
    assertThat(http.get("/api/commendations?year=2025", "canbo.vhxh", "demo").json()).isEmpty();
    assertThat(http.get("/api/commendations?state=BOGUS", "canbo.vhxh", "demo").status()).isEqualTo(400);
    assertThat(http.get("/api/commendations", null, null).status()).isEqualTo(401);
  }
}
