package vn.viethoa.movement.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.commendation.CommendationRoundProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.MovementTest;

/**
 * Issue 16, item 9: whoever logs in lands on the filter with the lowest priority (Tasklist opens the
 * first of the list), and it holds that person's work: an official's and a group leader's unit tasks,
 * the lead unit's compilation, a council member's ballot (assigned to the person, offered to no group)
 * and the Chairman's ballot and decision.
 */
@MovementTest
class DefaultFilterTest extends CommendationScenario {

  @Test
  void everyRoleLandsOnAFilterThatListsItsWork() {
    clockAt("2026-12-02T09:00:00+07:00");
    reportOf(2026, "kthtdt", unitReport(10, 2));
    reportApproved(2026);
    clockAt("2026-12-05T09:00:00+07:00");
    ProcessInstance round = startRound(2026, RoundKind.annual);

    // the proposals: an official of a unit, a residential group's leader
    landsOnItsWork("canbo.kthtdt", round, TASK_PROPOSE);
    landsOnItsWork("totruong.05", round, TASK_PROPOSE);
    propose(round, "kthtdt", List.of(proposal("collective", "kthtdt", null, "giay_khen")));
    proposalWindowCloses(round);

    // the lead unit compiles
    landsOnItsWork("canbo.vhxh", round, TASK_COMPILE);
    compileReceivingAll(round);

    // a council member's ballot is assigned to the member, not offered to the council's group
    Task ballot = engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(TASK_VOTE)
        .taskAssignee("hoidong.01").singleResult();
    assertThat(ballot.getAssignee()).isEqualTo("hoidong.01");
    assertThat(engine.getTaskService().getIdentityLinksForTask(ballot.getId())).noneMatch(l -> l.getGroupId() != null);
    landsOnItsWork("hoidong.01", round, TASK_VOTE);
    landsOnItsWork("chutich", round, TASK_VOTE);
    everyMemberVotesFor(round);

    // the Chairman decides for the leadership
    landsOnItsWork("chutich", round, TASK_DECIDE);
  }

  /**
   * As the user: the readable filter with the lowest priority is the shared default one, and it lists
   * every open task the user may work on (offered to one of the user's groups, or assigned to the user),
   * among them one of this step.
   */
  void landsOnItsWork(String user, ProcessInstance round, String step) {
    actAs(user);
    try {
      Filter first = engine.getFilterService().createFilterQuery().list().stream()
          .min(Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
          .orElseThrow();
      assertThat(first.getName()).as("where " + user + " lands").isEqualTo(TasklistFilterSeeder.DEFAULT_FILTER);

      Set<String> listed = engine.getFilterService().<Task>list(first.getId()).stream().map(Task::getId)
          .collect(Collectors.toSet());
      Set<String> work = Stream.concat(
              engine.getTaskService().createTaskQuery().taskCandidateUser(user).includeAssignedTasks().list().stream(),
              engine.getTaskService().createTaskQuery().taskAssignee(user).list().stream())
          .map(Task::getId).collect(Collectors.toSet());
      assertThat(work).as("open work of " + user).isNotEmpty();
      assertThat(listed).as(user + "'s default filter").containsAll(work);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(round.getId()).taskDefinitionKey(step).list())
          .as(user + " sees a task of " + step).anyMatch(t -> listed.contains(t.getId()));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void theDefaultFilterKeepsTheColumnsOfTheUnitAndTheYear() {
    Filter first = engine.getFilterService().createFilterQuery().filterName(TasklistFilterSeeder.DEFAULT_FILTER).singleResult();
    assertThat(first.getProperties()).containsEntry("priority", 10);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> columns = (List<Map<String, String>>) first.getProperties().get("variables");
    assertThat(columns).extracting(c -> c.get("label")).containsExactly("Đơn vị", "Năm");
  }
}
