package vn.viethoa.movement.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document as it was issued under its number: the .docx that went out, its SHA-256, the PDF
 * rendition where LibreOffice was at hand (else null), who recorded the number and when.
 */
public record IssuedDocument(long id, DocumentKind kind, String key, String documentNumber, LocalDate issuedOn,
    String issuedBy, OffsetDateTime issuedAt, String fileName, byte[] docx, String docxSha256, byte[] pdf,
    String pdfSha256) {}
