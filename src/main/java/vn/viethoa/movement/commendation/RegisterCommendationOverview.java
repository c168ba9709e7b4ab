package vn.viethoa.movement.commendation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.dashboard.CommendationOverview;
import vn.viethoa.movement.dashboard.CommendationSection;

/**
 * The register as the dashboard shows it: the year's proposals counted by state (one query), and
 * the Bằng khen / Cờ thi đua the ward proposed and the city has not answered yet.
 */
@Component
public class RegisterCommendationOverview implements CommendationOverview {

  private final ProposalRepository register;

  public RegisterCommendationOverview(ProposalRepository register) {
    this.register = register;
  }

  @Override
  public CommendationSection forYear(int year) {
    List<Proposal> proposals = register.query(year, null);
    Map<ProposalState, Long> counts = proposals.stream()
        .collect(Collectors.groupingBy(Proposal::state, Collectors.counting()));
    List<CommendationSection.StateCount> byState = Arrays.stream(ProposalState.values())
        .filter(counts::containsKey)
        .map(s -> new CommendationSection.StateCount(s.name(), s.label(), counts.get(s)))
        .toList();
    List<CommendationSection.AwaitingCity> awaiting = proposals.stream()
        .filter(p -> p.state() == ProposalState.APPROVED && p.form().level() == CommendationForm.Level.CITY)
        .map(p -> new CommendationSection.AwaitingCity(p.candidateName(), p.form().label(), p.proposingUnitName(),
            p.dossierDate(), p.dossierNumber(), p.processInstanceId()))
        .toList();
    return new CommendationSection(true, proposals.isEmpty() ? "Chưa có đề nghị khen thưởng trong năm " + year + "." : null,
        byState, awaiting);
  }

}
