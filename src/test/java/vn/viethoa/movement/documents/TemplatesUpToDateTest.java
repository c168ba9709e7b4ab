package vn.viethoa.movement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed templates are what {@link TemplateGenerator} writes: a layout change goes through
 * the generator (run its main) and is reviewed as code. Compares the document part, not the zip
 * (whose timestamps differ).
 */
class TemplatesUpToDateTest {

  @Test
  void theCommittedTemplatesMatchTheGenerator(@TempDir Path dir) throws Exception {
    TemplateGenerator.writeAll(dir);
    for (DocumentKind kind : DocumentKind.values()) {
      Path committed = TemplateGenerator.TARGET.resolve(kind.templateName());
      assertThat(committed).exists();
      assertThat(part(committed, "word/document.xml")).as(kind.templateName() + " (run TemplateGenerator.main)")
          .isEqualTo(part(dir.resolve(kind.templateName()), "word/document.xml"));
    }
  }

  static String part(Path docx, String name) throws Exception {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      try (InputStream in = zip.getInputStream(entry)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
  }

  @Test
  void everyKindHasItsTemplateOnTheClasspath() {
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(getClass().getResource("/templates/docx/" + kind.templateName())).as(kind.name()).isNotNull();
    }
    assertThat(Files.exists(TemplateGenerator.TARGET)).isTrue();
  }
}
