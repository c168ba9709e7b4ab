package vn.viethoa.movement.commendation;

import static vn.viethoa.movement.commendation.CommendationRoundProcess.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.viethoa.movement.calendar.PlanClock;
import vn.viethoa.movement.organisation.Organisation;
import vn.viethoa.movement.validation.FormInput;
import vn.viethoa.movement.validation.Submissions;

/**
 * End of a step with a form (and of the city's message): refuses an invalid submission with a
 * Vietnamese message — nothing is stored and the task stays open — otherwise records it in the
 * register in the same transaction and sets what the next gateway reads.
 */
@Component("recordRoundStepListener")
public class RecordRoundStepListener implements ExecutionListener {

  private final ProposalService proposals;
  private final ReviewService reviews;
  private final Organisation organisation;
  private final IdentityService identityService;

  public RecordRoundStepListener(ProposalService proposals, ReviewService reviews, Organisation organisation,
      IdentityService identityService) {
    this.proposals = proposals;
    this.reviews = reviews;
    this.organisation = organisation;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Submissions.isCompletion(execution)) {
      return;
    }
    CommendationRound round = round(execution, execution.getProcessInstanceId());
    String actor = Submissions.actor(identityService);
    FormInput in = FormInput.of(execution);
    DelegateExecution instance = execution.getProcessInstance();
    switch (execution.getCurrentActivityId()) {
      // parallel steps write the register only: a process variable written by parallel submissions would collide
      case Elements.TASK_PROPOSE -> {
        String unitId = PROPOSER_UNIT_ID.from(execution).getOrNull();
        if (unitId != null) {
          Submissions.requireMemberOf(identityService, unitId, organisation.get(unitId).name());
          proposals.submit(round, organisation.get(unitId), in, actor);
        }
      }
      case Elements.TASK_CORRECT -> {
        Object id = execution.getVariableLocal(PROPOSAL_ID);
        String unitId = PROPOSING_UNIT_ID.from(execution).getOrNull();
        if (id != null) {
          if (unitId != null) {
            Submissions.requireMemberOf(identityService, unitId, organisation.get(unitId).name());
          }
          proposals.correct(round, ((Number) id).longValue(), in, actor);
        }
      }
      case Elements.TASK_VOTE -> {
        String member = COUNCIL_MEMBER.from(execution).getOrNull();
        if (member != null) {
          Submissions.requireUser(identityService, member);
          reviews.recordVote(round, member, in);
        }
      }
      // single steps also set what the next gateway reads and refresh the summary
      case Elements.TASK_COMPILE -> {
        var compilation = proposals.compile(round, in, actor);
        RETURNED_COUNT.on(instance).set(compilation.returned());
        UNDER_REVIEW_COUNT.on(instance).set(compilation.underReview());
        if (compilation.returned() > 0) {
          CORRECTION_DUE.on(instance).set(PlanClock.toDate(proposals.correctionDue()));
        } else if (compilation.underReview() > 0) {
          var voteDue = reviews.voteDue();
          int councilSize = reviews.councilMembers().size();
          VOTE_DUE.on(instance).set(PlanClock.toDate(voteDue));
          COUNCIL_SIZE.on(instance).set(councilSize);
          // the members read the threshold with their own numbers: with 3 members, one "against" is decisive
          VOTE_RULE.on(instance).set(reviews.voteRule(councilSize, voteDue));
        }
        ROUND_SUMMARY.on(instance).set(proposals.summary(round));
      }
      case Elements.TASK_DECIDE -> {
        var decision = reviews.recordDecision(round, in, actor);
        WARD_COMMENDED_COUNT.on(instance).set(decision.wardCommended());
        CITY_PROPOSED_COUNT.on(instance).set(decision.cityProposed());
        CITY_PENDING_COUNT.on(instance).set(decision.cityProposed());
        if (decision.cityReminderAt() != null) {
          CITY_REMINDER_AT.on(instance).set(PlanClock.toDate(decision.cityReminderAt()));
        }
        ROUND_SUMMARY.on(instance).set(proposals.summary(round));
      }
      case CityAnswersProcess.Elements.TASK_CITY_ANSWER, CityAnswersProcess.Elements.EVENT_CITY_ANSWER -> {
        CITY_PENDING_COUNT.on(instance).set(reviews.recordCityAnswer(round, in, actor));
        ROUND_SUMMARY.on(instance).set(proposals.summary(round));
      }
      default -> throw new IllegalStateException("recordRoundStepListener on unexpected element " + execution.getCurrentActivityId());
    }
  }
}
