package vn.viethoa.movement.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * A year's reports and aggregate, for other systems and for the city's exports. Authenticated
 * (webapp session or HTTP basic); a unit sees its own reports, the lead unit, leadership and
 * administrators see everything.
 */
@RestController
public class ReportsController {

  private final AnnualReportService service;
  private final ReportRepository reports;
  private final WardReportRepository wardReports;
  private final CurrentUser currentUser;
  private final Organisation organisation;

  public ReportsController(AnnualReportService service, ReportRepository reports, WardReportRepository wardReports,
      CurrentUser currentUser, Organisation organisation) {
    this.service = service;
    this.reports = reports;
    this.wardReports = wardReports;
    this.currentUser = currentUser;
    this.organisation = organisation;
  }

  public record ReportView(String unitId, String unitName, String unitKind, int version, String submittedBy,
      String submittedAt, boolean late, Map<String, Object> figures, List<?> nominations, String figuresNote) {
    static ReportView of(StoredReport r) {
      Map<String, Object> figures = new LinkedHashMap<>();
      r.values().forEach((field, value) -> figures.put(field.key(), value));
      return new ReportView(r.unitId(), r.unitName(), r.unitKind().name(), r.version(), r.submittedBy(),
          r.submittedAt().toString(), r.late(), figures, r.nominations(), r.figuresNote());
    }
  }

  /** A figure of the report, for a table of every unit's figures (unit-figures.html). */
  public record FieldView(String key, String label, String kind, String scope) {}

  public record UnitStatusView(String unitId, String unitName, String state, String stateLabel, String submittedAt,
      String submittedBy, int version) {}

  public record AggregateView(long expected, long reported, Map<String, Long> totals, Map<String, BigDecimal> rates,
      List<UnitStatusView> units) {}

  @GetMapping("/api/reports/{year}")
  public Map<String, Object> year(@PathVariable int year, HttpServletRequest request) {
    var caller = currentUser.require(request);
    boolean seesAll = seesAll(caller);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year);
    body.put("fields", java.util.Arrays.stream(ReportField.values())
        .map(f -> new FieldView(f.key(), f.label(), f.kind().name(), f.scope().name())).toList());
    // a unit official reads only the rows of their own groups
    body.put("reports", (seesAll ? reports.latest(year) : reports.latest(year, caller.groupIds())).stream()
        .map(ReportView::of).toList());
    if (seesAll) {
      wardReports.find(year).ifPresent(w -> body.put("wardReport", w));
      body.put("aggregate", view(service.aggregate(year)));
    }
    return body;
  }

  @GetMapping("/api/reports/{year}/units/{unitId}/versions")
  public List<ReportView> versions(@PathVariable int year, @PathVariable String unitId, HttpServletRequest request) {
    var caller = currentUser.require(request);
    if (!seesAll(caller) && !caller.groupIds().contains(unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn chỉ xem được báo cáo của đơn vị mình");
    }
    return reports.history(year, unitId).stream().map(ReportView::of).toList();
  }

  private boolean seesAll(CurrentUser.Caller caller) {
    return caller.isAdmin() || caller.inAny(organisation.leadUnit().id(), organisation.leadership().id());
  }

  static AggregateView view(WardAggregate a) {
    Map<String, Long> totals = new LinkedHashMap<>();
    a.totals().forEach((field, value) -> totals.put(field.key(), value));
    Map<String, BigDecimal> rates = new LinkedHashMap<>();
    rates.put("staffProficiencyRate", a.staffProficiencyRate());
    rates.put("householdsDigitalAddressRate", a.householdsDigitalAddressRate());
    rates.put("householdsOnlineServicesRate", a.householdsOnlineServicesRate());
    rates.put("householdsCashlessRate", a.householdsCashlessRate());
    rates.put("householdsWasteSortingRate", a.householdsWasteSortingRate());
    rates.put("householdsSkillsClassesRate", a.householdsSkillsClassesRate());
    rates.put("dossiersOnTimeRate", a.dossiersOnTimeRate());
    rates.put("dossiersOnlineRate", a.dossiersOnlineRate());
    rates.put("satisfactionRate", a.satisfactionRate());
    List<UnitStatusView> units = a.units().stream().map(u -> new UnitStatusView(u.unit().id(), u.unit().name(),
        u.state().name(), u.state().label(), u.submittedAt() == null ? null : u.submittedAt().toString(),
        u.submittedBy(), u.version())).toList();
    return new AggregateView(a.expected(), a.reported(), totals, rates, units);
  }
}
