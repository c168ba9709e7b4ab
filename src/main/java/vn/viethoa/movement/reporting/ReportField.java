package vn.viethoa.movement.reporting;

import java.util.Arrays;
import java.util.List;
import vn.viethoa.movement.organisation.Unit;
import vn.viethoa.movement.organisation.UnitKind;

/**
 * Every figure an annual report carries: its form key (= process variable), its column in
 * {@code unit_report}, its Vietnamese label, its kind, who reports it and whether it is required.
 * The forms, the validation, the storage and the aggregation all read this one list.
 */
public enum ReportField {
  // 1. Đột phá trong tư duy, nhận thức
  TRAININGS_HELD("trainingsHeld", "trainings_held", "Số buổi tập huấn, hội thảo, toạ đàm về chuyển đổi số", Kind.COUNT, Scope.UNIT, true, 1),
  TRAINING_PARTICIPANTS("trainingParticipants", "training_participants", "Số lượt người tham dự tập huấn, hội thảo", Kind.COUNT, Scope.UNIT, false, 1),
  ARTICLES_PUBLISHED("articlesPublished", "articles_published", "Số tin, bài tuyên truyền về phong trào", Kind.COUNT, Scope.UNIT, false, 1),
  // 2. Hạ tầng số, hạ tầng xanh
  TREES_PLANTED("treesPlanted", "trees_planted", "Số cây xanh trồng mới", Kind.COUNT, Scope.UNIT, false, 2),
  // 3. Đổi mới sáng tạo
  INITIATIVES("initiatives", "initiatives", "Số sáng kiến, giải pháp cải tiến được áp dụng", Kind.COUNT, Scope.UNIT, true, 3),
  STAFF_TOTAL("staffTotal", "staff_total", "Tổng số cán bộ, công chức, viên chức của đơn vị", Kind.COUNT, Scope.UNIT, true, 3),
  STAFF_PROFICIENT("staffProficient", "staff_proficient", "Số cán bộ, công chức, viên chức sử dụng thành thạo nền tảng số", Kind.COUNT, Scope.UNIT, true, 3),
  DOSSIERS_ON_TIME_RATE("dossiersOnTimeRate", "dossiers_on_time_rate", "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn (%)", Kind.PERCENT, Scope.UNIT, false, 3),
  DOSSIERS_ONLINE_RATE("dossiersOnlineRate", "dossiers_online_rate", "Tỷ lệ hồ sơ nộp trực tuyến (%)", Kind.PERCENT, Scope.UNIT, false, 3),
  SATISFACTION_RATE("satisfactionRate", "satisfaction_rate", "Tỷ lệ người dân, tổ chức hài lòng (%)", Kind.PERCENT, Scope.UNIT, false, 3),
  // 4. Kinh tế số, xã hội số, công dân số — "Bình dân học vụ số"
  DIGITAL_SKILLS_CLASSES("digitalSkillsClasses", "digital_skills_classes", "Số lớp \"Bình dân học vụ số\", hướng dẫn kỹ năng số", Kind.COUNT, Scope.UNIT, false, 4),
  DIGITAL_SKILLS_LEARNERS("digitalSkillsLearners", "digital_skills_learners", "Số lượt người dân được hướng dẫn kỹ năng số", Kind.COUNT, Scope.UNIT, false, 4),
  BUSINESSES_SUPPORTED("businessesSupported", "businesses_supported", "Số hộ kinh doanh, doanh nghiệp được hỗ trợ chuyển đổi số, thương mại điện tử", Kind.COUNT, Scope.UNIT, false, 4),
  // 5. Chuyển đổi xanh
  CLEANUP_CAMPAIGNS("cleanupCampaigns", "cleanup_campaigns", "Số đợt ra quân vệ sinh môi trường", Kind.COUNT, Scope.UNIT, false, 5),
  // tiêu chí thi đua tập thể (mục III.1.1)
  TASKS_COMPLETED_WELL("tasksCompletedWell", "tasks_completed_well", "Đơn vị hoàn thành tốt nhiệm vụ chuyên môn được giao", Kind.BOOLEAN, Scope.UNIT, false, 0),
  CITIZEN_SUPPORT("citizenSupport", "citizen_support", "Đơn vị tích cực hỗ trợ người dân tiếp cận dịch vụ công trực tuyến", Kind.BOOLEAN, Scope.UNIT, false, 0),
  // tổ dân phố: số hộ
  HOUSEHOLDS_TOTAL("householdsTotal", "households_total", "Tổng số hộ gia đình trong tổ", Kind.COUNT, Scope.RESIDENTIAL, true, 4),
  HOUSEHOLDS_DIGITAL_ADDRESS("householdsDigitalAddress", "households_digital_address", "Số hộ có địa chỉ số", Kind.COUNT, Scope.RESIDENTIAL, true, 4),
  HOUSEHOLDS_ONLINE_SERVICES("householdsOnlineServices", "households_online_services", "Số hộ sử dụng dịch vụ công trực tuyến", Kind.COUNT, Scope.RESIDENTIAL, true, 2),
  HOUSEHOLDS_CASHLESS("householdsCashless", "households_cashless", "Số hộ thanh toán không dùng tiền mặt", Kind.COUNT, Scope.RESIDENTIAL, true, 2),
  HOUSEHOLDS_WASTE_SORTING("householdsWasteSorting", "households_waste_sorting", "Số hộ phân loại rác tại nguồn", Kind.COUNT, Scope.RESIDENTIAL, true, 5),
  HOUSEHOLDS_SKILLS_CLASSES("householdsSkillsClasses", "households_skills_classes", "Số hộ có người tham gia lớp kỹ năng số", Kind.COUNT, Scope.RESIDENTIAL, true, 4),
  DISSEMINATION_SESSIONS("disseminationSessions", "dissemination_sessions", "Số buổi phổ biến, tuyên truyền phong trào trong tổ", Kind.COUNT, Scope.RESIDENTIAL, false, 1),
  // Mặt trận Tổ quốc: phối hợp, vận động và giám sát (mục V.6), không phải chỉ tiêu của UBND
  MOBILISATION_CAMPAIGNS("mobilisationCampaigns", "mobilisation_campaigns", "Số cuộc vận động đoàn viên, hội viên và nhân dân hưởng ứng phong trào", Kind.COUNT, Scope.FRONT, true, 1),
  MEMBERS_TAKING_PART("membersTakingPart", "members_taking_part", "Số lượt đoàn viên, hội viên, nhân dân tham gia", Kind.COUNT, Scope.FRONT, false, 1),
  JOINT_ACTIVITIES("jointActivities", "joint_activities", "Số hoạt động phối hợp với UBND phường, các phòng, đơn vị", Kind.COUNT, Scope.FRONT, false, 0),
  SUPERVISIONS_HELD("supervisionsHeld", "supervisions_held", "Số cuộc giám sát việc thực hiện phong trào", Kind.COUNT, Scope.FRONT, true, 0),
  SUPERVISION_RECOMMENDATIONS("supervisionRecommendations", "supervision_recommendations", "Số kiến nghị sau giám sát gửi UBND phường", Kind.COUNT, Scope.FRONT, false, 0),
  COORDINATION_RESULTS("coordinationResults", "coordination_results", "Kết quả phối hợp tuyên truyền, vận động", Kind.TEXT, Scope.FRONT, true, 0),
  SUPERVISION_RESULTS("supervisionResults", "supervision_results", "Kết quả giám sát, phản biện xã hội", Kind.TEXT, Scope.FRONT, true, 0),
  // chung
  RESULTS("results", "results", "Kết quả nổi bật", Kind.TEXT, Scope.BOTH, true, 0),
  DIFFICULTIES("difficulties", "difficulties", "Khó khăn, vướng mắc", Kind.TEXT, Scope.BOTH, false, 0),
  PROPOSALS("proposals", "proposals", "Đề xuất, kiến nghị", Kind.TEXT, Scope.BOTH, false, 0);

