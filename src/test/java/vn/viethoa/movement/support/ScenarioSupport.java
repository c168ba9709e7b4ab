package vn.viethoa.movement.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of scenario tests: binds camunda-bpm-assert to the application's engine, moves the engine
 * clock instead of sleeping, executes due jobs as the job executor would, reads the SMTP server.
 */
public abstract class ScenarioSupport {

  @Autowired protected ProcessEngine engine;
  @Autowired protected GreenMail smtp;

  @BeforeEach
  void bindEngine() throws Exception {
    AbstractAssertions.init(engine);
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClockAndAuthentication() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** Sets the engine clock, e.g. "2026-11-26T09:00:00+07:00". */
  protected void clockAt(String isoOffsetDateTime) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant()));
  }

  /** Runs every job of the process instance that is due now, like the job executor would. */
  protected int executeDueJobs(String processInstanceId) {
    int executed = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    throw new AssertionError("Jobs keep coming after 100 rounds");
  }

  /**
   * Runs the daily overdue digest as its timer would fire at the current engine time (the timer's
   * own due date is whatever the deployment computed), then the digest's send step.
   */
  protected void sendOverdueDigest() {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey("overdue-digest").timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    for (ProcessInstance digest : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("overdue-digest").list()) {
      executeDueJobs(digest.getId());
    }
  }

  /**
   * Forgets the escalations and digests of earlier tests: the tests share one database, and a
   * digest already sent on a simulated day would keep this test's digest of that day from going out.
   */
  protected void forgetOverdueDigests() {
    var jdbc = new org.springframework.jdbc.core.JdbcTemplate(
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource());
    jdbc.update("delete from escalation");
    jdbc.update("delete from notification where dedup_key like 'digest:%'");
  }

  /** The open tasks of one element of the instance. */
  protected List<Task> tasks(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  /** The one open task of an element offered to a group (claimed or not). */
  protected Task taskOf(ProcessInstance instance, String taskKey, String group) {
    List<Task> found = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().list();
    assertThat(found).as(taskKey + " of " + group).hasSize(1);
    return found.get(0);
  }

  /** Acts as the given user with their real group memberships, so authorization applies. */
  protected void actAs(String userId) {
    engine.getIdentityService().clearAuthentication();
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId()).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
  }

  /** Runs what has become due in these processes, as the job executor would, until nothing more is due. */
  protected void settleJobsOf(java.util.Collection<String> processKeys) {
    for (int round = 0; round < 200; round++) {
      List<org.camunda.bpm.engine.runtime.Job> due = engine.getManagementService().createJobQuery().executable().list()
          .stream().filter(j -> j.getProcessDefinitionKey() != null && processKeys.contains(j.getProcessDefinitionKey()))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
    throw new AssertionError("jobs keep coming");
  }

  /** The subjects of the mails an address received, in the order received. */
  protected List<String> subjectsTo(String address) throws Exception {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage m : mailsTo(address)) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  protected List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }).toList();
  }

  /** The decoded text of the first MIME part of a type, e.g. "text/html". */
  protected static String part(jakarta.mail.Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  protected static void assertDue(Date due, String expectedIsoOffset) {
    assertThat(due).isNotNull();
    assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse(expectedIsoOffset).toInstant());
  }
}
