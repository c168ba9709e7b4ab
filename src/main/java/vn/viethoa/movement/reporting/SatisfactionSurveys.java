package vn.viethoa.movement.reporting;

import java.util.Map;

/**
 * The port through which the movement's records (lifecycle, which depends on reporting) give the
 * aggregation the year's satisfaction surveys. Without an implementation there are none.
 */
public interface SatisfactionSurveys {

  SatisfactionSurveys NONE = (from, to) -> Map.of();

  /** The surveys of each year of the range that has any, in one query. */
  Map<Integer, SurveyFigure> byYear(int fromYear, int toYear);
}
