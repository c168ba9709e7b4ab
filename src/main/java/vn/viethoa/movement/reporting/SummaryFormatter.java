package vn.viethoa.movement.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.organisation.UnitKind;

/**
 * Writes a year's aggregate as Vietnamese markdown for the forms (numbers as 1.234 and 95,5%). A
 * form's summary shows every count and the first entries of each list (movement.summaries), then
 * links to the page with the whole list ({@link #FULL_LIST_PATH}), which uses the same text unlimited.
 */
@Component
public class SummaryFormatter {

  /** The page with the year's whole summary (SummaryPagesController); {year} is replaced. */
  public static final String FULL_LIST_PATH = "/api/reports/{year}/summary";

  private final int listed;

  @org.springframework.beans.factory.annotation.Autowired
  public SummaryFormatter(vn.viethoa.movement.validation.SummaryLimits limits) {
    this.listed = limits.wardListed();
  }

  public SummaryFormatter() {
    this(vn.viethoa.movement.validation.SummaryLimits.DEFAULTS);
  }

  /** 1.234 (Vietnamese grouping). */
  public static String number(long n) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(n);
  }

  /** A rate as officials read it, e.g. 95,5%; "chưa có số liệu" when there is none. */
  public static String percent(BigDecimal rate) {
    if (rate == null) {
      return "chưa có số liệu";
    }
    return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(rate) + "%";
  }

  /** The summary for a form: lists cut after the configured number of entries, with a link to the whole. */
  public String ward(WardAggregate a, ZonedDateTime asOf) {
    return ward(a, asOf, listed);
  }

  /** The whole summary, every entry of every list (the full-list page). */
  public String wardInFull(WardAggregate a, ZonedDateTime asOf) {
    return ward(a, asOf, Integer.MAX_VALUE);
  }

  private String ward(WardAggregate a, ZonedDateTime asOf, int limit) {
    StringBuilder md = new StringBuilder();
    md.append("#### Tổng hợp kết quả năm ").append(a.year()).append(" (số liệu đến ")
        .append(VietnameseDates.DATE_TIME.format(asOf)).append(")\n\n");
    md.append("Đã báo cáo **").append(a.reported()).append("/").append(a.expected()).append("** đơn vị, tổ dân phố (đúng hạn ")
        .append(a.inState(UnitStatus.State.ON_TIME).size()).append(", muộn ").append(a.inState(UnitStatus.State.LATE).size())
        .append("); chưa báo cáo: ").append(a.inState(UnitStatus.State.MISSING).size()).append(".\n\n");

    md.append("**Chỉ tiêu của Kế hoạch**\n\n");
    md.append("- Hộ gia đình có địa chỉ số: ").append(percent(a.householdsDigitalAddressRate()))
        .append(" (chỉ tiêu ").append(percent(a.targets().householdsDigitalAddressRate())).append(") — ")
        .append(verdict(a.householdsDigitalAddressRate(), a.targets().householdsDigitalAddressRate())).append("\n");
    md.append("- Cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số: ").append(percent(a.staffProficiencyRate()))
        .append(" (chỉ tiêu ").append(percent(a.targets().staffProficiencyRate())).append(") — ")
        .append(verdict(a.staffProficiencyRate(), a.targets().staffProficiencyRate())).append("\n");
    List<UnitStatus> units = a.units().stream().filter(u -> u.unit().underCommittee()).toList();
    long withInitiative = units.stream().filter(u -> Boolean.TRUE.equals(u.initiativeTargetMet())).count();
    md.append("- Đơn vị có ít nhất ").append(a.targets().initiativesPerUnit()).append(" sáng kiến: ")
        .append(withInitiative).append("/").append(units.size()).append(" đơn vị\n\n");

    md.append("**Kết quả theo 5 nội dung thi đua**\n\n");
    md.append("1. Đột phá trong tư duy, nhận thức: ").append(number(a.total(ReportField.TRAININGS_HELD)))
        .append(" buổi tập huấn, hội thảo với ").append(number(a.total(ReportField.TRAINING_PARTICIPANTS)))
        .append(" lượt người; ").append(number(a.total(ReportField.ARTICLES_PUBLISHED))).append(" tin, bài tuyên truyền; ")
        .append(number(a.total(ReportField.DISSEMINATION_SESSIONS))).append(" buổi phổ biến tại tổ dân phố.\n");
    md.append("2. Hạ tầng số, hạ tầng xanh: hộ sử dụng dịch vụ công trực tuyến ").append(percent(a.householdsOnlineServicesRate()))
        .append(", thanh toán không dùng tiền mặt ").append(percent(a.householdsCashlessRate())).append("; ")
        .append(number(a.total(ReportField.TREES_PLANTED))).append(" cây xanh trồng mới.\n");
    md.append("3. Đổi mới sáng tạo: ").append(number(a.total(ReportField.INITIATIVES))).append(" sáng kiến, giải pháp; ")
        .append("hồ sơ đúng hạn và trước hạn ").append(percent(a.dossiersOnTimeRate())).append(", hồ sơ trực tuyến ")
        .append(percent(a.dossiersOnlineRate())).append(", mức độ hài lòng ").append(percent(a.satisfactionRate()))
        .append(a.satisfactionFromSurveys() ? " (theo " + a.surveys().surveys() + " đợt khảo sát, "
            + number(a.surveys().respondents()) + " lượt ý kiến)" : "").append(".\n");
    md.append("4. Kinh tế số, xã hội số, công dân số: ").append(number(a.total(ReportField.DIGITAL_SKILLS_CLASSES)))
        .append(" lớp \"Bình dân học vụ số\", ").append(number(a.total(ReportField.DIGITAL_SKILLS_LEARNERS)))
        .append(" lượt người dân được hướng dẫn; hộ có người học kỹ năng số ").append(percent(a.householdsSkillsClassesRate()))
        .append("; ").append(number(a.total(ReportField.BUSINESSES_SUPPORTED))).append(" hộ kinh doanh, doanh nghiệp được hỗ trợ.\n");
    md.append("5. Chuyển đổi xanh: hộ phân loại rác tại nguồn ").append(percent(a.householdsWasteSortingRate())).append("; ")
        .append(number(a.total(ReportField.CLEANUP_CAMPAIGNS))).append(" đợt ra quân vệ sinh môi trường.\n\n");

    md.append("**Đơn vị, tổ dân phố chưa đạt chỉ tiêu**\n\n");
    List<String> missed = a.units().stream().filter(u -> u.state() != UnitStatus.State.MISSING)
        .filter(u -> Boolean.FALSE.equals(u.staffTargetMet()) || Boolean.FALSE.equals(u.initiativeTargetMet())
            || Boolean.FALSE.equals(u.digitalAddressTargetMet()))
        .map(u -> "- " + u.unit().name() + ": " + reasons(u)).toList();
    md.append(missed.isEmpty() ? "- Không có.\n" : String.join("\n", missed.subList(0, Math.min(limit, missed.size()))) + "\n");
    if (missed.size() > limit) {
      md.append("- … và ").append(missed.size() - limit).append(" đơn vị, tổ dân phố khác ").append(more(a.year())).append("\n");
    }
    md.append("\n**Báo cáo muộn:** ").append(names(a.inState(UnitStatus.State.LATE), limit, a.year())).append("\n\n");
    md.append("**Chưa báo cáo:** ").append(names(a.inState(UnitStatus.State.MISSING), limit, a.year())).append("\n");
    front(a, md);
    return md.toString();
  }

  /**
   * The Front's cooperation, apart from the units' duty and targets: whether it sent its report and
   * its coordination and supervision figures.
   */
  private static void front(WardAggregate a, StringBuilder md) {
    for (UnitStatus f : a.front()) {
      md.append("\n**Đề nghị phối hợp — ").append(f.unit().name()).append(":** ");
      if (f.state() == UnitStatus.State.MISSING) {
        md.append("chưa gửi báo cáo phối hợp.\n");
      } else {
        md.append("đã gửi báo cáo phối hợp; ").append(number(a.total(ReportField.MOBILISATION_CAMPAIGNS)))
            .append(" cuộc vận động, ").append(number(a.total(ReportField.SUPERVISIONS_HELD))).append(" cuộc giám sát, ")
            .append(number(a.total(ReportField.SUPERVISION_RECOMMENDATIONS))).append(" kiến nghị sau giám sát.\n");
      }
    }
  }

  /** The residential groups' household figures, for the office's own report. */
  public String residential(WardAggregate a) {
    return residential(a, listed);
  }

  public String residentialInFull(WardAggregate a) {
    return residential(a, Integer.MAX_VALUE);
  }

  private String residential(WardAggregate a, int limit) {
    List<UnitStatus> groups = a.units().stream().filter(u -> u.unit().kind() == UnitKind.RESIDENTIAL_GROUP).toList();
    long reported = groups.stream().filter(u -> u.state() != UnitStatus.State.MISSING).count();
    return "#### Tổng hợp báo cáo của các tổ dân phố\n\n"
        + "Đã nhận " + reported + "/" + groups.size() + " báo cáo. Tổng số hộ: " + number(a.total(ReportField.HOUSEHOLDS_TOTAL))
        + "; có địa chỉ số " + percent(a.householdsDigitalAddressRate())
        + "; dùng dịch vụ công trực tuyến " + percent(a.householdsOnlineServicesRate())
        + "; thanh toán không dùng tiền mặt " + percent(a.householdsCashlessRate())
        + "; phân loại rác tại nguồn " + percent(a.householdsWasteSortingRate())
        + "; có người học kỹ năng số " + percent(a.householdsSkillsClassesRate()) + ".\n\n"
        + "**Chưa báo cáo:** " + names(groups.stream().filter(u -> u.state() == UnitStatus.State.MISSING).toList(), limit, a.year())
        + "\n";
  }

  private static String verdict(BigDecimal rate, BigDecimal target) {
    if (rate == null) {
      return "chưa có số liệu";
    }
    return rate.compareTo(target) >= 0 ? "đạt" : "chưa đạt";
  }

  private static String reasons(UnitStatus u) {
    StringBuilder s = new StringBuilder();
    if (Boolean.FALSE.equals(u.staffTargetMet())) {
      s.append("chưa 100% cán bộ thành thạo nền tảng số");
    }
    if (Boolean.FALSE.equals(u.initiativeTargetMet())) {
      s.append(s.isEmpty() ? "" : "; ").append("chưa có sáng kiến");
    }
    if (Boolean.FALSE.equals(u.digitalAddressTargetMet())) {
      s.append(s.isEmpty() ? "" : "; ").append("chưa 100% hộ có địa chỉ số");
    }
    return s.toString();
  }

  private static String names(List<UnitStatus> units, int limit, int year) {
    if (units.isEmpty()) {
      return "không có.";
    }
    String shown = units.stream().limit(limit).map(u -> u.unit().name()).collect(Collectors.joining(", "));
    return units.size() <= limit ? shown + "." : shown + " … và " + (units.size() - limit) + " đơn vị, tổ dân phố khác " + more(year);
  }

  /** The link to the whole list of the year. */
  static String more(int year) {
    return "([xem danh sách đầy đủ](" + FULL_LIST_PATH.replace("{year}", String.valueOf(year)) + ")).";
  }
}
