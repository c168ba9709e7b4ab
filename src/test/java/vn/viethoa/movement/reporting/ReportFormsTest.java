package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
  void theUnitFormAndTheResidentialFormMatchTheReportFields() throws Exception {
    for (UnitKind kind : new UnitKind[] {UnitKind.UNIT, UnitKind.RESIDENTIAL_GROUP}) {
      Map<String, JsonNode> fields = fieldsOf(AnnualReportingProcess.formFor(kind));
      for (ReportField field : ReportField.forKind(kind)) {
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
