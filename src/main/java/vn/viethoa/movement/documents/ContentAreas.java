package vn.viethoa.movement.documents;

import java.util.List;

/** The plan's five content areas (section II) as documents title them, and the collective criteria. */
final class ContentAreas {

  static final List<String> TITLES = List.of(
      "Tiêu chí thi đua đối với tập thể (mục III.1.1)",
      "Thi đua tạo đột phá trong tư duy, nhận thức và hành động",
      "Thi đua phát triển hạ tầng số, hạ tầng xanh",
      "Thi đua đổi mới sáng tạo, ứng dụng mạnh mẽ chuyển đổi số, chuyển đổi xanh",
      "Thi đua phát triển kinh tế số, xã hội số, công dân số gắn với phong trào \"Bình dân học vụ số\"",
      "Thi đua chuyển đổi xanh, chống biến đổi khí hậu");

  private ContentAreas() {}

  static String title(int area) {
    return TITLES.get(area);
  }
}
