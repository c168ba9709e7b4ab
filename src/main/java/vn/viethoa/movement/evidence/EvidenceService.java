package vn.viethoa.movement.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.MovementProperties;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.security.CurrentUser.Caller;

/**
 * The rules of evidence files: who may add and read a unit's evidence (its members, the lead unit,
 * leadership, the council, administrators), what is accepted (JPEG, PNG, PDF by content; size;
 * names), where the bytes go (a random id under the data folder, written atomically) and the
 * register row. No HTTP here.
 */
@Service
public class EvidenceService {

  private final EvidenceRepository repository;
  private final EvidenceProperties properties;
  private final Organisation organisation;
  private final PlanCalendar calendar;
  private final PlanClock clock;
  private final Path root;
  private final OpenReportTasks openReports;

  public EvidenceService(EvidenceRepository repository, EvidenceProperties properties, Organisation organisation,
      PlanCalendar calendar, PlanClock clock, MovementProperties movement, OpenReportTasks openReports) {
    this.openReports = openReports;
    this.repository = repository;
    this.properties = properties;
    this.organisation = organisation;
    this.calendar = calendar;
    this.clock = clock;
    this.root = properties.dir() == null || properties.dir().isBlank()
        ? Path.of(movement.dataDir(), "evidence") : Path.of(properties.dir());
  }

  /** A file as received: the name the browser sent and its bytes. */
  public record Upload(String unitId, int year, String purpose, String note, String taskId, String originalName, byte[] content) {}

  public long maxSize() {
    return properties.maxSize().toBytes();
  }

  public String maxSizeText() {
    return sizeText(maxSize());
  }

  public String acceptedText() {
    return List.of(EvidenceType.values()).stream().map(EvidenceType::label).collect(Collectors.joining(", "));
  }

  /** The unit whose evidence the caller wants to see or add, or a refusal. */
  public Unit requireAccess(Caller caller, String unitId) {
    Unit unit = organisation.find(unitId == null ? "" : unitId)
        .filter(u -> u.kind() == UnitKind.UNIT || u.kind() == UnitKind.RESIDENTIAL_GROUP)
        .orElseThrow(() -> new EvidenceRejected(HttpStatus.NOT_FOUND, "Không có đơn vị, tổ dân phố “" + unitId + "”."));
    boolean allowed = caller.isAdmin() || caller.groupIds().contains(unit.id())
        || caller.inAny(organisation.leadUnit().id(), organisation.leadership().id(), organisation.council().id());
    if (!allowed) {
      throw new EvidenceRejected(HttpStatus.FORBIDDEN, "Bạn không có quyền với minh chứng của " + unit.name() + ".");
    }
    return unit;
  }

  public void requirePlanYear(int year) {
    if (!calendar.isPlanYear(year)) {
      throw new EvidenceRejected(HttpStatus.BAD_REQUEST, "Năm " + year + " không thuộc giai đoạn " + calendar.firstYear()
          + " - " + calendar.lastYear() + " của Kế hoạch.");
    }
  }

