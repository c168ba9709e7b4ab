package vn.viethoa.movement.documents;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A PDF of a .docx by LibreOffice headless ({@code soffice --convert-to pdf}), the way the
 * rendering test and an official's office suite read it; empty where LibreOffice is not installed
 * or the conversion fails (the issued .docx is kept either way).
 */
@Component
public class PdfRendition {

  private static final Logger LOG = LoggerFactory.getLogger(PdfRendition.class);
  private static final String SOFFICE = "soffice";

  public boolean available() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, SOFFICE)));
  }

  public Optional<byte[]> of(byte[] docx) {
    if (!available()) {
      return Optional.empty();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("issued-");
      Files.write(dir.resolve("document.docx"), docx);
      Process p = new ProcessBuilder(List.of(SOFFICE, "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
          "--convert-to", "pdf", "document.docx")).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(dir.resolve("soffice.log").toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        LOG.warn("LibreOffice did not convert an issued document within 120 s; kept without PDF");
        return Optional.empty();
      }
      Path pdf = dir.resolve("document.pdf");
      return p.exitValue() == 0 && Files.exists(pdf) ? Optional.of(Files.readAllBytes(pdf)) : Optional.empty();
    } catch (IOException e) {
      LOG.warn("PDF of an issued document failed: {}", e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      LOG.debug("Temporary folder {} left behind: {}", dir, e.getMessage());
    }
  }
}
