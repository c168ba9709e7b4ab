package vn.viethoa.movement.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.support.ReportingFixtures.officialOf;
import static vn.viethoa.movement.support.ReportingFixtures.residentialReport;
import static vn.viethoa.movement.support.ReportingFixtures.unitReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.viethoa.movement.commendation.RoundKind;
import vn.viethoa.movement.organisation.UnitKind;
import vn.viethoa.movement.reporting.AnnualReportingProcess;
import vn.viethoa.movement.support.CommendationScenario;
import vn.viethoa.movement.support.MovementTest;
import vn.viethoa.movement.support.ReportingFixtures;

/**
 * Issue 15's scale run: a ward of 400 residential groups lives its 2026 reporting year (every unit
 * and group reports, the lead unit aggregates, leadership approves) and an annual commendation round
 * with 200 proposals (received, voted, decided). No string variable over Camunda's 4,000 characters,
 * no failed job or incident. Writes target/benchmarks/large-ward.md with the longest variables and
 * the time each stage took; asserts the limits, not a speed.
 */
@MovementTest
@Tag("bench")
// an engine of its own name, closed after the class (the shared context keeps "default")
@TestPropertySource(properties = {"movement.organisation.residential-groups.count=400",
    "camunda.bpm.process-engine-name=largeWard"})
@DirtiesContext
class LargeWardBenchmark extends CommendationScenario {

  static final int PROPOSALS = 200;

  @Test
  void fourHundredGroupsReportAndTwoHundredProposalsAreDecidedInOneRound() {
    List<String> groups = organisation.ofKind(UnitKind.RESIDENTIAL_GROUP).stream().map(u -> u.id()).toList();
    assertThat(groups).hasSize(400);
    List<List<String>> stages = new ArrayList<>();

    long start = System.nanoTime();
    clockAt("2026-11-02T09:00:00+07:00");
    ProcessInstance year = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportingProcess.KEY, Map.of("year", 2026));
    executeDueJobs(year.getId());
    for (String unit : ReportingFixtures.UNITS) {
      submit(officialOf(unit), year, taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, unit), unitReport(10, 1));
    }
    for (String group : groups) {
      submit(officialOf(group), year, taskOf(year, AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT, group),
          residentialReport(100, 100));
    }
    stages.add(stage("406 reports submitted", start));

    start = System.nanoTime();
    clockAt("2026-12-01T09:00:00+07:00");
    executeDueJobs(year.getId());
    submit("canbo.vhxh", year, taskOf(year, AnnualReportingProcess.Elements.TASK_AGGREGATE, "vhxh"),
        Map.of("assessment", "Hoàn thành các chỉ tiêu năm 2026."));
    submit("chutich", year, taskOf(year, AnnualReportingProcess.Elements.TASK_APPROVE, "lanhdao"), Map.of("decision", "approved"));
    stages.add(stage("aggregated and approved", start));

    start = System.nanoTime();
    clockAt("2026-12-05T09:00:00+07:00");
    ProcessInstance round = startRound(2026, RoundKind.annual);
    for (int i = 0; i < PROPOSALS; i++) {
      String group = groups.get(i);
      propose(round, group, List.of(household(group, "Hộ gia đình ông Nguyễn Văn Số " + (i + 1), 2)));
    }
    stages.add(stage(PROPOSALS + " proposals submitted", start));

    start = System.nanoTime();
    proposalWindowCloses(round);
    compileReceivingAll(round);
    everyMemberVotesFor(round);
    leadershipApprovesAll(round, Map.of("wardDecisionNumber", "15/QĐ-UBND", "wardDecisionDate", "2026-12-20"));
    stages.add(stage("received, voted, decided", start));

    assertThat(register.ofRound(round.getBusinessKey())).hasSize(PROPOSALS);
    List<List<String>> longest = new ArrayList<>();
    jdbc.query("select NAME_, length(TEXT_) as n from ACT_HI_VARINST where TEXT_ is not null order by length(TEXT_) desc limit 5",
        rs -> {
          longest.add(List.of(rs.getString(1), String.valueOf(rs.getLong(2))));
        });
    long incidents = engine.getManagementService().createJobQuery().withException().count()
        + engine.getRuntimeService().createIncidentQuery().count();

    BenchmarkReport report = new BenchmarkReport("large-ward", "A ward of 400 residential groups, 200 proposals in one round (H2)");
    report.line("406 reports of 2026 (6 units, 400 groups), aggregation, approval; an annual round in which the first 200 groups "
        + "each propose a household for a Giấy khen, all received, voted for by the three council members and approved. "
        + "Jobs of the reporting year and the round run as they fall due; reminder processes are started but their "
        + "jobs are not run. " + incidents + " failed jobs or incidents.");
    report.table(List.of("stage", "wall time"), stages);
    report.line("Longest string variables (Camunda's limit: 4,000 characters):");
    report.table(List.of("variable", "characters"), longest);
    report.write();

    assertThat(Long.parseLong(longest.get(0).get(1))).as("longest string variable").isLessThanOrEqualTo(4000);
    assertThat(incidents).isZero();
  }

  static List<String> stage(String name, long start) {
    return List.of(name, String.format("%.1f s", (System.nanoTime() - start) / 1e9));
  }
}
