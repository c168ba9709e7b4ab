package vn.viethoa.movement.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * The page data of the Cockpit plugin "Phong trào thi đua" (docs/dashboard.md). Read-only. Camunda's
 * security filter does not cover this path: the caller is checked here — the webapp session (or
 * HTTP basic) of an administrator, of leadership or of the lead unit; anyone else gets 403, an
 * anonymous caller 401.
 */
@RestController
public class DashboardController {

  private final DashboardService service;
  private final CurrentUser currentUser;
  private final Organisation organisation;

  public DashboardController(DashboardService service, CurrentUser currentUser, Organisation organisation) {
    this.service = service;
    this.currentUser = currentUser;
    this.organisation = organisation;
  }

  /** The dashboard of a plan year; the current year in the ward's zone when none is given. */
  @GetMapping(path = "/api/dashboard", produces = "application/json")
  public ResponseEntity<Dashboard> dashboard(@RequestParam(name = "year", required = false) Integer year,
      HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    if (!caller.isAdmin() && !caller.inAny(organisation.leadership().id(), organisation.leadUnit().id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên, " + organisation.leadership().name()
          + " và " + organisation.leadUnit().name() + " được xem bảng theo dõi phong trào");
    }
    int selected = year == null ? service.currentYear() : year;
    if (!service.isPlanYear(selected)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Năm " + selected + " không thuộc giai đoạn của Kế hoạch.");
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(service.build(selected, caller.isAdmin()));
  }
}
