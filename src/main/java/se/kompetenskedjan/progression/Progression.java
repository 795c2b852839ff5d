package se.kompetenskedjan.progression;

import java.util.UUID;

/**
 * Progression matrices from signed assessments by supervisors and coordinators. Personal data: access and audit
 * through the participants module (one participant: a VIEW entry; a matrix page: a LIST entry per participant shown;
 * an export: LIST and EXPORT entries per participant exported).
 */
public interface Progression {

    /** Items × assessment dates for one participant, with the latest level and trend per item. */
    ParticipantProgressionView participant(UUID participantId);

    /** Participants × items for a cohort or a unit, one page of participants. Staff only (not analysts). */
    CohortMatrixView matrix(MatrixFilter filter);

    /** The same matrix, all pages (at most {@link #EXPORT_MAX_ROWS} participants), as XLSX or CSV. */
    ProgressionExport export(MatrixFilter filter, ProgressionExport.Format format);

    int EXPORT_MAX_ROWS = 5000;
}
