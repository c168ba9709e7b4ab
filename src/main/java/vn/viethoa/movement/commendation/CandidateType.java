package vn.viethoa.movement.commendation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Who can be commended (section III.1 of the plan), and with which forms of commendation. */
public enum CandidateType {
  collective("Tập thể (phòng, đơn vị)", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen, CommendationForm.co_thi_dua)),
  individual("Cá nhân", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen)),
  residential_group("Tổ dân phố", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen, CommendationForm.co_thi_dua)),
  household("Hộ gia đình", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen));

  private final String label;
  private final Set<CommendationForm> allowedForms;

  CandidateType(String label, Set<CommendationForm> allowedForms) {
    this.label = label;
    this.allowedForms = allowedForms;
  }

  public String label() {
    return label;
  }

  /** Emulation flags go to collectives only (Law on Emulation and Commendation 2022). */
  public boolean allows(CommendationForm form) {
    return allowedForms.contains(form);
  }

  public static Optional<CandidateType> parse(String value) {
    return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
  }
}
