package vn.viethoa.movement.commendation;

import java.util.Arrays;
import java.util.Optional;

/** Forms of commendation named in section III.2 of the plan. */
public enum CommendationForm {
  giay_khen("Giấy khen của Chủ tịch UBND phường", Level.WARD),
  bang_khen("Bằng khen của Chủ tịch UBND thành phố", Level.CITY),
  co_thi_dua("Cờ thi đua của UBND thành phố", Level.CITY);

  /** Who decides: the ward's Chairman, or the city on the ward's proposal. */
  public enum Level { WARD, CITY }

  private final String label;
  private final Level level;

  CommendationForm(String label, Level level) {
    this.label = label;
    this.level = level;
  }

  public String label() {
    return label;
  }

  public Level level() {
    return level;
  }

  public static Optional<CommendationForm> parse(String value) {
    return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst();
  }
}
