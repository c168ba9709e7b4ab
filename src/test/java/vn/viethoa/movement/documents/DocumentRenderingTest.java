package vn.viethoa.movement.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * Renders a filled annual report the way an official's office suite would: LibreOffice headless
 * converts it to PDF, poppler turns page 1 into docs/images/annual-report-page1.png for the
 * documentation. Tagged "render" (mvn verify -Prender; .ci/run installs LibreOffice); skipped
 * where soffice or pdftoppm is missing.
 */
@MovementTest
@Tag("render")
class DocumentRenderingTest extends ReportingScenario {

  @Autowired AnnualReportDocument annualReport;

  static boolean onPath(String tool) {
    return System.getenv("PATH") != null && List.of(System.getenv("PATH").split(File.pathSeparator)).stream()
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
  }

  static void run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + List.of(command)).isTrue();
    assertThat(p.exitValue()).as(List.of(command) + ": " + output).isZero();
  }

  @Test
  void theAnnualReportRendersToPdfAndItsFirstPageIsKeptForTheDocs() throws Exception {
    assumeTrue(onPath("soffice") && onPath("pdftoppm") && onPath("pdftotext"), "LibreOffice and poppler-utils not installed");
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    for (String unit : UNITS) {
      report(year, unit, reportOfUnit(unit, unit.equals("vhxh") ? 9 : 10, unit.equals("ttdvsnc") ? 0 : 2));
    }
    for (int n = 1; n <= 18; n++) {
      report(year, String.format("tdp-%02d", n), residentialReport(100, n == 7 ? 85 : 100));
    }
    // two groups never report: the deadline opens the aggregation
    clockAt("2026-12-01T09:00:00+07:00");
    executeDueJobs(year.getId());
    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment",
        "Phong trào được triển khai đồng bộ, các đơn vị báo cáo đầy đủ, đúng hạn; hai tổ dân phố chưa báo cáo.",
        "wardDifficulties", "Một số hộ cao tuổi còn khó khăn khi sử dụng dịch vụ công trực tuyến.",
        "wardProposals", "Đề nghị thành phố hỗ trợ thiết bị cho các lớp \"Bình dân học vụ số\"."));
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "approved"));
    clockAt("2026-12-04T10:00:00+07:00");
    completeAs("canbo.vhxh", year, TASK_SUBMIT_TO_CITY, Map.of("cityDocumentNumber", "245/BC-UBND", "citySubmittedOn", "2026-12-04"));

    Path dir = Files.createDirectories(Path.of("target", "render"));
    Files.write(dir.resolve("bao-cao-nam-2026.docx"), annualReport.render(2026));
    run(dir, "soffice", "--headless", "-env:UserInstallation=file://" + dir.toAbsolutePath().resolve("lo-profile"),
        "--convert-to", "pdf", "bao-cao-nam-2026.docx");
    assertThat(dir.resolve("bao-cao-nam-2026.pdf")).exists();
    run(dir, "pdftotext", "-layout", "bao-cao-nam-2026.pdf", "bao-cao-nam-2026.txt");
    String text = Files.readString(dir.resolve("bao-cao-nam-2026.txt"));
    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 245/BC-UBND",
        "Việt Hoà, ngày 04 tháng 12 năm 2026", "TM. ỦY BAN NHÂN DÂN", "Đào Quang Dương");
    run(dir, "pdftoppm", "-f", "1", "-l", "1", "-r", "70", "-png", "-singlefile", "bao-cao-nam-2026.pdf", "page1");
    Path images = Files.createDirectories(Path.of(System.getProperty("render.images", "docs/images")));
    Files.copy(dir.resolve("page1.png"), images.resolve("annual-report-page1.png"), StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(images.resolve("annual-report-page1.png"))).isGreaterThan(10_000);
  }
}
