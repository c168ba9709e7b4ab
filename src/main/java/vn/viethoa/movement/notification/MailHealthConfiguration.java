package vn.viethoa.movement.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link WaitingMails#probeWhileMailsWait()} on its short cycle (movement.mail.health). */
@Configuration
@EnableScheduling
public class MailHealthConfiguration {}
