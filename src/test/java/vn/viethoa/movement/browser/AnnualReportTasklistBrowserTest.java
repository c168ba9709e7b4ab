package vn.viethoa.movement.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_AGGREGATE;
import static vn.viethoa.movement.reporting.AnnualReportingProcess.Elements.TASK_SUBMIT_REPORT;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.viethoa.movement.reporting.ReportRepository;
import vn.viethoa.movement.reporting.WardReportRepository;
import vn.viethoa.movement.support.ReportingFixtures;

/**
 * Issue 7: a unit's official reports the year's results in Tasklist as the user guide tells
 * (docs/user-guide.md), in a Vietnamese browser, and the lead unit then gets the aggregation.
 */
@Tag("browser")
class AnnualReportTasklistBrowserTest extends BrowserTest {

  static final String UNIT = "kthtdt";
  static final String UNIT_NAME = "Phòng Kinh tế, Hạ tầng và Đô thị";
  static final String OFFICIAL = "canbo.kthtdt";
  static final String REPORT_TASK = "Báo cáo kết quả thực hiện phong trào năm";
  static final String AGGREGATION_TASK = "Tổng hợp báo cáo của phường";
  static final String UNIT_FILTER = "Việc của đơn vị tôi";

  @Autowired ReportRepository reports;
  @Autowired WardReportRepository wardReports;

