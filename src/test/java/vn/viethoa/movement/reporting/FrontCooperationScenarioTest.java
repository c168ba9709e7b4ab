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
import vn.viethoa.movement.reminders.TaskRemindersProcess;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingScenario;

/**
 * The plan's 30/11 duty covers the units under the Committee; the Fatherland Front coordinates and
 * supervises. The Committee asks the Front to cooperate ("đề nghị phối hợp") on the Front's own
 * form, does not score it against the collective targets and never escalates its late tasks to the
 * Committee's leadership: the overdue notice goes to the Front itself.
 */
@MovementTest
class FrontCooperationScenarioTest extends ReportingScenario {

  @Autowired ReportRepository reports;

  static final List<String> GROUPS = IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n)).toList();

  ProcessInstance remindersOf(Task task) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TaskRemindersProcess.KEY)
        .variableValueEquals("taskId", task.getId()).singleResult();
  }

  @Test
  void theFrontIsAskedToCooperateOnItsOwnFormAndTheCommitteesFiguresAreRefused() throws Exception {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    Task front = taskOf(year, TASK_SUBMIT_REPORT, FRONT);
    assertThat(front.getName()).isEqualTo("Đề nghị phối hợp báo cáo kết quả vận động, giám sát phong trào năm");
    assertThat(engine.getTaskService().getVariable(front.getId(), "reportFormId")).isEqualTo("annual-report-front");
    assertThat(taskOf(year, TASK_SUBMIT_REPORT, "kthtdt").getName()).isEqualTo("Báo cáo kết quả thực hiện phong trào năm");

    // the new-task mail says the Committee asks for cooperation
    executeDueJobs(remindersOf(front).getId());
    assertThat(subjectsTo("canbo.mttq@viethoa.example")).containsExactly("[Đề nghị phối hợp] Đề nghị phối hợp báo cáo kết quả "
        + "vận động, giám sát phong trào năm 2026 – hạn 17:00 ngày 30/11/2026 (Mặt trận Tổ quốc và các đoàn thể)");
    assertThat(part(mailsTo("canbo.mttq@viethoa.example").get(0), "text/plain"))
        .contains("Ủy ban nhân dân phường Việt Hoà đề nghị Mặt trận Tổ quốc và các đoàn thể phối hợp thực hiện công việc");

    // the Committee's staff and dossier figures are not on the Front's form: the engine refuses them
    Map<String, Object> committeeForm = new HashMap<>(frontReport());
    committeeForm.put("staffTotal", 10L);
    assertThatThrownBy(() -> report(year, FRONT, committeeForm)).hasMessageContaining("staffTotal");
    // its own figures are required: coordination and supervision results
    Map<String, Object> empty = new HashMap<>(frontReport());
    empty.remove("supervisionResults");
    assertThatThrownBy(() -> report(year, FRONT, empty)).hasMessageContaining("Kết quả giám sát, phản biện xã hội");

    report(year, FRONT, frontReport());
    StoredReport stored = reports.latest(2026).stream().filter(r -> r.unitId().equals(FRONT)).findFirst().orElseThrow();
    assertThat(stored.count(ReportField.SUPERVISIONS_HELD)).isEqualTo(2);
    assertThat(stored.values().get(ReportField.SUPERVISION_RESULTS).toString()).startsWith("Giám sát việc cài đặt");
    assertThat(stored.has(ReportField.STAFF_TOTAL)).isFalse();
    assertThat(stored.nominations()).isEmpty();
  }

  @Test
  void theAggregationDoesNotWaitForTheFrontAndNeverShowsItBelowTarget() {
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    for (String unit : UNITS) {
      if (!unit.equals(FRONT)) {
        report(year, unit, unitReport(10, 1));
      }
    }
    for (String group : GROUPS) {
      report(year, group, residentialReport(100, 100));
    }

    // every unit under the Committee and every group reported: the aggregation opens before 30/11
    assertThat(year).isWaitingAt(TASK_AGGREGATE);
    String summary = (String) variable(year, "wardSummary");
    assertThat(summary).contains("Đã báo cáo **25/25**").contains("Đơn vị có ít nhất 1 sáng kiến: 5/5 đơn vị")
        .contains("**Chưa báo cáo:** không có.")
        .contains("**Đề nghị phối hợp — Mặt trận Tổ quốc và các đoàn thể:** chưa gửi báo cáo phối hợp.")
        .contains("**Đơn vị, tổ dân phố chưa đạt chỉ tiêu**\n\n- Không có.");

    // the Front answers after the deadline: it is neither late nor below target, and the units' figures do not move
    clockAt("2026-12-01T09:00:00+07:00");
    report(year, FRONT, frontReport());
    summary = (String) variable(year, "wardSummary");
    assertThat(summary).contains("Đã báo cáo **25/25**").contains("**Báo cáo muộn:** không có.")
        .contains("Cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số: 100% (chỉ tiêu 100%) — đạt")
        .contains("đã gửi báo cáo phối hợp; 6 cuộc vận động, 2 cuộc giám sát, 3 kiến nghị sau giám sát.")
        .doesNotContain("- Mặt trận Tổ quốc và các đoàn thể:");
  }

  @Test
  void theFrontsOverdueNoticeGoesToTheFrontAndIsNeverEscalatedToTheCommitteesLeadership() throws Exception {
    forgetOverdueDigests();
    clockAt("2026-11-26T09:00:00+07:00");
    ProcessInstance year = openYear(2026);
    ProcessInstance frontReminders = remindersOf(taskOf(year, TASK_SUBMIT_REPORT, FRONT));
    ProcessInstance unitReminders = remindersOf(taskOf(year, TASK_SUBMIT_REPORT, "ttdvsnc"));
    for (String day : List.of("2026-11-26T09:00:05+07:00", "2026-11-27T08:00:05+07:00", "2026-12-01T08:00:05+07:00",
        "2026-12-03T08:00:05+07:00")) {
      clockAt(day);
      executeDueJobs(frontReminders.getId());
      executeDueJobs(unitReminders.getId());
    }
    assertThat(subjectsTo("canbo.mttq@viethoa.example")).hasSize(3).last().asString().startsWith("[Quá hạn]");
    assertThat(part(mailsTo("canbo.mttq@viethoa.example").get(2), "text/plain"))
        .contains("Công việc đề nghị phối hợp dưới đây đã quá thời hạn đề nghị.");
    // the Front's reminders end after its overdue notice: nothing is left to escalate
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(frontReminders.getId()).count()).isZero();
    assertThat(jdbc.queryForList("select unit_name from escalation", String.class))
        .containsExactly("Trung tâm Dịch vụ sự nghiệp công");

    clockAt("2026-12-03T08:30:00+07:00");
    sendOverdueDigest();
    for (String boss : List.of("canbo.vhxh@viethoa.example", "chutich@viethoa.example")) {
      assertThat(subjectsTo(boss)).filteredOn(s -> s.startsWith("[Báo cáo lãnh đạo]"))
          .containsExactly("[Báo cáo lãnh đạo] 1 công việc quá hạn – ngày 03/12/2026");
      String digest = part(mailsTo(boss).stream().filter(m -> {
        try {
          return m.getSubject().startsWith("[Báo cáo lãnh đạo]");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).findFirst().orElseThrow(), "text/plain");
      assertThat(digest).contains("Trung tâm Dịch vụ sự nghiệp công").doesNotContain("Mặt trận");
    }
  }
}