  public enum Kind { COUNT, PERCENT, BOOLEAN, TEXT }

  /** UNIT: the units under the Committee; FRONT: the Fatherland Front; BOTH: every report. */
  public enum Scope { UNIT, RESIDENTIAL, FRONT, BOTH }

  /** Longest narrative accepted. */
  public static final int TEXT_MAX = 4000;

  private final String key;
  private final String column;
  private final String label;
  private final Kind kind;
  private final Scope scope;
  private final boolean required;
  private final int contentArea;

  ReportField(String key, String column, String label, Kind kind, Scope scope, boolean required, int contentArea) {
    this.key = key;
    this.column = column;
    this.label = label;
    this.kind = kind;
    this.scope = scope;
    this.required = required;
    this.contentArea = contentArea;
  }

  public String key() {
    return key;
  }

  public String column() {
    return column;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public boolean required() {
    return required;
  }

  public Scope scope() {
    return scope;
  }

  /** Which of the plan's five content areas (section II) the figure measures; 0 = general. */
  public int contentArea() {
    return contentArea;
  }

  public boolean appliesTo(UnitKind unitKind) {
    return switch (scope) {
      case BOTH -> true;
      case UNIT -> unitKind == UnitKind.UNIT;
      case RESIDENTIAL -> unitKind == UnitKind.RESIDENTIAL_GROUP;
      case FRONT -> false;
    };
  }

  /** Whether the unit's report carries the field: the Front has its own fields, no staff or dossier figures. */
  public boolean appliesTo(Unit unit) {
    if (unit.front()) {
      return scope == Scope.FRONT || scope == Scope.BOTH;
    }
    return appliesTo(unit.kind());
  }

  /** The fields of a unit of the Committee ({@code UNIT}) or of a residential group; not the Front's. */
  public static List<ReportField> forKind(UnitKind unitKind) {
    return Arrays.stream(values()).filter(f -> f.appliesTo(unitKind)).toList();
  }

  /** The fields of this unit's report (the Front's own form included). */
  public static List<ReportField> forUnit(Unit unit) {
    return Arrays.stream(values()).filter(f -> f.appliesTo(unit)).toList();
  }

  /** Household counts that cannot exceed the number of households. */
  public static List<ReportField> householdShares() {
    return List.of(HOUSEHOLDS_DIGITAL_ADDRESS, HOUSEHOLDS_ONLINE_SERVICES, HOUSEHOLDS_CASHLESS,
        HOUSEHOLDS_WASTE_SORTING, HOUSEHOLDS_SKILLS_CLASSES);
  }
}
