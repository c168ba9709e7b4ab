package vn.viethoa.movement.dashboard;

/**
 * What the dashboard shows of the commendation register for a year: proposals by state, and those
 * waiting on the city (Bằng khen, Cờ thi đua proposed by the ward and not yet answered).
 *
 * <p>The register is built apart from the dashboard. Until a Spring bean implements this interface,
 * the dashboard shows {@link #NONE}: an empty section that says there is no data yet, never invented
 * figures. An implementation should answer with a constant number of queries (a group-by over the
 * year's proposals and one list), whatever the number of proposals.
 */
public interface CommendationOverview {

  CommendationSection forYear(int year);

  /** No register connected: "chưa có dữ liệu". */
  CommendationOverview NONE = year -> CommendationSection.notAvailable(
      "Chưa có dữ liệu: sổ theo dõi khen thưởng chưa được kết nối với bảng điều khiển.");
}
