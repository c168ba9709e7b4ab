package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 11: every picture the guides show is one a test takes again on each run, so none
 * goes stale unnoticed. Plain JUnit (default build, no browser): reads docs/*.md and the tests' sources.
 *
 * <p>{@link #WRITTEN_BY} lists each image with the test class that writes it; the test fails when a
 * document shows an image no test writes, when a listed test no longer names the image, or when
 * docs/images holds a file nobody shows.
 */
class GuideImagesTest {

  static final Path DOCS = Path.of("docs");
  static final Path TESTS = Path.of("src", "test", "java", "vn", "viethoa", "movement");

  /** Image in docs/images → the test (path below vn/viethoa/movement) that writes it. */
  static final Map<String, String> WRITTEN_BY = Map.ofEntries(
      Map.entry("tasklist-dang-nhap.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("tasklist-viec-cua-don-vi.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("bieu-mau-bao-cao-nam.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("bieu-mau-de-nghi-khen-thuong.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("bieu-mau-chon-ngay.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("loi-bieu-mau.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("loi-kiem-tra-du-lieu.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("tasklist-tong-hop-bao-cao.png", "browser/AnnualReportTasklistBrowserTest.java"),
      Map.entry("bieu-mau-tong-hop-bang-don-vi.png", "browser/TasklistWorkBrowserTest.java"),
      Map.entry("tasklist-chon-han-xu-ly.png", "browser/TasklistWorkBrowserTest.java"),
      Map.entry("cockpit-danh-sach-quy-trinh.png", "browser/CockpitBrowserTest.java"),
      Map.entry("cockpit-dinh-nghia-bao-cao-nam.png", "browser/CockpitBrowserTest.java"),
      Map.entry("cockpit-bao-cao-nam.png", "browser/CockpitBrowserTest.java"),
      Map.entry("cockpit-phong-trao.png", "browser/CockpitBrowserTest.java"),
      Map.entry("cockpit-bang-dieu-khien.png", "browser/DashboardBrowserTest.java"),
      Map.entry("cockpit-bang-dieu-khien-tong-quan.png", "browser/DashboardBrowserTest.java"),
      Map.entry("cockpit-bang-dieu-khien-so-lieu.png", "browser/DashboardBrowserTest.java"),
      Map.entry("cockpit-bien-cua-phien.png", "browser/RolesDayBrowserTest.java"),
      Map.entry("admin-nhom.png", "browser/RolesDayBrowserTest.java"),
      Map.entry("admin-phan-quyen.png", "browser/RolesDayBrowserTest.java"),
      // not a screen: the first page of the generated annual report, rendered by LibreOffice and poppler
      Map.entry("annual-report-page1.png", "documents/DocumentRenderingTest.java"));

  private static final Pattern IMAGE = Pattern.compile("\\]\\((?:\\./)?images/([^)\\s]+)\\)");

  /** Image → the documents that show it. */
  static Map<String, Set<String>> shown() throws IOException {
    Map<String, Set<String>> shown = new TreeMap<>();
    try (Stream<Path> files = Files.list(DOCS)) {
      for (Path doc : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        Matcher m = IMAGE.matcher(Files.readString(doc));
        while (m.find()) {
          shown.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(doc.getFileName().toString());
        }
      }
    }
    return shown;
  }

  @Test
  void everyImageTheGuidesShowIsWrittenByATest() throws IOException {
    Map<String, Set<String>> shown = shown();
    assertThat(shown.keySet()).as("the guides show pictures").contains("tasklist-dang-nhap.png", "admin-nhom.png");
    for (String guide : List.of("user-guide.md", "admin-guide.md")) {
      assertThat(shown.values().stream().anyMatch(docs -> docs.contains(guide))).as(guide + " shows pictures").isTrue();
    }
    shown.forEach((image, docs) -> {
      assertThat(WRITTEN_BY).as(image + " (shown in " + docs + ") is written by no test listed here").containsKey(image);
      assertThat(DOCS.resolve("images").resolve(image)).as(image + " shown in " + docs).exists();
    });
  }

  @Test
  void eachListedTestStillWritesItsImage() throws IOException {
    for (Map.Entry<String, String> e : WRITTEN_BY.entrySet()) {
      String source = Files.readString(TESTS.resolve(e.getValue()));
      String name = e.getKey().substring(0, e.getKey().length() - ".png".length());
      assertThat(source.contains("\"" + e.getKey() + "\"") || source.contains("\"" + name + "\""))
          .as(e.getValue() + " names " + e.getKey()).isTrue();
    }
  }

  @Test
  void docsImagesHoldsOnlyWhatADocumentShows() throws IOException {
    Set<String> shown = shown().keySet();
    try (Stream<Path> files = Files.list(DOCS.resolve("images"))) {
      List<String> unused = files.map(p -> p.getFileName().toString()).filter(n -> !shown.contains(n)).sorted().toList();
      assertThat(unused).as("images in docs/images no document shows (delete them or show them)").isEmpty();
    }
  }
}
