package se.kompetenskedjan.workability;

import java.util.UUID;

import se.kompetenskedjan.shared.PageResult;

/**
 * Work-ability assessments (arbetsförmågebedömning in work training) on configurable, versioned forms, asked for by
 * Arbetsförmedlingen, Försäkringskassan or someone else, ending in a dated report. Forms are not personal data;
 * assessments are, and every read and write of them is checked and audited.
 */
public interface WorkAbilityAssessments {

    /** The forms the signed-in user may use: the platform's default and their organisation's own, by name. */
    PageResult<WorkAbilityFormView> forms(Integer page, Integer size);

    /** A form at its current version. */
    WorkAbilityFormView form(UUID formId);

    /** A form at one of its versions. */
    WorkAbilityFormView formVersion(UUID formVersionId);

    /** A new form of the signed-in user's organisation (admins and coordinators). */
    WorkAbilityFormView createForm(WorkAbilityFormCommand command);

    /** Saves a new version of the form (the previous versions stay as they were). */
    WorkAbilityFormView reviseForm(UUID formId, WorkAbilityFormCommand command);

    PageResult<WorkAbilityAssessmentView> assessments(UUID participantId, Integer page, Integer size);

    WorkAbilityAssessmentView get(UUID assessmentId);

    WorkAbilityAssessmentView create(UUID participantId, WorkAbilityAssessmentCommand command);

    WorkAbilityAssessmentView update(UUID assessmentId, WorkAbilityAssessmentCommand command);

    /** Signs the assessment: it becomes the dated report and never changes. Signing twice: 409. */
    WorkAbilityAssessmentView sign(UUID assessmentId);

    /** The report of a signed assessment (a draft: 409). */
    WorkAbilityReport report(UUID assessmentId);

    /** The report as a PDF (a draft: 409). */
    byte[] reportPdf(UUID assessmentId);
}
