package vn.viethoa.movement.organisation;

/** What role a group plays in the plan; decides its rights and the reports it owes. */
public enum UnitKind {
  /** A unit of the Committee or the Front with duties in section V of the plan. */
  UNIT,
  /** A residential group (tổ dân phố), represented by its leader. */
  RESIDENTIAL_GROUP,
  /** The Chairman and leadership of the Committee. */
  LEADERSHIP,
  /** The ward's emulation and commendation council. */
  COUNCIL
}
