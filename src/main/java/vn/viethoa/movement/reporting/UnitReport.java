package vn.viethoa.movement.reporting;

import java.util.List;
import java.util.Map;
import vn.viethoa.movement.commendation.Nomination;
import vn.viethoa.movement.organisation.Unit;

/** A validated report of one unit (or residential group) for one year, before it is stored. */
public record UnitReport(int year, Unit unit, Map<ReportField, Object> values, List<Nomination> nominations) {

  public Long count(ReportField field) {
    return (Long) values.get(field);
  }
}
