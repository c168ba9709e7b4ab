package vn.viethoa.movement.evidence;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence accepted, recognised by their first bytes (not by the name the browser
 * sends): JPEG and PNG images, PDF documents.
 */
public enum EvidenceType {
  JPEG("image/jpeg", "ảnh JPEG", Set.of("jpg", "jpeg")),
  PNG("image/png", "ảnh PNG", Set.of("png")),
  PDF("application/pdf", "tệp PDF", Set.of("pdf"));

  private final String mediaType;
  private final String label;
  private final Set<String> extensions;

  EvidenceType(String mediaType, String label, Set<String> extensions) {
    this.mediaType = mediaType;
    this.label = label;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  public Set<String> extensions() {
    return extensions;
  }

  /** What the content is, from its magic number; empty when none of the accepted kinds. */
  public static Optional<EvidenceType> sniff(byte[] head) {
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }

  public static Optional<EvidenceType> ofMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