  public EvidenceFile store(Caller caller, Upload upload) {
    Unit unit = requireAccess(caller, upload.unitId());
    requirePlanYear(upload.year());
    EvidencePurpose purpose = EvidencePurpose.parse(upload.purpose()).orElseThrow(() -> new EvidenceRejected(
        HttpStatus.BAD_REQUEST, "“Minh chứng cho” phải là báo cáo năm hoặc đề nghị khen thưởng."));
    String note = upload.note() == null || upload.note().isBlank() ? null : upload.note().strip();
    if (note != null && note.length() > 500) {
      throw new EvidenceRejected(HttpStatus.BAD_REQUEST, "“Ghi chú” tối đa 500 ký tự.");
    }
    String taskId = upload.taskId() == null || upload.taskId().isBlank() ? null : upload.taskId().strip();
    if (taskId != null && !taskId.matches("[A-Za-z0-9-]{1,64}")) {
      throw new EvidenceRejected(HttpStatus.BAD_REQUEST, "Mã công việc không hợp lệ.");
    }
    FileNames.problem(upload.originalName()).ifPresent(problem -> {
      throw new EvidenceRejected(HttpStatus.BAD_REQUEST, problem);
    });
    String name = FileNames.display(upload.originalName());
    byte[] content = upload.content();
    if (content.length == 0) {
      throw new EvidenceRejected(HttpStatus.BAD_REQUEST, "Tệp “" + name + "” rỗng.");
    }
    if (content.length > maxSize()) {
      throw tooLarge(content.length);
    }
    byte[] head = java.util.Arrays.copyOf(content, Math.min(16, content.length));
    EvidenceType type = EvidenceType.sniff(head).orElseThrow(() -> new EvidenceRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Tệp “" + name + "” không phải " + acceptedText() + ". Chỉ nhận ảnh JPEG, PNG hoặc tệp PDF."));
    String extension = FileNames.extension(name);
    if (!type.extensions().contains(extension)) {
      throw new EvidenceRejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Phần mở rộng “." + extension
          + "” không khớp với nội dung tệp (" + type.label() + "). Hãy đặt lại tên tệp cho đúng loại.");
    }
    if (repository.count(unit.id(), upload.year()) >= properties.maxFilesPerUnitYear()) {
      throw new EvidenceRejected(HttpStatus.CONFLICT, unit.name() + " đã có " + properties.maxFilesPerUnitYear()
          + " tệp minh chứng năm " + upload.year() + " (số tệp tối đa).");
    }
    String id = UUID.randomUUID().toString();
    Path target = write(upload.year(), id, content);
    EvidenceFile file = new EvidenceFile(id, unit.id(), upload.year(), purpose, note, taskId, name, type.mediaType(),
        content.length, sha256(content), caller.userId(), clock.nowOffset());
    try {
      repository.insert(file);
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
    return file;
  }

  public EvidenceRejected tooLarge(long size) {
    boolean showSize = size > 0 && !sizeText(size).equals(maxSizeText());
    return new EvidenceRejected(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn" + (showSize ? " (" + sizeText(size) + ")" : "")
        + ": mỗi tệp minh chứng tối đa " + maxSizeText() + ". Hãy giảm dung lượng ảnh hoặc tách tệp PDF.");
  }

  public List<EvidenceFile> list(Caller caller, String unitId, int year) {
    Unit unit = requireAccess(caller, unitId);
    requirePlanYear(year);
    return repository.of(unit.id(), year);
  }

  /** The file's register row and its stored bytes' path, after checking the caller's access. */
  public record Stored(EvidenceFile file, Path path) {}

  public Stored open(Caller caller, String id) {
    EvidenceFile file = (id != null && id.matches("[0-9a-f-]{36}") ? repository.find(id) : java.util.Optional.<EvidenceFile>empty())
        .orElseThrow(() -> new EvidenceRejected(HttpStatus.NOT_FOUND, "Không tìm thấy tệp minh chứng."));
    requireAccess(caller, file.unitId());
    Path path = pathOf(file.year(), file.id());
    if (!Files.isRegularFile(path)) {
      throw new EvidenceRejected(HttpStatus.GONE, "Tệp “" + file.originalName() + "” không còn trên máy chủ; hãy báo quản trị viên.");
    }
    return new Stored(file, path);
  }

  /** Whether the upload page offers "Gỡ" for the file: the rule of {@link #delete}, without refusing. */
  public boolean mayRemove(Caller caller, EvidenceFile file) {
    return caller.groupIds().contains(file.unitId()) && openReports.stillOpen(file.unitId(), file.year(), file.purpose());
  }

  /**
   * Takes back a file: only people of the unit the file belongs to, and only while the report (or
   * list of proposals) it supports is not yet submitted. The lead unit, leadership and the council
   * read the files but never remove what a unit sent.
   */
  public EvidenceFile delete(Caller caller, String id) {
    EvidenceFile file = (id != null && id.matches("[0-9a-f-]{36}") ? repository.find(id) : java.util.Optional.<EvidenceFile>empty())
        .orElseThrow(() -> new EvidenceRejected(HttpStatus.NOT_FOUND, "Không tìm thấy tệp minh chứng."));
    Unit unit = requireAccess(caller, file.unitId());
    if (!caller.groupIds().contains(unit.id())) {
      throw new EvidenceRejected(HttpStatus.FORBIDDEN, "Chỉ " + unit.name() + " được gỡ minh chứng của đơn vị mình.");
    }
    if (!openReports.stillOpen(unit.id(), file.year(), file.purpose())) {
      String what = file.purpose() == EvidencePurpose.REPORT ? "báo cáo kết quả năm " : "đề nghị khen thưởng năm ";
      throw new EvidenceRejected(HttpStatus.CONFLICT, "Không gỡ được “" + file.originalName() + "”: " + what + file.year()
          + " của đơn vị không còn ở bước soạn (đã gửi); minh chứng gửi kèm được giữ nguyên.");
    }
    repository.delete(file.id());
    deleteQuietly(pathOf(file.year(), file.id()));
    return file;
  }

  Path pathOf(int year, String id) {
    return root.resolve(String.valueOf(year)).resolve(id);
  }

  /** Written to a temporary file first, then moved into place: a crash never leaves half a file under its id. */
  private Path write(int year, String id, byte[] content) {
    Path target = pathOf(year, id);
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
      try {
        Files.write(temp, content);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
          Files.move(temp, target);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store evidence " + id, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the register row is what counts; an orphan file is harmless
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sizeText(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", bytes / (1024.0 * 1024)).replace(",0 MB", " MB");
    }
    if (bytes >= 1024) {
      return (bytes + 1023) / 1024 + " KB";
    }
    return bytes + " byte";
  }
}
