package vn.viethoa.movement.reporting;

import java.time.LocalDate;

/**
 * The ward's annual report went to the city under a number: published in the transaction that
 * records it, so that the document as sent is kept (documents/IssuedDocuments).
 */
public record WardReportSubmitted(int year, String documentNumber, LocalDate submittedOn, String by) {}
