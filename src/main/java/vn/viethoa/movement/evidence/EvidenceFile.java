package vn.viethoa.movement.evidence;

import java.time.OffsetDateTime;

/** One registered evidence file. */
public record EvidenceFile(String id, String unitId, int year, EvidencePurpose purpose, String note, String taskId,
    String originalName, String contentType, long size, String sha256, String uploadedBy, OffsetDateTime uploadedAt) {}
