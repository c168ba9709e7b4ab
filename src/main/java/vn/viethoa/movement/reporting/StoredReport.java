package vn.viethoa.movement.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.viethoa.movement.commendation.Nomination;
import vn.viethoa.movement.organisation.UnitKind;

/** One stored version of a unit's report: the figures and who submitted them when. */
public record StoredReport(
    long id,
    int year,
    String unitId,
    String unitName,
    UnitKind unitKind,
    int version,
    String submittedBy,
    OffsetDateTime submittedAt,
    boolean late,
    Map<ReportField, Object> values,
    List<Nomination> nominations,
    String figuresNote) {

  public StoredReport(long id, int year, String unitId, String unitName, UnitKind unitKind, int version,
      String submittedBy, OffsetDateTime submittedAt, boolean late, Map<ReportField, Object> values,
      List<Nomination> nominations) {
    this(id, year, unitId, unitName, unitKind, version, submittedBy, submittedAt, late, values, nominations, null);
  }

  public long count(ReportField field) {
    Object v = values.get(field);
    return v == null ? 0 : ((Number) v).longValue();
  }

  public boolean has(ReportField field) {
    return values.get(field) != null;
  }
}
