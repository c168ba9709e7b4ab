package vn.viethoa.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.support.VietnameseWording;

/**
 * Everything an official reads keeps one spelling convention (ADR 0011): “…” quotation marks, the
 * tone on the main vowel (hoá, hoà, thuỷ), the names of the State's bodies as the plan writes them.
 * Reads the files, starts nothing; text added by any branch is caught at the next build.
 * {@code tools/wording/normalise.py} fixes what it names.
 */
class WordingConventionTest {

  /** Folders whose text reaches an official: forms, models, messages, mails, translations. */
  private static final List<Path> FOLDERS = List.of(Path.of("forms"), Path.of("bpmn"), Path.of("src/main"));

  private static final Set<String> TEXT_FILES =
      Set.of("form", "bpmn", "dmn", "java", "yaml", "yml", "json", "js", "html", "txt", "css", "properties", "sql", "md");

  @Test
  void formsModelsMessagesMailsAndTranslationsKeepTheConvention() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile).filter(WordingConventionTest::isText).forEach(files::add);
      }
    }
    assertThat(files).as("files scanned").hasSizeGreaterThan(100);
    assertThat(problemsIn(files)).as("spelling convention of ADR 0011").isEmpty();
  }

  @Test
  void theGuidesKeepTheConvention() throws IOException {
    // the guides and references in docs/; the ADRs quote the wrong forms on purpose
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> list = Files.list(Path.of("docs"))) {
      list.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
    }
    assertThat(files).as("guides scanned").hasSizeGreaterThan(10);
    assertThat(problemsIn(files)).as("spelling convention of ADR 0011").isEmpty();
  }

  @Test
  void theCheckerKnowsTheConvention() {
    assertThat(VietnameseWording.problems("Phòng Văn hoá - Xã hội, phường Việt Hoà, thuỷ, tuỳ, khoẻ, toạ đàm")).isEmpty();
    assertThat(VietnameseWording.problems("quý, của, hoàn thành, huỳnh, hoạch, mùa, lụa")).as("not concerned").isEmpty();
    assertThat(VietnameseWording.problems("TM. ỦY BAN NHÂN DÂN; Chủ tịch Ủy ban nhân dân; Đảng ủy phường; "
        + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM; uỷ quyền")).as("kept names").isEmpty();
    assertThat(VietnameseWording.problems("Ngày Văn hóa Việt Nam, HÒA, tùy chọn, Xóa"))
        .containsExactly("“hóa” instead of “hoá”", "“HÒA” instead of “HOÀ”", "“tùy” instead of “tuỳ”", "“Xóa” instead of “Xoá”");
    assertThat(VietnameseWording.problems("Uỷ ban nhân dân")).containsExactly("“Uỷ ban” instead of “Ủy ban”");
    assertThat(VietnameseWording.problems("trang «Minh chứng»")).containsExactly("«…» instead of “…”");
  }

  private static boolean isText(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && TEXT_FILES.contains(name.substring(dot + 1));
  }

  private static List<String> problemsIn(List<Path> files) throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        for (String problem : VietnameseWording.problems(lines.get(i))) {
          problems.add(file + ":" + (i + 1) + ": " + problem);
        }
      }
    }
    return problems;
  }
}
