package vn.viethoa.movement.commendation;

import java.time.LocalDate;

/**
 * Leadership recorded the numbers of a round's documents: the Chairman's Giấy khen decision and/or
 * the Tờ trình to the city (null when the round has none). Published in the transaction that
 * records them, so that the documents as issued are kept (documents/IssuedDocuments).
 */
public record CommendationDocumentsRecorded(int year, RoundKind kind, String decisionNumber, LocalDate decisionDate,
    String dossierNumber, LocalDate dossierDate, String by) {}
