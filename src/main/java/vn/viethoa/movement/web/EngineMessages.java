package vn.viethoa.movement.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The engine's own messages that an official can meet, in Vietnamese, with the status the answer
 * should carry (the engine answers some of its users' mistakes with 500). The engine's text goes to
 * the log only. Add a line here when a test or an official meets a new one.
 */
public final class EngineMessages {

  public record Translation(int status, String message) {}

  private record Entry(Pattern engine, int status, String vietnamese) {}

  private static final List<Entry> TABLE = List.of(
      new Entry(Pattern.compile("Password does not match policy"), 400,
          "Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số và ký hiệu."),
      new Entry(Pattern.compile("is already claimed by someone else"), 409,
          "Công việc này đã có người khác nhận. Đề nghị tải lại danh sách công việc."),
      new Entry(Pattern.compile("was updated by another transaction concurrently|OptimisticLockingException"), 409,
          "Công việc vừa được người khác cập nhật. Đề nghị tải lại trang rồi thực hiện lại."),
      new Entry(Pattern.compile("does not have '[A-Z_]+' permission|does not have one of the following permissions"), 403,
          "Tài khoản của đồng chí không có quyền thực hiện thao tác này."),
      new Entry(Pattern.compile("Cannot find task with id|No task found with id|No matching task with id|task is null|Task .* does not exist"), 404,
          "Không tìm thấy công việc; có thể công việc đã được hoàn thành hoặc chuyển đi."),
      new Entry(Pattern.compile("Java serialization format is prohibited|Cannot deserialize object|is not whitelisted|"
          + "is not allowed to be deserialized"), 400,
          "Không nhận dữ liệu là đối tượng Java: chỉ văn bản, số, ngày và JSON."),
      new Entry(Pattern.compile("The user with id '.*' is locked|is locked"), 403,
          "Tài khoản đang tạm khoá do nhập sai mật khẩu; đề nghị thử lại sau ít phút."),
      new Entry(Pattern.compile("Variable value is too long|value too long|Value too long"), 400,
          "Giá trị gửi lên quá dài: mỗi trường văn bản tối đa 4.000 ký tự."));

  private EngineMessages() {}

  /** The Vietnamese answer to an engine message, if the table knows it. */
  public static Optional<Translation> translate(String engineMessage) {
    if (engineMessage == null) {
      return Optional.empty();
    }
    for (Entry e : TABLE) {
      if (e.engine().matcher(engineMessage).find()) {
        return Optional.of(new Translation(e.status(), e.vietnamese()));
      }
    }
    return Optional.empty();
  }
}
