package vn.viethoa.movement.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the .docx templates under src/main/resources/templates/docx/ (committed, so that the ward
 * can also restyle them in Word: placeholders survive editing). Run after changing a layout:
 * {@code mvn -q test-compile exec:java}-style, or simply run {@link #main} from the IDE; the test
 * {@code TemplatesUpToDateTest} fails when the committed templates differ from what this writes.
 */
public final class TemplateGenerator {

  static final Path TARGET = Path.of("src/main/resources/templates/docx");

  static final Map<DocumentKind, Consumer<TemplateLayout>> TEMPLATES = Map.of(
      DocumentKind.ANNUAL_REPORT, TemplateGenerator::annualReport,
      DocumentKind.REVIEW_REPORT, TemplateGenerator::reviewReport,
      DocumentKind.COMMENDATION_DECISION, TemplateGenerator::commendationDecision,
      DocumentKind.COMMENDATION_PROPOSAL, TemplateGenerator::commendationProposal);

  private TemplateGenerator() {}

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : TARGET;
    writeAll(dir);
    System.out.println("Templates written to " + dir.toAbsolutePath());
  }

  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (var entry : TEMPLATES.entrySet()) {
      TemplateLayout layout = new TemplateLayout();
      entry.getValue().accept(layout);
      try (OutputStream out = Files.newOutputStream(dir.resolve(entry.getKey().templateName()))) {
        layout.doc.write(out);
      }
      layout.doc.close();
    }
  }

  static void annualReport(TemplateLayout l) {
    l.nationalHeader();
    l.title("BÁO CÁO", "Kết quả thực hiện {{movementName}} năm {{year}}");
    l.body("Thực hiện {{planCitation}} về triển khai {{movementName}} trên địa bàn phường, {{committee}} "
        + "báo cáo kết quả thực hiện năm {{year}} như sau:");
    l.heading("I. KẾT QUẢ THỰC HIỆN");
    l.heading("1. Công tác triển khai, tổng hợp báo cáo");
    l.body("Đến {{asOf}}, Phòng Văn hoá - Xã hội đã nhận báo cáo của {{reported}}/{{expected}} đơn vị, tổ dân phố "
        + "(đúng hạn: {{onTime}}; muộn: {{lateCount}}); chưa báo cáo: {{missingCount}}.");
    l.heading("2. Kết quả theo 05 nội dung thi đua");
    l.body("{{list:areaResults}}");
    l.centred("Bảng 1. Số liệu tổng hợp theo nội dung thi đua năm {{year}}", 13, false, true);
    l.dataTable(new int[] {850, 6237, 2268}, new String[] {"STT", "Nội dung, chỉ số", "Kết quả"},
        new String[] {"{{row:figures.no}}", "{{row:figures.label}}", "{{row:figures.value}}"},
        new boolean[] {true, false, true});
    l.heading("3. Kết quả thực hiện các chỉ tiêu của Kế hoạch");
    l.centred("Bảng 2. Chỉ tiêu của Kế hoạch và kết quả năm {{year}}", 13, false, true);
    l.dataTable(new int[] {680, 4139, 1559, 1559, 1418}, new String[] {"STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá"},
        new String[] {"{{row:targets.no}}", "{{row:targets.label}}", "{{row:targets.target}}", "{{row:targets.result}}",
            "{{row:targets.verdict}}"},
        new boolean[] {true, false, true, true, true});
    l.heading("4. Đơn vị, tổ dân phố báo cáo muộn, chưa báo cáo, chưa đạt chỉ tiêu");
    l.body("- Báo cáo muộn: {{lateUnits}}.");
    l.body("- Chưa báo cáo: {{missingUnits}}.");
    l.body("{{list:belowTarget}}");
    l.heading("5. Đánh giá chung");
    l.body("{{list:assessment}}");
    l.heading("II. KHÓ KHĂN, VƯỚNG MẮC");
    l.body("{{list:difficulties}}");
    l.heading("III. ĐỀ XUẤT, KIẾN NGHỊ");
    l.body("{{list:proposals}}");
    l.body("Trên đây là báo cáo kết quả thực hiện Phong trào thi đua năm {{year}} của {{committee}}./.");
    l.recipientsAndSignature();
    l.pageBreak();
    l.centred("PHỤ LỤC", 14, true, false);
    l.centred("Tình hình báo cáo của các đơn vị, tổ dân phố năm {{year}}", 14, true, false);
    l.centred("(Kèm theo Báo cáo số {{documentNumber}} của {{committee}})", 13, false, true);
    l.dataTable(new int[] {680, 3969, 1843, 1985, 878}, new String[] {"STT", "Đơn vị, tổ dân phố", "Tình trạng",
            "Thời điểm gửi", "Lần gửi"},
        new String[] {"{{row:units.no}}", "{{row:units.name}}", "{{row:units.state}}", "{{row:units.submittedAt}}",
            "{{row:units.version}}"},
        new boolean[] {true, false, true, true, true});
  }

  static void reviewReport(TemplateLayout l) {
    l.nationalHeader();
    l.title("BÁO CÁO", "{{reviewTitle}}");
    l.body("Thực hiện {{planCitation}} về triển khai {{movementName}} trên địa bàn phường, {{committee}} "
        + "báo cáo {{reviewNoun}} như sau:");
    l.heading("I. KẾT QUẢ THỰC HIỆN QUA CÁC NĂM {{period}}");
    l.heading("1. Tình hình báo cáo của các đơn vị, tổ dân phố");
    l.body("{{list:yearsReporting}}");
    l.heading("2. Số liệu qua các năm");
    l.centred("Bảng 1. Kết quả qua các năm {{period}} so với chỉ tiêu của Kế hoạch", 13, false, true);
    l.body("{{table:acrossYears}}");
    l.heading("3. Kết quả thực hiện các chỉ tiêu của Kế hoạch");
    l.body("{{list:targetVerdicts}}");
    l.heading("II. ĐÁNH GIÁ CHUNG, BÀI HỌC KINH NGHIỆM");
    l.body("{{list:assessment}}");
    l.heading("III. KHÓ KHĂN, VƯỚNG MẮC");
    l.body("{{list:difficulties}}");
    l.heading("IV. ĐỀ XUẤT, KIẾN NGHỊ");
    l.body("{{list:proposals}}");
    l.body("Trên đây là báo cáo {{reviewNoun}} của {{committee}}./.");
    l.recipientsAndSignature();
  }

  static void commendationDecision(TemplateLayout l) {
    l.nationalHeader();
    l.title("QUYẾT ĐỊNH", "Về việc tặng Giấy khen cho các tập thể, cá nhân", "đã có thành tích xuất sắc trong {{occasion}}");
    l.centred("CHỦ TỊCH {{committeeUpper}}", 14, true, false).setSpacingAfter(240);
    l.italicBody("{{list:bases}}");
    l.centred("QUYẾT ĐỊNH:", 14, true, false).setSpacingBefore(120);
    var article1 = l.body(null);
    TemplateLayout.run(article1, "Điều 1. ", 14, true, false);
    TemplateLayout.run(article1, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho {{counts}} (có danh sách kèm theo) "
        + "đã có thành tích xuất sắc trong {{occasion}}.", 14, false, false);
    var article2 = l.body(null);
    TemplateLayout.run(article2, "Điều 2. ", 14, true, false);
    TemplateLayout.run(article2, "{{rewardClause}}", 14, false, false);
    var article3 = l.body(null);
    TemplateLayout.run(article3, "Điều 3. ", 14, true, false);
    TemplateLayout.run(article3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh {{officeName}}, Trưởng {{leadUnitName}}, thủ trưởng các đơn vị có liên quan và "
        + "các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", 14, false, false);
    l.recipientsAndSignature();
    l.pageBreak();
    l.centred("DANH SÁCH", 14, true, false);
    l.centred("Tập thể, cá nhân được tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường", 14, true, false);
    l.centred("(Kèm theo Quyết định số {{documentNumber}} {{dateClause}} của Chủ tịch {{committee}})", 13, false, true);
    l.dataTable(new int[] {680, 2835, 2410, 3430}, new String[] {"STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị",
            "Thành tích"},
        new String[] {"{{row:entries.no}}", "{{row:entries.name}}", "{{row:entries.unit}}", "{{row:entries.achievement}}"},
        new boolean[] {true, false, false, false});
  }

  static void commendationProposal(TemplateLayout l) {
    l.nationalHeader();
    l.title("TỜ TRÌNH", "Về việc đề nghị tặng {{formsPhrase}}", "cho các tập thể, cá nhân có thành tích trong {{occasion}}");
    l.centred("Kính gửi: {{addressee}}.", 14, false, false).setSpacingAfter(240);
    l.italicBody("{{list:bases}}");
    l.body("{{committee}} kính trình {{addressee}} xem xét, tặng:");
    l.body("{{list:formLines}}");
    l.body("(Có danh sách và tóm tắt thành tích kèm theo).");
    l.body("{{committee}} kính trình {{addressee}} xem xét, quyết định./.");
    l.recipientsAndSignature();
    l.pageBreak();
    l.centred("DANH SÁCH", 14, true, false);
    l.centred("Đề nghị tặng {{formsPhrase}}", 14, true, false);
    l.centred("(Kèm theo Tờ trình số {{documentNumber}} {{dateClause}} của {{committee}})", 13, false, true);
    l.dataTable(new int[] {567, 2126, 1701, 1418, 2268, 1275}, new String[] {"STT", "Tên tập thể, cá nhân",
            "Chức vụ, đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích", "Khen thưởng đã đạt"},
        new String[] {"{{row:entries.no}}", "{{row:entries.name}}", "{{row:entries.unit}}", "{{row:entries.form}}",
            "{{row:entries.achievement}}", "{{row:entries.previous}}"},
        new boolean[] {true, false, false, true, false, false});
  }
}
