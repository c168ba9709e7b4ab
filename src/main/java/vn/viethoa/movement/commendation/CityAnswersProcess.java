package vn.viethoa.movement.commendation;

/**
 * The city's answers to one round's proposals (bpmn/commendation-city-answers.bpmn): started by the
 * round once its dossier went to the city, same business key as the round ("KHENTHUONG-2027-interim_review"),
 * same round variables (year, roundKind). It waits for the answers, reminds the lead unit, and ends
 * when none is pending; nothing else waits for it (the round, the next year and the movement go on).
 */
public final class CityAnswersProcess {

  public static final String KEY = "commendation-city-answers";

  /** Element ids of the model (the same ids the round's city branch had, so the listeners are shared). */
  public static final class Elements {
    public static final String START = "StartEvent_DossierSentToCity";
    public static final String TASK_CITY_ANSWER = "Task_RecordCityAnswer";
    public static final String EVENT_CITY_ANSWER = "Event_CityAnswerReceived";
    public static final String TIMER_CITY_OVERDUE = "Timer_CityAnswerOverdue";
    public static final String TASK_REMIND_CITY = "Task_RemindCityAnswer";
    public static final String END_CITY_ANSWERED = "EndEvent_CityAnswered";

    private Elements() {}
  }

  private CityAnswersProcess() {}
}
