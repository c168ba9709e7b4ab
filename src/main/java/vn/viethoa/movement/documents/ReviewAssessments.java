package vn.viethoa.movement.documents;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.lifecycle.MovementProcess;
import vn.viethoa.movement.lifecycle.MovementProcess.Elements;

/**
 * The lead unit's assessment of a review, as typed in "Xây dựng báo cáo sơ kết / tổng kết"
 * ({@code reviewAssessment}), while the movement is still in that review's later steps. Before it
 * is written, or once the review is over, there is none and the document says so.
 */
@Component
public class ReviewAssessments {

  static final String VARIABLE = "reviewAssessment";
  private static final Set<String> AFTER_INTERIM_PREPARATION = Set.of(Elements.TASK_HOLD_INTERIM_CONFERENCE,
      Elements.CALL_INTERIM_COMMENDATION, Elements.TASK_SEND_INTERIM_RESULT);
  private static final Set<String> AFTER_FINAL_PREPARATION = Set.of(Elements.TASK_HOLD_FINAL_CONFERENCE,
      Elements.CALL_FINAL_COMMENDATION, Elements.TASK_SEND_FINAL_RESULT);

  private final RuntimeService runtime;

  public ReviewAssessments(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public String current(ReviewKind kind) {
    Set<String> steps = kind == ReviewKind.INTERIM ? AFTER_INTERIM_PREPARATION : AFTER_FINAL_PREPARATION;
    for (ProcessInstance movement : runtime.createProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY).list()) {
      List<String> active = runtime.getActiveActivityIds(movement.getId());
      if (active.stream().anyMatch(steps::contains)) {
        Object text = runtime.getVariable(movement.getId(), VARIABLE);
        return text == null ? null : text.toString();
      }
    }
    return null;
  }
}
