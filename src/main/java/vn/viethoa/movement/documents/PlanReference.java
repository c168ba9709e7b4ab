package vn.viethoa.movement.documents;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.lifecycle.MovementProcess;

/**
 * The ward's plan as documents cite it ("Kế hoạch số 45/KH-UBND ngày 20 tháng 3 năm 2026"): its
 * number and date as recorded when the movement was launched (or recorded mid-plan).
 */
@Component
public class PlanReference {

  private final HistoryService history;

  public PlanReference(HistoryService history) {
    this.history = history;
  }

  public record Plan(String number, LocalDate issuedOn) {}

  public Optional<Plan> find() {
    HistoricProcessInstance movement = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MovementProcess.KEY).orderByProcessInstanceStartTime().desc().listPage(0, 1)
        .stream().findFirst().orElse(null);
    if (movement == null) {
      return Optional.empty();
    }
    String number = value(movement.getId(), MovementProcess.PLAN_NUMBER.getName());
    String issued = value(movement.getId(), MovementProcess.PLAN_ISSUED_ON.getName());
    if (number == null || number.isBlank()) {
      return Optional.empty();
    }
    LocalDate issuedOn = null;
    if (issued != null && issued.length() >= 10) {
      try {
        issuedOn = LocalDate.parse(issued.substring(0, 10));
      } catch (RuntimeException e) {
        issuedOn = null;
      }
    }
    return Optional.of(new Plan(number.trim(), issuedOn));
  }

  /** "Kế hoạch số 45/KH-UBND ngày 20 tháng 3 năm 2026 của Ủy ban nhân dân phường Việt Hoà". */
  public String citation(String committee) {
    return find().map(p -> "Kế hoạch số " + p.number() + (p.issuedOn() == null ? "" : " " + VietnameseText.longDate(p.issuedOn()))
        + " của " + committee).orElse("Kế hoạch của " + committee);
  }

  private String value(String processInstanceId, String name) {
    HistoricVariableInstance v = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).list().stream().findFirst().orElse(null);
    return v == null || v.getValue() == null ? null : v.getValue().toString();
  }
}
