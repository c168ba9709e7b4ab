package vn.viethoa.movement.reporting;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.security.CurrentUser;

/**
 * The page a form's summary links to when a list was too long to show whole: the year's summary
 * computed from the stored reports now, every list in full. The lead unit, leadership and
 * administrators read the ward's; the unit the residential groups report to reads their part.
 */
@RestController
public class SummaryPagesController {

  private final AnnualReportService service;
  private final CurrentUser currentUser;
  private final Organisation organisation;
  private final PlanCalendar calendar;

  public SummaryPagesController(AnnualReportService service, CurrentUser currentUser, Organisation organisation,
      PlanCalendar calendar) {
    this.service = service;
    this.currentUser = currentUser;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  @GetMapping("/api/reports/{year}/summary")
  public ResponseEntity<String> summary(@PathVariable int year, HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    if (!calendar.isPlanYear(year)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Năm " + year + " không thuộc giai đoạn của Kế hoạch.");
    }
    String markdown;
    if (caller.isAdmin() || caller.inAny(organisation.leadUnit().id(), organisation.leadership().id())) {
      markdown = service.wardSummaryInFull(year);
    } else if (organisation.all().stream().filter(Unit::receivesResidentialReports).anyMatch(u -> caller.inAny(u.id()))) {
      markdown = service.residentialSummaryInFull(year);
    } else {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường và quản trị viên xem được tổng hợp của phường.");
    }
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore()).body(page("Tổng hợp báo cáo năm " + year, markdown));
  }

  /** The markdown as officials read it in a form, escaped, lines kept (no script, no inline handler: CSP). */
  static String page(String title, String markdown) {
    return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(title)
        + "</title><style>body{font-family:'Times New Roman',serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
        + "pre{white-space:pre-wrap;font-family:inherit;font-size:1rem}</style></head><body><h1>"
        + HtmlUtils.htmlEscape(title) + "</h1><pre>" + HtmlUtils.htmlEscape(markdown) + "</pre></body></html>";
  }
}
