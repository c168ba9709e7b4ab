package vn.viethoa.movement.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files under {@code movement.evidence}: the largest file accepted, how many files a unit
 * may keep per year, and the folder (default {@code <movement.data-dir>/evidence}). Spring's own
 * multipart limit ({@code spring.servlet.multipart.max-file-size}) must be larger than
 * {@code max-size}, so that a too-large file gets this application's message.
 */
@ConfigurationProperties("movement.evidence")
public record EvidenceProperties(DataSize maxSize, int maxFilesPerUnitYear, String dir) {

  public EvidenceProperties {
    maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
    maxFilesPerUnitYear = maxFilesPerUnitYear <= 0 ? 100 : maxFilesPerUnitYear;
  }
}
