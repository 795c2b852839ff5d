package se.kompetenskedjan.checklists;

import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Assessments of participants against tailored checklists, over time. Personal data: every call checks the
 * signed-in user's right to the participant (ParticipantRegister) and is audited.
 *
 * <p>Who assesses: a supervisor (role supervisor) who supervises the participant now and is a supervisor of the
 * checklist's placement; a coordinator who may edit the participant; the participant themself (a self-assessment,
 * only their own). The participant must have (had) a placement at the checklist's place. Only the assessor changes,
 * adds evidence to and signs their draft; a signed assessment never changes (409). Signing a supervisor's or
 * coordinator's assessment records the ratings of items linked to requirement items as the participant's levels
 * (source VALIDATION) in the gap analysis, in the same transaction; self-assessments are not recorded there.
 */
public interface Assessments {

    AssessmentView create(AssessmentCommand command);

    AssessmentView update(UUID assessmentId, AssessmentDraftCommand command);

    AssessmentView sign(UUID assessmentId, LockCommand command);

    AssessmentView get(UUID assessmentId);

    /** The participant's assessments, newest first (participants see their own, drafts of others left out). */
    PageResult<AssessmentSummary> forParticipant(UUID participantId, Integer page, Integer size);

    EvidenceView addNote(UUID assessmentId, EvidenceNoteCommand command);

    /**
     * A photo (JPEG, PNG) or document (PDF) of at most 5 MB. Its type is taken from the file's bytes, not from
     * {@code contentType} (the uploader's claim, ignored); its name is kept without path and odd characters and with
     * an extension for that type ("x.html" holding a PDF is kept as "x.pdf"); a name with a control character is
     * refused (field "file").
     */
    EvidenceView addFile(UUID assessmentId, UUID itemId, String fileName, String contentType, byte[] content,
            String note);

    EvidenceFile evidenceFile(UUID assessmentId, UUID evidenceId);

    /** Whether the signed-in user may assess the participant on the checklist (for showing the button). */
    boolean mayAssess(UUID checklistId, UUID participantId);
}
