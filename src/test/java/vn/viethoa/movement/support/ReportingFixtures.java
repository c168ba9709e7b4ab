package vn.viethoa.movement.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid annual reports as an official would fill them in, to vary one value at a time. */
public final class ReportingFixtures {

  private ReportingFixtures() {}

  /** A unit of the Committee: 10 staff of whom {@code proficient} are proficient, some initiatives. */
  public static Map<String, Object> unitReport(long proficient, long initiatives) {
    Map<String, Object> v = new HashMap<>();
    v.put("trainingsHeld", 3L);
    v.put("trainingParticipants", 120L);
    v.put("articlesPublished", 4L);
    v.put("treesPlanted", 50L);
    v.put("initiatives", initiatives);
    v.put("staffTotal", 10L);
    v.put("staffProficient", proficient);
    v.put("digitalSkillsClasses", 2L);
    v.put("digitalSkillsLearners", 80L);
    v.put("businessesSupported", 5L);
    v.put("cleanupCampaigns", 1L);
    v.put("tasksCompletedWell", true);
    v.put("citizenSupport", true);
    v.put("results", "Tổ chức tập huấn sử dụng VOffice và iGate cho toàn bộ cán bộ.");
    v.put("difficulties", "Thiết bị còn thiếu.");
    v.put("proposals", "Bổ sung máy tính.");
    return v;
  }

  /** The Fatherland Front's report on its own form: coordination and supervision, no staff or dossier figures. */
  public static Map<String, Object> frontReport() {
    Map<String, Object> v = new HashMap<>();
    v.put("mobilisationCampaigns", 6L);
    v.put("membersTakingPart", 1500L);
    v.put("jointActivities", 4L);
    v.put("coordinationResults", "Phối hợp tuyên truyền phong trào tại 20 tổ dân phố, vận động hội viên tham gia lớp \"Bình dân học vụ số\".");
    v.put("supervisionsHeld", 2L);
    v.put("supervisionRecommendations", 3L);
    v.put("supervisionResults", "Giám sát việc cài đặt định danh điện tử tại 5 tổ dân phố; kiến nghị bổ sung tình nguyện viên hướng dẫn.");
    v.put("results", "Mặt trận và các đoàn thể phối hợp vận động, giám sát phong trào.");
    return v;
  }

  /**
   * The report a unit sends on its own form: the Front's for the Front, otherwise a unit of the
   * Committee with {@code proficient} of 10 staff proficient and {@code initiatives} initiatives.
   */
  public static Map<String, Object> reportOfUnit(String unitId, long proficient, long initiatives) {
    return FRONT.equals(unitId) ? frontReport() : unitReport(proficient, initiatives);
  }

  /** The Fatherland Front (Ủy ban MTTQ phường): asked to cooperate, on its own form. */
  public static final String FRONT = "mttq";

  /** A residential group of {@code households} households, {@code digital} with a digital address. */
  public static Map<String, Object> residentialReport(long households, long digital) {
    Map<String, Object> v = new HashMap<>();
    v.put("householdsTotal", households);
    v.put("householdsDigitalAddress", digital);
    v.put("householdsOnlineServices", households / 2);
    v.put("householdsCashless", households / 2);
    v.put("householdsWasteSorting", households / 4);
    v.put("householdsSkillsClasses", households / 5);
    v.put("disseminationSessions", 4L);
    v.put("results", "Phổ biến phong trào tại các buổi họp tổ.");
    return v;
  }

  public static Map<String, Object> nomination(String type, String name, String position, String form) {
    Map<String, Object> n = new HashMap<>();
    n.put("candidateType", type);
    n.put("candidateName", name);
    if (position != null) {
      n.put("candidatePosition", position);
    }
    n.put("formSought", form);
    n.put("achievement", "Có sáng kiến số hoá hồ sơ, giảm 30% thời gian giải quyết.");
    return n;
  }

  /** The demo official of a unit or residential group. */
  public static String officialOf(String unitId) {
    return unitId.startsWith("tdp-") ? "totruong." + unitId.substring(4) : "canbo." + unitId;
  }

  public static final List<String> UNITS = List.of("vp", "kthtdt", "vhxh", "ttpvhcc", "ttdvsnc", "mttq");
}
