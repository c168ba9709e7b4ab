package vn.viethoa.movement.reporting;

import java.time.OffsetDateTime;
import vn.viethoa.movement.organisation.Unit;

/** Where one reporting unit stands for a year. */
public record UnitStatus(Unit unit, State state, OffsetDateTime submittedAt, String submittedBy, int version,
    Boolean staffTargetMet, Boolean initiativeTargetMet, Boolean digitalAddressTargetMet) {

  public enum State {
    ON_TIME("Đã báo cáo"),
    LATE("Báo cáo muộn"),
    MISSING("Chưa báo cáo");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
