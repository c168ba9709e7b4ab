package vn.viethoa.movement.commendation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.security.CurrentUser;

/**
 * The one narrow action the lead unit needs outside Tasklist: recording the city's answers to a
 * round's proposals (by the round's business key, e.g. from the city's system with the lead unit's
 * account). It completes the round's own "Ghi kết quả khen thưởng của UBND thành phố" task as the
 * caller, so the form's check, the task's rights and the register's rules apply as in Tasklist. The
 * task belongs to the round's city-answer tracking (commendation-city-answers, same business key).
 * The engine's message API stays for administrators only (docs/security.md).
 */
@RestController
public class CityAnswerController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TaskService taskService;
  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final Organisation organisation;

  public CityAnswerController(TaskService taskService, IdentityService identityService, CurrentUser currentUser,
      Organisation organisation) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.organisation = organisation;
  }

  /** Body: {@code {"cityAnswers": [{"proposalId": 12, "outcome": "commended", "decisionNumber": …, "decisionDate": …}]}}. */
  @PostMapping(path = "/api/commendations/rounds/{businessKey}/city-answers", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> record(@PathVariable String businessKey, @RequestBody Map<String, Object> body,
      HttpServletRequest request) throws JsonProcessingException {
    CurrentUser.Caller caller = currentUser.require(request);
    if (request.getSession(false) != null && !CurrentUser.fromOwnPage(request)) {
      return answer(HttpStatus.FORBIDDEN, "Yêu cầu từ trang khác bị từ chối.");
    }
    if (!caller.isAdmin() && !caller.inAny(organisation.leadUnit().id())) {
      return answer(HttpStatus.FORBIDDEN, "Chỉ " + organisation.leadUnit().name() + " ghi kết quả khen thưởng của UBND thành phố.");
    }
    List<Task> waiting = taskService.createTaskQuery().processDefinitionKey(CityAnswersProcess.KEY)
        .processInstanceBusinessKey(businessKey).taskDefinitionKey(CityAnswersProcess.Elements.TASK_CITY_ANSWER).list();
    if (waiting.isEmpty()) {
      return answer(HttpStatus.NOT_FOUND, "Không có đợt khen thưởng " + businessKey + " đang chờ kết quả của UBND thành phố.");
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    body.forEach((name, value) -> variables.put(name, value instanceof List<?> || value instanceof Map<?, ?>
        ? SpinValues.jsonValue(toJson(value)).create() : value));
    identityService.setAuthentication(caller.userId(), caller.groupIds());
    try {
      taskService.complete(waiting.get(0).getId(), variables);
    } catch (FormFieldValidationException e) {
      return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    } catch (AuthorizationException e) {
      return answer(HttpStatus.FORBIDDEN, e.getMessage());
    } finally {
      identityService.clearAuthentication();
    }
    return answer(HttpStatus.OK, "Đã ghi kết quả khen thưởng của UBND thành phố.");
  }

  private static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status.value(), "message", message));
  }
}
