package vn.viethoa.movement.lifecycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.reporting.SatisfactionSurveys;
import vn.viethoa.movement.reporting.SurveyFigure;

/**
 * The service centre's satisfaction surveys (section V.4) as the aggregation reads them: the
 * surveys about a year's periods (a survey of the last quarter filed in January counts for the
 * quarter's year; one recorded without its period, for the year it was filed in, ward's zone) and their satisfied share weighted by respondents, so a
 * survey of 400 people weighs more than one of 40. A survey without respondents is counted but
 * carries no weight.
 */
@Component
public class RecordedSatisfactionSurveys implements SatisfactionSurveys {

  private final MovementRecords records;
  private final PlanClock clock;

  public RecordedSatisfactionSurveys(MovementRecords records, PlanClock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public Map<Integer, SurveyFigure> byYear(int fromYear, int toYear) {
    OffsetDateTime from = LocalDate.of(fromYear, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    OffsetDateTime to = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(clock.zone()).toOffsetDateTime();
    Map<Integer, List<MovementRecords.Entry>> byYear = records.surveysOfYears(fromYear, toYear, from, to).stream()
        .collect(Collectors.groupingBy(e -> e.periodYear() != null ? e.periodYear()
            : e.submittedAt().atZoneSameInstant(clock.zone()).getYear()));
    Map<Integer, SurveyFigure> figures = new TreeMap<>();
    byYear.forEach((year, surveys) -> figures.put(year, figure(surveys)));
    return figures;
  }

  static SurveyFigure figure(List<MovementRecords.Entry> surveys) {
    long respondents = 0;
    BigDecimal satisfied = BigDecimal.ZERO;
    for (MovementRecords.Entry e : surveys) {
      if (e.respondents() != null && e.respondents() > 0 && e.satisfiedRate() != null) {
        respondents += e.respondents();
        satisfied = satisfied.add(e.satisfiedRate().multiply(BigDecimal.valueOf(e.respondents())));
      }
    }
    BigDecimal rate = respondents == 0 ? null : satisfied.divide(BigDecimal.valueOf(respondents), 1, RoundingMode.HALF_UP);
    return new SurveyFigure(surveys.size(), respondents, rate);
  }
}
