package vn.viethoa.movement.reminders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the day's overdue digest (asynchronous, retried; an incident if SMTP keeps failing). */
@Component("sendOverdueDigestDelegate")
public class SendOverdueDigestDelegate implements JavaDelegate {

  private final OverdueDigest digest;

  public SendOverdueDigestDelegate(OverdueDigest digest) {
    this.digest = digest;
  }

  @Override
  public void execute(DelegateExecution execution) {
    digest.send(execution.getProcessInstanceId());
  }
}
