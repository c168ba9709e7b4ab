package vn.viethoa.movement.reminders;

/**
 * The daily overdue digest (bpmn/overdue-digest.bpmn): a timer start event once a day at the
 * digest hour starts an instance that sends leadership the tasks escalated since the last digest.
 */
public final class OverdueDigestProcess {

  public static final String KEY = "overdue-digest";

  public static final class Elements {
    public static final String START = "StartEvent_DigestDue";
    public static final String TASK_SEND = "Task_SendOverdueDigest";
    public static final String END = "EndEvent_DigestSent";

    private Elements() {}
  }

  private OverdueDigestProcess() {}
}
