package vn.viethoa.movement.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.AnnualReportDates;
import vn.viethoa.movement.calendar.PlanCalendar;
import vn.viethoa.movement.calendar.PlanCalendarProperties;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.calendar.VietnameseDates;
import vn.viethoa.movement.reporting.WardReport;

/**
 * Where the movement stands against its calendar: the launch (before Q2/2026), each year's reports
 * (units before 30/11, the ward's report to the city), the interim review at the end of 2027 and the
 * final review in 2030. Dates come from the plan calendar; what is done comes from the movement's
 * instance (three engine queries, whatever the number of years) and the ward's reports.
 */
@Component
public class MovementMilestones {

  private final PlanCalendarProperties properties;
  private final PlanCalendar calendar;
  private final PlanClock clock;
  private final HistoryService history;

  public MovementMilestones(PlanCalendarProperties properties, PlanCalendar calendar, PlanClock clock, HistoryService history) {
    this.properties = properties;
    this.calendar = calendar;
    this.clock = clock;
    this.history = history;
  }

  /** Every milestone of the plan in date order: done ones, the current one, the next one, the rest. */
  public List<Milestone> milestones(Map<Integer, WardReport> wardReports) {
    Optional<HistoricProcessInstance> movement = movement();
    Map<String, Object> variables = new HashMap<>();
    Map<String, HistoricActivityInstance> reviews = new HashMap<>();
    movement.ifPresent(m -> {
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(m.getId())
          .variableNameIn(MovementProcess.PLAN_NUMBER.getName(), MovementProcess.LAUNCHED_ON.getName()).list()) {
        if (v.getValue() != null) {
          variables.put(v.getName(), v.getValue());
        }
      }
      for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(m.getId())
          .activityType("subProcess").list()) {
        if (MovementProcess.Elements.SUBPROCESS_INTERIM_REVIEW.equals(a.getActivityId())
            || MovementProcess.Elements.SUBPROCESS_FINAL_REVIEW.equals(a.getActivityId())) {
          reviews.merge(a.getActivityId(), a, (x, y) -> x.getStartTime().after(y.getStartTime()) ? x : y);
        }
      }
    });

    List<Draft> drafts = new ArrayList<>();
    drafts.add(launch(movement.isPresent(), variables));
    for (int year = properties.firstYear(); year <= properties.lastYear(); year++) {
      drafts.add(year(year, wardReports.get(year)));
    }
    var m = properties.milestones();
    drafts.add(review("interim-review", "Sơ kết giai đoạn 1 (" + properties.firstYear() + " - " + m.phaseOneLastYear() + ")",
        m.interimReviewDue(), reviews.get(MovementProcess.Elements.SUBPROCESS_INTERIM_REVIEW), "Đang sơ kết", m.phaseOneLastYear()));
    drafts.add(review("final-review", "Tổng kết toàn giai đoạn (" + properties.firstYear() + " - " + properties.lastYear() + ")",
        m.finalReviewDue(), reviews.get(MovementProcess.Elements.SUBPROCESS_FINAL_REVIEW), "Đang tổng kết", properties.lastYear()));
    drafts.sort(Comparator.comparing(Draft::date));

    List<Milestone> result = new ArrayList<>();
    int notDone = 0;
    for (Draft d : drafts) {
      Milestone.Status status;
      if (d.doneOn() != null || d.done()) {
        status = Milestone.Status.DONE;
      } else {
        status = switch (notDone++) {
          case 0 -> Milestone.Status.CURRENT;
          case 1 -> Milestone.Status.NEXT;
          default -> Milestone.Status.UPCOMING;
        };
      }
      boolean overdue = status != Milestone.Status.DONE && clock.now().isAfter(d.closes());
      result.add(new Milestone(d.key(), d.title(), d.date(), status, overdue, d.doneOn(), d.detail(), d.year()));
    }
    return result;
  }

  /**
   * The movement's instance: the running one, else the last one that completed (deleted ones do not
   * count). Found by the plan's business key as well as the process key: the engine joins the process
   * key through the definitions, which the database cannot use to pick a few rows out of the history
   * of every reminder process (city-scale benchmark, docs/benchmarks.md); the business key is indexed.
   */
  private Optional<HistoricProcessInstance> movement() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(MovementProcess.KEY)
        .processInstanceBusinessKey(MovementProcess.businessKey(properties.firstYear(), properties.lastYear()))
        .orderByProcessInstanceStartTime().desc().listPage(0, 10).stream()
        .filter(p -> p.getState() == null || !p.getState().endsWith("TERMINATED"))
        .findFirst();
  }

  private record Draft(String key, String title, LocalDate date, Instant closes, boolean done, LocalDate doneOn,
      String detail, Integer year) {}

  private Draft launch(boolean movementExists, Map<String, Object> variables) {
    LocalDate due = properties.milestones().launchDue();
    LocalDate launchedOn = parseDate(variables.get(MovementProcess.LAUNCHED_ON.getName()));
    Object number = variables.get(MovementProcess.PLAN_NUMBER.getName());
    String detail;
    if (launchedOn != null) {
      detail = (number == null ? "Kế hoạch" : "Kế hoạch số " + number) + ", phát động ngày " + VietnameseDates.date(launchedOn);
    } else if (movementExists) {
      detail = "Chưa phát động; hạn: " + VietnameseDates.deadline(clock.deadlineOn(due));
    } else {
      detail = "Chưa có quy trình phong trào trên hệ thống";
    }
    return new Draft("launch", "Ban hành kế hoạch, phát động phong trào", due, clock.deadlineOn(due).toInstant(),
        launchedOn != null, launchedOn, detail, null);
  }

  private Draft year(int year, WardReport report) {
    AnnualReportDates dates = calendar.annualReport(year);
    LocalDate unitDue = dates.unitDue().toLocalDate();
    String deadlines = "hạn báo cáo: " + VietnameseDates.deadline(dates.unitDue(), year)
        + "; hạn gửi UBND thành phố: " + VietnameseDates.deadline(dates.cityDue(), year);
    if (report != null && report.status() == WardReport.Status.SUBMITTED) {
      String doc = report.cityDocumentNumber() == null ? "" : " (văn bản số " + report.cityDocumentNumber() + ")";
      return new Draft("year-" + year, "Báo cáo kết quả phong trào năm " + year, unitDue, dates.cityDue().toInstant(),
          true, report.citySubmittedOn(), "Đã gửi UBND thành phố" + doc, year);
    }
    String state;
    boolean windowAhead = clock.now().isBefore(dates.windowOpens().toInstant());
    // a cycle started early (the year before is done) is not collecting before its window opens
    if (report != null && !(windowAhead && report.status() == WardReport.Status.COLLECTING)) {
      state = report.status().label();
    } else if (windowAhead) {
      state = "Kỳ báo cáo mở ngày " + VietnameseDates.date(dates.windowOpens());
    } else {
      state = "Chưa mở kỳ báo cáo";
    }
    return new Draft("year-" + year, "Báo cáo kết quả phong trào năm " + year, unitDue, dates.cityDue().toInstant(),
        false, null, state + "; " + deadlines, year);
  }

  private Draft review(String key, String title, LocalDate due, HistoricActivityInstance activity, String running, int year) {
    ZonedDateTime closes = clock.deadlineOn(due);
    if (activity != null && activity.getEndTime() != null && !activity.isCanceled()) {
      LocalDate doneOn = activity.getEndTime().toInstant().atZone(clock.zone()).toLocalDate();
      return new Draft(key, title, due, closes.toInstant(), true, doneOn, "Đã hoàn thành", year);
    }
    String deadline = VietnameseDates.deadline(closes, year);
    String detail = activity != null && activity.getEndTime() == null ? running + "; hạn: " + deadline : "Hạn: " + deadline;
    return new Draft(key, title, due, closes.toInstant(), false, null, detail, year);
  }

  private static LocalDate parseDate(Object value) {
    if (value instanceof String text && text.length() >= 10) {
      try {
        return LocalDate.parse(text.substring(0, 10));
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
