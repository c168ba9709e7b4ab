package vn.viethoa.movement.commendation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** Who can be commended (section III.1 of the plan), and with which forms of commendation. */
public enum CandidateType {
  collective("Tập thể (phòng, đơn vị)", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen, CommendationForm.co_thi_dua)),
  individual("Cá nhân (cán bộ, công chức, viên chức, người lao động)", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen)),
  residential_group("Tổ dân phố", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen, CommendationForm.co_thi_dua)),
  household("Hộ gia đình", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen)),
  /** A person who is not an official, proposed by a residential group: judged by III.1.3, not III.1.2. */
  resident("Người dân (cá nhân do tổ dân phố đề nghị)", Set.of(CommendationForm.giay_khen, CommendationForm.bang_khen));

  private final String label;
  private final Set<CommendationForm> allowedForms;

  CandidateType(String label, Set<CommendationForm> allowedForms) {
    this.label = label;
    this.allowedForms = allowedForms;
  }

  public String label() {
    return label;
  }

  /**
   * Emulation flags go to collectives only (Law on Emulation and Commendation 2022, Art. 27): the
   * ward's units and the residential groups (docs/commendation.md, section 3.6).
   */
  public boolean allows(CommendationForm form) {
    return allowedForms.contains(form);
  }

  public static Optional<CandidateType> parse(String value) {
    return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
  }
}
