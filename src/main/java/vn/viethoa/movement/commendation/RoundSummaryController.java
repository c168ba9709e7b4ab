package vn.viethoa.movement.commendation;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * The page a round's summary links to when the round has more proposals than a form lists: every
 * proposal of the round from the register, now. For the lead unit, the council, leadership and
 * administrators, who review the whole round.
 */
@RestController
public class RoundSummaryController {

  private final ProposalService proposals;
  private final CurrentUser currentUser;
  private final Organisation organisation;

  public RoundSummaryController(ProposalService proposals, CurrentUser currentUser, Organisation organisation) {
    this.proposals = proposals;
    this.currentUser = currentUser;
    this.organisation = organisation;
  }

  @GetMapping("/api/commendations/rounds/{businessKey}/summary")
  public ResponseEntity<String> summary(@PathVariable String businessKey, HttpServletRequest request) {
    CurrentUser.Caller caller = currentUser.require(request);
    if (!caller.isAdmin()
        && !caller.inAny(organisation.leadUnit().id(), organisation.leadership().id(), organisation.council().id())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ Phòng Văn hoá - Xã hội, Hội đồng Thi đua - Khen thưởng, lãnh đạo UBND phường và quản trị viên xem được danh sách của đợt.");
    }
    CommendationRound round = roundOf(businessKey);
    String title = round.label();
    String body = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(title)
        + "</title><style>body{font-family:'Times New Roman',serif;max-width:60rem;margin:1rem auto;padding:0 1rem}"
        + "pre{white-space:pre-wrap;font-family:inherit;font-size:1rem}</style></head><body><h1>" + HtmlUtils.htmlEscape(title)
        + "</h1><pre>" + HtmlUtils.htmlEscape(proposals.summaryInFull(round)) + "</pre></body></html>";
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore()).body(body);
  }

  /** "KHENTHUONG-2027-interim_review" → the round (the process instance is not needed for the list). */
  static CommendationRound roundOf(String businessKey) {
    for (RoundKind kind : RoundKind.values()) {
      String suffix = "-" + kind.name();
      if (businessKey.startsWith("KHENTHUONG-") && businessKey.endsWith(suffix)) {
        String year = businessKey.substring("KHENTHUONG-".length(), businessKey.length() - suffix.length());
        if (year.matches("\\d{4}") && CommendationRoundProcess.businessKey(Integer.parseInt(year), kind).equals(businessKey)) {
          return new CommendationRound(Integer.parseInt(year), kind, null);
        }
      }
    }
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đợt khen thưởng " + businessKey + ".");
  }
}