  @Test
  void aUnitOfficialFindsClaimsFillsAndCompletesTheReportThenTheLeadUnitSeesTheAggregation() {
    ProcessInstance year = openYearDueAhead();
    int y = yearOf(year);
    Task task = taskOf(year, TASK_SUBMIT_REPORT, UNIT);

    // logging in
    browser().openLogin("tasklist");
    assertNoEnglishVisible("trang đăng nhập");
    browser().fillLogin(OFFICIAL, "demo");
    browser().screenshot("tasklist-dang-nhap");
    browser().submitLogin();

    // the unit's filter lists the report with its due date, 17:00 on 30/11 Vietnam time
    openFilter(UNIT_FILTER);
    assertThat(taskCards()).hasSize(1);
    WebElement card = taskCard(REPORT_TASK, UNIT_NAME).orElseThrow();
    assertThat(card.getText()).contains("Hạn xử lý", "Báo cáo kết quả phong trào thi đua hằng năm", String.valueOf(y));
    assertThat(dueTooltip(card)).contains("30/11/" + y + " 17:00");
    assertNoEnglishVisible("danh sách công việc");
    browser().screenshot("tasklist-viec-cua-don-vi");

    // claim, fill, complete
    openTask(REPORT_TASK, UNIT_NAME);
    assertThat(browser().visibleText()).contains(UNIT_NAME + " — hạn báo cáo: 17:00 ngày 30/11.");
    claim();
    fillValidReport();
    addNomination("Cá nhân", "Trần Văn Minh", "Chuyên viên, Phòng Kinh tế, Hạ tầng và Đô thị",
        "Giấy khen của Chủ tịch UBND phường");
    assertNoEnglishVisible("biểu mẫu báo cáo năm");
    browser().screenshot("bieu-mau-de-nghi-khen-thuong");
    scrollFormToTop();
    browser().screenshot("bieu-mau-bao-cao-nam");

    clickComplete();
    browser().until(d -> taskCards().isEmpty());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNull();
    assertThat(reports.history(y, UNIT)).singleElement().satisfies(r -> {
      assertThat(r.submittedBy()).isEqualTo(OFFICIAL);
      assertThat(r.late()).isFalse();
      assertThat(r.nominations()).singleElement().satisfies(n -> assertThat(n.name()).isEqualTo("Trần Văn Minh"));
    });
    executeDueJobs(year.getId());

    // the other 25 report (through the engine, as in the scenario tests): the aggregation opens
    for (String unit : ReportingFixtures.UNITS) {
      if (!unit.equals(UNIT)) {
        report(year, unit, ReportingFixtures.reportOfUnit(unit, 10, 1));
      }
    }
    IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n))
        .forEach(group -> report(year, group, ReportingFixtures.residentialReport(100, 100)));
    assertThat(tasks(year, TASK_AGGREGATE)).hasSize(1);

    browser().login("tasklist", "canbo.vhxh", "demo");
    openFilter(UNIT_FILTER);
    assertThat(taskCard(AGGREGATION_TASK, null)).as("Phòng Văn hoá - Xã hội sees “" + AGGREGATION_TASK + "”").isPresent();
    openTask(AGGREGATION_TASK, null);
    assertThat(browser().visibleText()).contains("Đã báo cáo 25/25")
        .as("no return comment before leadership returned the report").doesNotContain("Lãnh đạo trả lại");
    assertNoEnglishVisible("biểu mẫu tổng hợp");
    browser().screenshot("tasklist-tong-hop-bao-cao");
  }

  @Test
  void badInputShowsVietnameseMessagesAndTheTaskStaysOpen() {
    ProcessInstance year = openYearDueAhead();
    int y = yearOf(year);
    Task task = taskOf(year, TASK_SUBMIT_REPORT, UNIT);

    browser().login("tasklist", OFFICIAL, "demo");
    openFilter(UNIT_FILTER);
    openTask(REPORT_TASK, UNIT_NAME);
    claim();

    // checks in the browser (form-js), as the official types: a negative count, a required field
    // emptied; "Hoàn thành" stays disabled while the form shows an error
    fill("Field_trainingsHeld", -3);
    fill("Field_results", "Đang cập nhật");
    fill("Field_results", "");
    browser().until(d -> fieldErrors().size() >= 2);
    assertThat(fieldErrors())
        .containsExactly("Giá trị không được nhỏ hơn 0.", "Trường này là bắt buộc.");
    assertThat(completeButton().isEnabled()).as("“Hoàn thành” while the form shows errors").isFalse();
    WebElement firstError = browser().all(By.cssSelector("[cam-tasklist-form] .fjs-form-field-error")).get(0);
    browser().script("arguments[0].scrollIntoView({block: 'center'});", firstError);
    assertNoEnglishVisible("lỗi nhập liệu trong biểu mẫu");
    browser().screenshot("loi-bieu-mau");

    // checks on the server: more proficient staff than staff, a person proposed without a position
    fillValidReport();
    fill("Field_staffProficient", 12);
    addNomination("Cá nhân", "Trần Văn Minh", null, "Giấy khen của Chủ tịch UBND phường");
    clickComplete();
    WebElement box = browser().waitText(By.cssSelector(".page-notifications .alert-danger"), "không được lớn hơn");
    assertThat(box.getText())
        .contains("Đã xảy ra lỗi khi gửi biểu mẫu công việc")
        .contains("“Số cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số” không được lớn hơn "
            + "“Tổng số cán bộ, công chức, viên chức của đơn vị”.")
        .contains("đề nghị khen thưởng cá nhân cần ghi chức vụ, đơn vị công tác.")
        .doesNotContain("Cannot", "task", "ENGINE");
    browser().script("arguments[0].scrollIntoView({block: 'center'});", box);
    assertNoEnglishVisible("thông báo lỗi của máy chủ");
    browser().screenshot("loi-kiem-tra-du-lieu");

    // nothing was stored, the task is still open and still the official's, the form keeps the values
    Task open = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(open).as("the report task stays open").isNotNull();
    assertThat(open.getAssignee()).isEqualTo(OFFICIAL);
    assertThat(reports.history(y, UNIT)).isEmpty();
    assertThat(field("Field_staffProficient").getDomProperty("value")).isEqualTo("12");
    assertThat(taskCard(REPORT_TASK, UNIT_NAME)).isPresent();
  }

  @Test
  void anOfficialOfAnotherUnitDoesNotSeeTheTask() {
    ProcessInstance year = openYearDueAhead();
    int y = yearOf(year);
    Task foreign = taskOf(year, TASK_SUBMIT_REPORT, UNIT);

    browser().login("tasklist", "canbo.ttdvsnc", "demo");
    // the engine reads "Sắp đến hạn (7 ngày)" with its own clock: three days before the year's
    // deadline, whatever today's date (after 30/11 the open year's deadline is a year away)
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(foreign.getDueDate().toInstant().minus(java.time.Duration.ofDays(3))));
    try {
      for (String filter : List.of(UNIT_FILTER, "Sắp đến hạn (7 ngày)", "Báo cáo năm " + y)) {
        openFilter(filter);
        assertThat(taskCards()).as(filter).hasSize(1);
        assertThat(taskCards().get(0).getText()).as(filter)
            .contains("Trung tâm Dịch vụ sự nghiệp công").doesNotContain(UNIT_NAME);
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    // nor by the task's address
    browser().driver().get(browser().url("/camunda/app/tasklist/default/#/?task=" + foreign.getId()));
    browser().waitForApp();
    browser().settle();
    assertThat(browser().all(By.cssSelector("[cam-tasklist-form] .fjs-form"))).isEmpty();
    assertThat(browser().visibleText()).doesNotContain(UNIT_NAME);

    // a residential group leader sees the group's own report only
    browser().login("tasklist", "totruong.05", "demo");
    openFilter(UNIT_FILTER);
    assertThat(taskCards()).singleElement()
        .satisfies(card -> assertThat(card.getText()).contains("Tổ dân phố số 5").doesNotContain(UNIT_NAME));
  }

  @Test
  void theLeadUnitTypesTheDateOfTheSubmissionToTheCityDayFirst() {
    ProcessInstance year = openYearDueAhead();
    int y = yearOf(year);
    for (String unit : ReportingFixtures.UNITS) {
      report(year, unit, ReportingFixtures.reportOfUnit(unit, 10, 1));
    }
    IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("tdp-%02d", n))
        .forEach(group -> report(year, group, ReportingFixtures.residentialReport(100, 100)));
    completeAs("canbo.vhxh", year, TASK_AGGREGATE, java.util.Map.of("assessment", "Hoàn thành các chỉ tiêu."));
    completeAs("chutich", year, "Task_ApproveWardReport", java.util.Map.of("decision", "approved"));

    browser().login("tasklist", "canbo.vhxh", "demo");
    openFilter(UNIT_FILTER);
    openTask("Gửi báo cáo năm lên UBND thành phố", null);
    claim();
    fill("Field_cityDocumentNumber", "245/BC-UBND");

    // the date field asks for day/month/year in Vietnamese, its calendar is Vietnamese, weeks from Monday
    WebElement date = field("Field_citySubmittedOn-date");
    assertThat(date.getDomAttribute("placeholder")).isEqualTo("ngày/tháng/năm");
    date.click();
    WebElement calendar = browser().waitVisible(By.cssSelector("[cam-tasklist-form] .flatpickr-calendar"));
    assertThat(calendar.getText()).contains("Tháng").doesNotContain("January", "December", "Mon", "Sun");
    assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText().trim()).isEqualTo("T2");
    assertNoEnglishVisible("biểu mẫu gửi báo cáo lên thành phố");
    browser().screenshot("bieu-mau-chon-ngay");
    // today in Vietnam, typed day first (the server refuses a date after today)
    java.time.LocalDate today = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().atZone(VIETNAM).toLocalDate();
    fill("Field_citySubmittedOn-date", today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear());
    browser().script("arguments[0].blur();", field("Field_citySubmittedOn-date"));
    assertThat(fieldErrors()).isEmpty();

    clickComplete();
    browser().until(d -> taskCard("Gửi báo cáo năm lên UBND thành phố", null).isEmpty());
    assertThat(wardReports.find(y).orElseThrow().citySubmittedOn()).isEqualTo(today);
  }

  // -----------------------------------------------------------------------------------------------

  /** The figures of a unit that did its part, typed as an official would. */
  private void fillValidReport() {
    fill("Field_trainingsHeld", 4);
    fill("Field_trainingParticipants", 160);
    fill("Field_articlesPublished", 6);
    fill("Field_treesPlanted", 120);
    fill("Field_initiatives", 2);
    fill("Field_staffTotal", 10);
    fill("Field_staffProficient", 10);
    fill("Field_digitalSkillsClasses", 3);
    fill("Field_digitalSkillsLearners", 95);
    fill("Field_businessesSupported", 14);
    fill("Field_cleanupCampaigns", 4);
    WebElement completedWell = field("Field_tasksCompletedWell");
    if (!completedWell.isSelected()) {
      browser().script("arguments[0].scrollIntoView({block: 'center'});", completedWell);
      completedWell.click();
    }
    fill("Field_results", "Hỗ trợ 14 hộ kinh doanh mở gian hàng trên sàn thương mại điện tử; "
        + "ra quân vệ sinh môi trường và trồng 120 cây xanh trên các tuyến phố.");
    fill("Field_difficulties", "Một số hộ kinh doanh lớn tuổi còn ngại thanh toán không dùng tiền mặt.");
  }

  /** "Thêm mục" in the list of commendation proposals, then the first entry. */
  private void addNomination(String type, String name, String position, String form) {
    if (browser().all(By.cssSelector("[cam-tasklist-form] [id$='-Field_CandidateName_0']")).isEmpty()) {
      WebElement add = browser().waitVisible(By.cssSelector("[cam-tasklist-form] .fjs-repeat-render-add"));
      assertThat(add.getText().trim()).isEqualTo("Thêm mục");
      browser().script("arguments[0].scrollIntoView({block: 'center'});", add);
      add.click();
    }
    choose("Field_CandidateType_0", type);
    fill("Field_CandidateName_0", name);
    if (position != null) {
      fill("Field_CandidatePosition_0", position);
    } else {
      fill("Field_CandidatePosition_0", "");
    }
    choose("Field_FormSought_0", form);
    fill("Field_Achievement_0", "Đề xuất và triển khai sổ tay điện tử hướng dẫn hộ kinh doanh đăng ký "
        + "gian hàng trực tuyến, rút ngắn thời gian hỗ trợ một hộ từ 3 ngày xuống 1 ngày.");
  }

  private WebElement completeButton() {
    return browser().waitVisible(By.cssSelector("[cam-tasklist-form] .form-actions .btn-primary"));
  }

  private void scrollFormToTop() {
    browser().script("document.querySelectorAll('*').forEach(function (e) { if (e.scrollTop > 0) { e.scrollTop = 0; } });");
  }
}
