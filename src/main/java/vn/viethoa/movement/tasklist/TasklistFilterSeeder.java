package vn.viethoa.movement.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.commendation.CommendationRoundProcess;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.security.AuthorizationSeeder;
import vn.viethoa.movement.security.SecurityProperties;

/**
 * Creates the shared Tasklist filters (Vietnamese names) and shares them with every group by a
 * READ grant. Filters only select; what a user sees is still limited by task authorizations.
 */
@Component
public class TasklistFilterSeeder {

  /** The filter Tasklist opens first: every role's own work. */
  public static final String DEFAULT_FILTER = "Việc của đơn vị tôi";

  /** Business columns shown on task cards. */
  static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", "unitName", "label", "Đơn vị"),
      Map.of("name", "year", "label", "Năm"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final Organisation organisation;
  private final AuthorizationSeeder grants;
  private final SecurityProperties security;
  private final PlanCalendar calendar;

  public TasklistFilterSeeder(FilterService filterService, TaskService taskService, Organisation organisation,
      AuthorizationSeeder grants, SecurityProperties security, PlanCalendar calendar) {
    this.calendar = calendar;
    this.filterService = filterService;
    this.taskService = taskService;
    this.organisation = organisation;
    this.grants = grants;
    this.security = security;
  }

  public void seed() {
    // the first filter (lowest priority) is where Tasklist lands: it must hold every role's work, including
    // what is assigned to a person rather than offered to a group (a council member's ballot)
    share(ensure(DEFAULT_FILTER, 10, "#1f6fb2",
        "Công việc giao cho đơn vị (nhóm) của tôi, kể cả việc đã có người nhận, và việc giao riêng cho tôi "
            + "(phiếu biểu quyết của thành viên Hội đồng)",
        taskService.createTaskQuery()
            .or()
              .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
              .taskAssigneeExpression("${currentUser()}")
            .endOr()));
    share(ensure("Việc tôi đang xử lý", 20, "#2e8b57",
        "Công việc tôi đã nhận",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    share(ensure("Sắp đến hạn (7 ngày)", 30, "#d98c00",
        "Công việc có hạn xử lý trong 7 ngày tới",
        taskService.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}")));
    share(ensure("Quá hạn", 40, "#c0392b",
        "Công việc đã quá hạn xử lý",
        taskService.createTaskQuery().dueBeforeExpression("${now()}")));
    for (int year = calendar.firstYear(); year <= calendar.lastYear(); year++) {
      share(ensure("Báo cáo năm " + year, 50 + year - calendar.firstYear(), "#6c5b7b",
          "Công việc của kỳ báo cáo năm " + year,
          taskService.createTaskQuery().processDefinitionKey(AnnualReportingProcess.KEY).processVariableValueEquals("year", year)));
    }
    share(ensure("Xét khen thưởng", 60, "#b8860b",
        "Công việc của các đợt xét khen thưởng: đề xuất, tổng hợp, biểu quyết, quyết định, kết quả của thành phố",
        taskService.createTaskQuery().processDefinitionKey(CommendationRoundProcess.KEY)));
  }

  /** Creates the filter or brings an existing one of the same name up to date. */
  public Filter ensure(String name, int priority, String color, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", COLUMNS);
    filter.setOwner(security.adminUser());
    filter.setQuery(query);
    filter.setProperties(properties);
    return filterService.saveFilter(filter);
  }

  /** Lets every group of the organisation use the filter. */
  public void share(Filter filter) {
    for (Unit unit : organisation.all()) {
      grants.grant(unit.id(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
