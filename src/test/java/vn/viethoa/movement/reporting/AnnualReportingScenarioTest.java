package vn.viethoa.movement.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.*;
import static vn.viethoa.movement.support.ReportingFixtures.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/** Section V of the plan: every unit reports before 30/11, the lead unit aggregates, leadership approves, the city receives it. */
@MovementTest
class AnnualReportingScenarioTest extends ReportingScenario {

  @Autowired ReportRepository reports;
  @Autowired WardReportRepository wardReports;

  static final List<String> GROUPS = IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n)).toList();

  @Test
  void the2026CycleOpenedOn26NovemberGivesEveryUnitATaskDue30NovemberInVietnam() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);

    assertThat(year.getBusinessKey()).isEqualTo("BAOCAO-2026");
    List<Task> open = tasks(year, TASK_SUBMIT_REPORT);
    assertThat(open).hasSize(26);
    for (String unit : UNITS) {
      Task task = taskOf(year, TASK_SUBMIT_REPORT, unit);
      assertDue(task.getDueDate(), "2026-11-30T17:00:00+07:00");
      // the Front is asked to cooperate, on its own form (no staff or dossier figures)
      assertThat(engine.getTaskService().getVariable(task.getId(), "reportFormId"))
          .isEqualTo(unit.equals(FRONT) ? "annual-report-front" : "annual-report-unit");
    }
    // residential groups would report to the office by 20/11, but the cycle opened after that: 30/11 for them too
    for (String group : GROUPS) {
      Task task = taskOf(year, TASK_SUBMIT_REPORT, group);
      assertDue(task.getDueDate(), "2026-11-30T17:00:00+07:00");
      assertThat(engine.getTaskService().getVariable(task.getId(), "reportFormId")).isEqualTo("annual-report-residential");
    }
    assertThat(engine.getTaskService().getVariable(taskOf(year, TASK_SUBMIT_REPORT, "vp").getId(), "reportDueText"))
        .as("the form's heading names the year already").isEqualTo("17:00 ngày 30/11");
    // the Tasklist columns are task variables, readable by the unit without reading the process instance
    assertThat(engine.getTaskService().getVariablesLocal(taskOf(year, TASK_SUBMIT_REPORT, "tdp-04").getId()))
        .containsEntry("unitName", "Tổ dân phố số 4").containsEntry("year", 2026);
  }

  @Test
  void aCycleOpenedInOctoberWaitsForTheWindowAndGivesResidentialGroupsAnEarlierDate() {
    clockAt("2027-10-15T09:00:00+07:00");
    ProcessInstance year = openYear(2027);
    assertThat(year).isWaitingAt(TIMER_WINDOW_OPENS);
    assertThat(tasks(year, TASK_SUBMIT_REPORT)).isEmpty();

    clockAt("2027-11-01T00:00:01+07:00");
    executeDueJobs(year.getId());
    assertThat(tasks(year, TASK_SUBMIT_REPORT)).hasSize(26);
    // 20/11/2027 is a Saturday: the residential groups' deadline moves to Monday 22/11
    assertDue(taskOf(year, TASK_SUBMIT_REPORT, "tdp-07").getDueDate(), "2027-11-22T17:00:00+07:00");
    assertDue(taskOf(year, TASK_SUBMIT_REPORT, "ttpvhcc").getDueDate(), "2027-11-30T17:00:00+07:00");
  }

  @Test
  void aFullYearAllUnitsReportTheLeadUnitAggregatesLeadershipApprovesAndTheCityReceivesIt() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);

    Map<String, Object> vp = unitReport(10, 1);
    vp.put("nominations", List.of(nomination("individual", "Nguyễn Thị Lan", "Chuyên viên, Văn phòng", "giay_khen")));
    report(year, "vp", vp);
    for (String unit : UNITS.subList(1, UNITS.size())) {
      report(year, unit, reportOfUnit(unit, unit.equals("kthtdt") ? 9 : 10, unit.equals("ttdvsnc") ? 0 : 2));
    }
    for (String group : GROUPS) {
      report(year, group, residentialReport(100, group.equals("tdp-20") ? 90 : 100));
    }

    // all 25 units of the Committee and groups reported: the aggregation opens before the deadline
    assertThat(year).isWaitingAt(TASK_AGGREGATE);
    Task aggregate = taskOf(year, TASK_AGGREGATE, "vhxh");
    String summary = (String) variable(year, "wardSummary");
    assertThat(summary)
        .contains("Đã báo cáo **25/25**")
        .contains("Hộ gia đình có địa chỉ số: 99,5% (chỉ tiêu 100%) — chưa đạt")
        .contains("Cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số: 98% (chỉ tiêu 100%) — chưa đạt")
        .contains("Đơn vị có ít nhất 1 sáng kiến: 4/5 đơn vị")
        .contains("- Trung tâm Dịch vụ sự nghiệp công: chưa có sáng kiến")
        .contains("- Phòng Kinh tế, Hạ tầng và Đô thị: chưa 100% cán bộ thành thạo nền tảng số")
        .contains("- Tổ dân phố số 20: chưa 100% hộ có địa chỉ số")
        .contains("**Chưa báo cáo:** không có.")
        .contains("**Đề nghị phối hợp — Mặt trận Tổ quốc và các đoàn thể:** đã gửi báo cáo phối hợp; 6 cuộc vận động, "
            + "2 cuộc giám sát, 3 kiến nghị sau giám sát.");
    assertThat(summary).doesNotContain("- Mặt trận Tổ quốc và các đoàn thể:");
    assertThat(summary).contains("15 buổi tập huấn, hội thảo với 600 lượt người");
    assertThat(aggregate.getName()).isEqualTo("Tổng hợp báo cáo của phường");
    assertThat(tasks(year, TASK_UPDATE_REPORT)).hasSize(26);

    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Hoàn thành cơ bản các chỉ tiêu."));
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "approved"));

    // approval closes the collection: no unit can change its figures any more
    assertThat(tasks(year, TASK_UPDATE_REPORT)).isEmpty();
    assertThat(year).isWaitingAt(TASK_SUBMIT_TO_CITY);
    assertDue(taskOf(year, TASK_SUBMIT_TO_CITY, "vhxh").getDueDate(), "2026-12-15T17:00:00+07:00");

    clockAt("2026-12-03T10:00:00+07:00");
    completeAs("canbo.vhxh", year, TASK_SUBMIT_TO_CITY, Map.of("cityDocumentNumber", "245/BC-UBND", "citySubmittedOn", "2026-12-03"));
    assertThat(year).isEnded().hasPassed(END_SUBMITTED);

    WardReport ward = wardReports.find(2026).orElseThrow();
    assertThat(ward.status()).isEqualTo(WardReport.Status.SUBMITTED);
    assertThat(ward.cityDocumentNumber()).isEqualTo("245/BC-UBND");
    assertThat(ward.approvedBy()).isEqualTo("chutich");
    assertThat(ward.aggregatedBy()).isEqualTo("canbo.vhxh");
    assertThat(reports.latest(2026)).hasSize(26).allSatisfy(r -> assertThat(r.late()).isFalse());
    StoredReport office = reports.latest(2026).stream().filter(r -> r.unitId().equals("vp")).findFirst().orElseThrow();
    assertThat(office.submittedBy()).isEqualTo("canbo.vp");
    assertThat(office.nominations()).singleElement().satisfies(n -> assertThat(n.name()).isEqualTo("Nguyễn Thị Lan"));
  }

  @Test
  void aLateUnitStaysOpenAfterTheDeadlineWhileTheAggregationStartsAndIsMarkedLate() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    for (String unit : UNITS) {
      if (!unit.equals("ttdvsnc")) {
        report(year, unit, reportOfUnit(unit, 10, 1));
      }
    }
    for (String group : GROUPS) {
      report(year, group, residentialReport(80, 80));
    }
    assertThat(tasks(year, TASK_AGGREGATE)).isEmpty();

    clockAt("2026-11-30T17:00:01+07:00");
    executeDueJobs(year.getId());

    assertThat(tasks(year, TASK_AGGREGATE)).hasSize(1);
    Task late = taskOf(year, TASK_SUBMIT_REPORT, "ttdvsnc");
    assertThat(late.getDueDate()).isBefore(java.util.Date.from(java.time.Instant.parse("2026-11-30T10:00:01Z")));
    assertThat((String) variable(year, "wardSummary")).contains("**Chưa báo cáo:** Trung tâm Dịch vụ sự nghiệp công.");

    clockAt("2026-12-01T08:30:00+07:00");
    report(year, "ttdvsnc", unitReport(10, 1));
    assertThat(reports.history(2026, "ttdvsnc")).singleElement().satisfies(r -> assertThat(r.late()).isTrue());
    assertThat((String) variable(year, "wardSummary"))
        .contains("**Báo cáo muộn:** Trung tâm Dịch vụ sự nghiệp công.")
        .contains("**Chưa báo cáo:** không có.");
  }

  @Test
  void leadershipReturnsTheReportWithACommentAndApprovesTheRevision() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    clockAt("2026-11-30T17:30:00+07:00");
    executeDueJobs(year.getId());
    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Bản đầu."));

    Task approve = tasks(year, TASK_APPROVE).get(0);
    actAs("chutich");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(approve.getId(), Map.of("decision", "returned")))
        .hasMessageContaining("“Nội dung cần chỉnh sửa, bổ sung” là bắt buộc.");
    engine.getIdentityService().clearAuthentication();
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "returned", "decisionComment", "Bổ sung số liệu tổ dân phố."));

    assertThat(year).isWaitingAt(TASK_AGGREGATE);
    assertThat(variable(year, "returnComment")).isEqualTo("Bổ sung số liệu tổ dân phố.");
    assertThat(wardReports.find(2026).orElseThrow().status()).isEqualTo(WardReport.Status.RETURNED);

    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Bản đã bổ sung."));
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "approved"));
    assertThat(year).isWaitingAt(TASK_SUBMIT_TO_CITY);
    assertThat(wardReports.find(2026).orElseThrow().assessment()).isEqualTo("Bản đã bổ sung.");
  }

  @Test
  void aUnitCorrectsItsFiguresBeforeApprovalAndTheHistoryKeepsBothVersions() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    report(year, "kthtdt", unitReport(8, 0));
    Map<String, Object> corrected = unitReport(10, 1);
    update(year, "kthtdt", corrected);

    List<StoredReport> history = reports.history(2026, "kthtdt");
    assertThat(history).extracting(StoredReport::version).containsExactly(1, 2);
    assertThat(history.get(0).count(ReportField.STAFF_PROFICIENT)).isEqualTo(8);
    assertThat(history.get(1).count(ReportField.STAFF_PROFICIENT)).isEqualTo(10);
    assertThat(history).allSatisfy(r -> assertThat(r.submittedBy()).isEqualTo("canbo.kthtdt"));
    assertThat(reports.latest(2026)).singleElement().satisfies(r -> assertThat(r.version()).isEqualTo(2));
    // the update task comes back for further corrections until approval
    assertThat(taskOf(year, TASK_UPDATE_REPORT, "kthtdt")).isNotNull();
  }

  @Test
  void the2030DeadlineOfSaturday30NovemberMovesToMonday2December() {
    clockAt("2030-11-05T09:00:00+07:00");
    ProcessInstance year = openYear(2030);
    Task task = taskOf(year, TASK_SUBMIT_REPORT, "vhxh");
    // a unit reporting on Monday is on time (movement.calendar.deadlines-on-working-days)
    assertDue(task.getDueDate(), "2030-12-02T17:00:00+07:00");
    assertThat(task.getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getDayOfWeek())
        .isEqualTo(java.time.DayOfWeek.MONDAY);
  }

  @Test
  void aYearOutsideThePlanOrAlreadyOpenIsRefused() {
    clockAt("2026-11-26T09:00:00+07:00");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2031)))
        .hasMessageContaining("“Năm báo cáo” phải trong giai đoạn 2026 - 2030 của Kế hoạch.");
    openYear(2026);
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026)))
        .hasMessageContaining("Quy trình báo cáo năm 2026 đã được khởi tạo.");
  }

  @Test
  void theCitySubmissionNeedsADocumentNumberAndAPlausibleDate() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    clockAt("2026-12-01T09:00:00+07:00");
    executeDueJobs(year.getId());
    completeAs("canbo.vhxh", year, TASK_AGGREGATE, Map.of("assessment", "Đánh giá."));
    completeAs("chutich", year, TASK_APPROVE, Map.of("decision", "approved"));
    Task submit = tasks(year, TASK_SUBMIT_TO_CITY).get(0);
    actAs("canbo.vhxh");
    Map<String, Object> bad = new HashMap<>(Map.of("cityDocumentNumber", "không số", "citySubmittedOn", "2026-12-09"));
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(submit.getId(), bad))
        .hasMessageContaining("“Số, ký hiệu văn bản” phải có dạng số/ký hiệu, ví dụ 245/BC-UBND.")
        .hasMessageContaining("“Ngày gửi” không được sau ngày hôm nay (01/12/2026).");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(submit.getId(),
            Map.of("cityDocumentNumber", "12/BC-UBND", "citySubmittedOn", "2026-11-20")))
        .hasMessageContaining("“Ngày gửi” không được trước ngày lãnh đạo duyệt báo cáo (01/12/2026).");
    engine.getIdentityService().clearAuthentication();
    assertThat(year).isWaitingAt(TASK_SUBMIT_TO_CITY);
  }
}
