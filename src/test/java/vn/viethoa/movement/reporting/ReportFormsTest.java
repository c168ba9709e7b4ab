package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.util.List;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;

/** The report forms carry every figure the server expects, under the same Vietnamese label. */
class ReportFormsTest {

  static Map<String, JsonNode> fieldsOf(String formId) throws Exception {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile());
    Map<String, JsonNode> fields = new HashMap<>();
    collect(form.get("components"), fields);
    return fields;
  }

  static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode c : components) {
      if (c.has("key")) {
        fields.put(c.get("key").asText(), c);
      }
      if (c.has("components")) {
        collect(c.get("components"), fields);
      }
    }
  }

  @Test
  void theFrontHasItsOwnFormWithoutStaffOrDossierFiguresAndWithoutNominations() throws Exception {
    Unit front = new Unit("mttq", "Mặt trận Tổ quốc và các đoàn thể", UnitKind.UNIT, true, false, false, true);
    assertThat(AnnualReportingProcess.formFor(front)).isEqualTo("annual-report-front");
    Map<String, JsonNode> fields = fieldsOf("annual-report-front");
    assertThat(fields).doesNotContainKeys("staffTotal", "staffProficient", "dossiersOnTimeRate", "dossiersOnlineRate",
        "satisfactionRate", "initiatives", "nominations", "candidateName");
    assertThat(fields).containsKeys("coordinationResults", "supervisionResults", "supervisionsHeld", "mobilisationCampaigns");
    String header = new ObjectMapper().readTree(Path.of("forms", "annual-report-front.form").toFile())
        .get("components").get(0).get("text").asText();
    assertThat(header).contains("Đề nghị phối hợp").doesNotContain("chỉ tiêu của Kế hoạch");
  }

  @Test
  void theUnitFormAndTheResidentialFormMatchTheReportFields() throws Exception {
    Unit front = new Unit("mttq", "Mặt trận Tổ quốc và các đoàn thể", UnitKind.UNIT, true, false, false, true);
    for (Unit unit : List.of(new Unit("vp", "Văn phòng", UnitKind.UNIT, true, false, true),
        new Unit("tdp-01", "Tổ dân phố số 1", UnitKind.RESIDENTIAL_GROUP, true, false, false), front)) {
      String kind = AnnualReportingProcess.formFor(unit);
      Map<String, JsonNode> fields = fieldsOf(kind);
      assertThat(fields.keySet()).as(kind + " asks only for its own fields")
          .containsAll(ReportField.forUnit(unit).stream().map(ReportField::key).toList());
      for (ReportField field : ReportField.values()) {
        if (!field.appliesTo(unit)) {
          assertThat(fields).as(kind + " does not ask for " + field.key()).doesNotContainKey(field.key());
        }
      }
      for (ReportField field : ReportField.forUnit(unit)) {
        JsonNode c = fields.get(field.key());
        assertThat(c).as(kind + " form has " + field.key()).isNotNull();
        assertThat(c.get("label").asText()).as(field.key()).isEqualTo(field.label());
        boolean required = c.path("validate").path("required").asBoolean(false);
        assertThat(required).as(field.key() + " required").isEqualTo(field.required());
        if (field.kind() == ReportField.Kind.COUNT) {
          assertThat(c.get("type").asText()).isEqualTo("number");
          assertThat(c.path("validate").path("min").asInt(-1)).as(field.key() + " min").isZero();
        }
        if (field.kind() == ReportField.Kind.PERCENT) {
          assertThat(c.path("validate").path("max").asInt()).as(field.key() + " max").isEqualTo(100);
        }
      }
    }
  }
}
