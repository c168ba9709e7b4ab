package vn.viethoa.movement.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.lifecycle.MovementRecords;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportService;
import vn.viethoa.movement.reporting.ReportField;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.StoredReport;
import vn.viethoa.movement.reporting.UnitStatus;
import vn.viethoa.movement.reporting.WardAggregate;

/**
 * Collects a year's figures for export from the latest version of each report — the same figures
 * and rules as the ward's report (docs/reporting.md).
 */
@Service
public class ExportService {

  private final AnnualReportService service;
  private final ReportRepository reports;
  private final PlanClock clock;
  private final MovementRecords records;
  private final Organisation organisation;

  public ExportService(AnnualReportService service, ReportRepository reports, PlanClock clock, MovementRecords records,
      Organisation organisation) {
    this.service = service;
    this.reports = reports;
    this.clock = clock;
    this.records = records;
    this.organisation = organisation;
  }

  public YearFigures figures(int year) {
    WardAggregate a = service.aggregate(year);
    Map<String, StoredReport> latest = reports.latest(year).stream()
        .collect(Collectors.toMap(StoredReport::unitId, Function.identity()));
    List<String> header = new ArrayList<>(YearFigures.LEADING);
    Arrays.stream(ReportField.values()).forEach(f -> header.add(f.label()));

    List<List<Object>> rows = new ArrayList<>();
    for (UnitStatus u : a.units()) {
      StoredReport r = latest.get(u.unit().id());
      List<Object> row = new ArrayList<>();
      row.add(u.unit().id());
      row.add(u.unit().name());
      row.add(u.unit().front() ? "Mặt trận (đề nghị phối hợp)" : u.unit().kind() == UnitKind.RESIDENTIAL_GROUP ? "Tổ dân phố" : "Đơn vị");
      row.add(u.state().label());
      row.add(r == null ? null : (long) r.version());
      row.add(r == null ? null : VietnameseDates.DATE_TIME.format(r.submittedAt().atZoneSameInstant(clock.zone())));
      row.add(r == null ? null : r.submittedBy());
      for (ReportField field : ReportField.values()) {
        row.add(r == null ? null : cell(field, r.values().get(field)));
      }
      rows.add(row);
    }

    List<Object> totals = new ArrayList<>();
    totals.add("");
    totals.add("Tổng cộng toàn phường");
    totals.add("");
    totals.add("Đã báo cáo " + a.reported() + "/" + a.expected());
    totals.add(null);
    totals.add(null);
    totals.add(null);
    // the units under the Committee: the Front's report is a request for cooperation, not counted in their totals
    List<StoredReport> unitReports = latest.values().stream()
        .filter(r -> r.unitKind() == UnitKind.UNIT && !organisation.isFront(r.unitId())).toList();
    for (ReportField field : ReportField.values()) {
      totals.add(switch (field.kind()) {
        case COUNT -> a.total(field);
        case PERCENT -> averageOf(field, a);
        case BOOLEAN -> unitReports.stream().filter(r -> Boolean.TRUE.equals(r.values().get(field))).count() + "/" + unitReports.size();
        case TEXT -> null;
      });
    }

    var t = a.targets();
    List<YearFigures.Rate> rates = List.of(
        new YearFigures.Rate("Tỷ lệ hộ có địa chỉ số (%)", a.householdsDigitalAddressRate(), t.householdsDigitalAddressRate()),
        new YearFigures.Rate("Tỷ lệ cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số (%)", a.staffProficiencyRate(),
            t.staffProficiencyRate()),
        new YearFigures.Rate("Tỷ lệ hộ sử dụng dịch vụ công trực tuyến (%)", a.householdsOnlineServicesRate(), null),
        new YearFigures.Rate("Tỷ lệ hộ thanh toán không dùng tiền mặt (%)", a.householdsCashlessRate(), null),
        new YearFigures.Rate("Tỷ lệ hộ phân loại rác tại nguồn (%)", a.householdsWasteSortingRate(), null),
        new YearFigures.Rate("Tỷ lệ hộ có người tham gia lớp kỹ năng số (%)", a.householdsSkillsClassesRate(), null),
        new YearFigures.Rate("Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%) — trung bình các đơn vị", a.dossiersOnTimeRate(), null),
        new YearFigures.Rate("Tỷ lệ hồ sơ nộp trực tuyến (%) — trung bình các đơn vị", a.dossiersOnlineRate(), null),
        new YearFigures.Rate(satisfactionLabel(a), a.satisfactionRate(), null));
    return new YearFigures(year, header, rows, totals, rates, records(year));
  }

  /** Where the satisfaction figure comes from: the service centre's surveys of the year, or else the units' reports. */
  static String satisfactionLabel(WardAggregate a) {
    if (a.satisfactionFromSurveys()) {
      return "Tỷ lệ người dân, tổ chức hài lòng (%) — theo " + a.surveys().surveys() + " đợt khảo sát của Trung tâm Phục vụ "
          + "hành chính công (" + a.surveys().respondents() + " phiếu)";
    }
    return "Tỷ lệ người dân, tổ chức hài lòng (%) — trung bình các đơn vị";
  }

  /** The permanent records filed in the year (ward's zone), by kind then time. */
  List<List<Object>> records(int year) {
    OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    List<List<Object>> rows = new ArrayList<>();
    for (MovementRecords.Entry e : records.between(from, to)) {
      List<Object> row = new ArrayList<>();
      row.add(e.id());
      row.add(e.kind().label());
      row.add(e.periodLabel());
      row.add(e.unitId());
      row.add(organisation.find(e.unitId()).map(Unit::name).orElse(e.unitId()));
      row.add(e.summary());
      row.add(e.details());
      row.add(e.respondents());
      row.add(e.satisfiedRate());
      row.add(e.kind() == MovementRecords.Kind.supervision_report ? (e.adjustmentRequested() ? "Có" : "Không") : null);
      row.add(e.adjustmentProcessId());
      row.add(e.submittedBy());
      row.add(VietnameseDates.DATE_TIME.format(e.submittedAt().atZoneSameInstant(clock.zone())));
      rows.add(row);
    }
    return rows;
  }

  static Object cell(ReportField field, Object value) {
    if (value == null) {
      return null;
    }
    return switch (field.kind()) {
      case COUNT -> ((Number) value).longValue();
      case PERCENT -> (BigDecimal) value;
      case BOOLEAN -> Boolean.TRUE.equals(value) ? "Có" : "Không";
      case TEXT -> value.toString();
    };
  }

  private static BigDecimal averageOf(ReportField field, WardAggregate a) {
    return switch (field) {
      case DOSSIERS_ON_TIME_RATE -> a.dossiersOnTimeRate();
      case DOSSIERS_ONLINE_RATE -> a.dossiersOnlineRate();
      case SATISFACTION_RATE -> a.satisfactionRate();
      default -> null;
    };
  }
}
