package vn.viethoa.movement.exports;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * A year's figures for the city, per unit, per residential group and for the ward: CSV and Excel.
 * For the lead unit, leadership and administrators (webapp session or HTTP basic); units get 403.
 */
@RestController
public class ExportsController {

  /** The CSV variant for Excel with Vietnamese regional settings. */
  public static final String EXCEL_VI = "excel-vi";

  static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");
  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ExportService service;
  private final CurrentUser currentUser;
  private final Organisation organisation;
  private final PlanCalendar calendar;

  public ExportsController(ExportService service, CurrentUser currentUser, Organisation organisation, PlanCalendar calendar) {
    this.service = service;
    this.currentUser = currentUser;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /**
   * {@code ?variant=excel-vi}: separated by ";" with decimal commas, for Excel on a computer set to
   * Vietnamese regional settings (the usual case in the ward); without it, RFC 4180 (comma, point).
   */
  @GetMapping("/api/exports/{year}.csv")
  public ResponseEntity<byte[]> csv(@PathVariable int year, @RequestParam(required = false) String variant,
      HttpServletRequest request) {
    check(year, request);
    if (variant == null || variant.isBlank()) {
      return file(ExportWriters.csv(service.figures(year)), CSV, "so-lieu-phong-trao-" + year + ".csv");
    }
    if (!EXCEL_VI.equals(variant)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Không có định dạng “" + variant + "”: dùng variant=" + EXCEL_VI + ".");
    }
    return file(ExportWriters.csv(service.figures(year), ExportWriters.CsvDialect.EXCEL_VI), CSV,
        "so-lieu-phong-trao-" + year + "-excel.csv");
  }

  @GetMapping("/api/exports/{year}.xlsx")
  public ResponseEntity<byte[]> xlsx(@PathVariable int year, HttpServletRequest request) {
    check(year, request);
    return file(ExportWriters.xlsx(service.figures(year)), XLSX, "so-lieu-phong-trao-" + year + ".xlsx");
  }

  /** The year's permanent records of the movement (periodic reports, surveys, supervision, reviews) as CSV. */
  @GetMapping("/api/exports/{year}/records.csv")
  public ResponseEntity<byte[]> recordsCsv(@PathVariable int year, HttpServletRequest request) {
    check(year, request);
    return file(ExportWriters.recordsCsv(service.figures(year)), CSV, "ho-so-phong-trao-" + year + ".csv");
  }

  private void check(int year, HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    if (!caller.isAdmin() && !caller.inAny(organisation.leadUnit().id(), organisation.leadership().id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường và quản trị viên xuất được số liệu của phường.");
    }
    if (!calendar.isPlanYear(year)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Năm " + year + " không thuộc giai đoạn của Kế hoạch.");
    }
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
