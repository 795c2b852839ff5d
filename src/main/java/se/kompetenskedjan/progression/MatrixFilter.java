package se.kompetenskedjan.progression;

import java.util.UUID;

/**
 * Filters of the cohort progression matrix; every one optional. A step needs its ladder; occupation is an SSYK code
 * (1–4 digits) or an occupation concept id of the placement. page from 0; size 1–100 (default 50).
 */
public record MatrixFilter(UUID unitId, UUID ladderId, UUID stepId, String occupation, UUID checklistId,
        UUID templateId, Integer page, Integer size) {

    public static MatrixFilter none() {
        return new MatrixFilter(null, null, null, null, null, null, null, null);
    }

    public MatrixFilter withPage(Integer newPage) {
        return new MatrixFilter(unitId, ladderId, stepId, occupation, checklistId, templateId, newPage, size);
    }
}
