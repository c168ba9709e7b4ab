package vn.viethoa.movement.reporting;

import java.math.BigDecimal;

/**
 * The service centre's citizen-satisfaction surveys of one year (section V.4), as kept in the
 * movement's records: how many surveys, how many respondents, and the share satisfied weighted by
 * respondents (null when no survey counted anyone).
 */
public record SurveyFigure(int surveys, long respondents, BigDecimal rate) {}
