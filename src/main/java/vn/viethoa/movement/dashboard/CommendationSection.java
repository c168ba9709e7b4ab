package vn.viethoa.movement.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The commendation part of the dashboard for one year. {@code available} is false when there is no
 * register to read ({@code note} says why); {@code byState} counts proposals per state in the
 * register's own order and labels; {@code awaitingCity} lists what the ward proposed to the city
 * and the city has not yet decided.
 */
public record CommendationSection(boolean available, String note, List<StateCount> byState, List<AwaitingCity> awaitingCity) {

  /** Proposals in one state, e.g. ("APPROVED", "Lãnh đạo phường đồng ý, đã trình UBND thành phố", 3). */
  public record StateCount(String state, String label, long count) {}

  /**
   * A proposal waiting on the city: who is proposed, for which form of commendation, by which unit,
   * since when (the date of the ward's dossier), and the commendation round's process instance.
   */
  public record AwaitingCity(String candidate, String form, String proposingUnit, LocalDate since, String dossierNumber,
      String processInstanceId) {}

  public static CommendationSection notAvailable(String note) {
    return new CommendationSection(false, note, List.of(), List.of());
  }

  public long total() {
    return byState.stream().mapToLong(StateCount::count).sum();
  }
}
