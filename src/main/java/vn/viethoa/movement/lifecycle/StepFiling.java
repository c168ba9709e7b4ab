package vn.viethoa.movement.lifecycle;

import static vn.viethoa.movement.lifecycle.MovementProcess.PERIOD_LABEL;
import static vn.viethoa.movement.lifecycle.MovementProcess.PERIOD_YEAR;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/**
 * What every step of the movement does when its task is completed, before its own work: check the
 * submission by the rules of its element (the REST API bypasses forms), and say who filed it, when,
 * for which period. Used by the step listeners, one bean per step.
 */
@Component
public class StepFiling {

  /** The period in a label written before the year was kept apart: "kỳ từ 01/10/2026 đến …". */
  private static final Pattern LABEL_YEAR = Pattern.compile("^kỳ từ \\d{2}/\\d{2}/(\\d{4}) ");

  private final MovementService service;
  private final IdentityService identityService;
  private final PlanClock clock;

  public StepFiling(MovementService service, IdentityService identityService, PlanClock clock) {
    this.service = service;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** Who filed what, for which period; {@code periodYear} is null outside a periodic duty. */
  public record Filed(String period, Integer periodYear, String actor, String processInstanceId, OffsetDateTime at) {}

  /**
   * Checks the completed task's submission (a violation fails the completion with its messages);
   * empty when the step ended otherwise (a deadline, a cancelled occurrence): nothing was filed.
   */
  public Optional<Filed> check(DelegateExecution execution) {
    if (!Submissions.isCompletion(execution)) {
      return Optional.empty();
    }
    service.readStep(execution.getCurrentActivityId(), FormInput.of(execution));
    String period = (String) execution.getVariable(PERIOD_LABEL.getName());
    Integer year = PERIOD_YEAR.from(execution).getOrNull();
    return Optional.of(new Filed(period, year != null ? year : yearOf(period), Submissions.actor(identityService),
        execution.getProcessInstanceId(), clock.nowOffset()));
  }

  /** The first unit of a duty's groups: the unit a record of the duty belongs to. */
  public String dutyUnit(String duty) {
    return service.dutyGroups(duty).split(",")[0];
  }

  static Integer yearOf(String periodLabel) {
    if (periodLabel == null) {
      return null;
    }
    Matcher m = LABEL_YEAR.matcher(periodLabel);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }

  static BigDecimal number(Object value) {
    return value instanceof Number n ? new BigDecimal(n.toString()) : null;
  }
}
