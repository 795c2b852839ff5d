package se.kompetenskedjan.language;

import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.shared.PageResult;

/**
 * Language validation: the catalogue of workplace can-do statements and participants' language assessments over
 * time by teachers, supervisors and coordinators. Every read and write of an assessment is checked against the
 * participant's access rule and recorded in the audit trail.
 */
public interface LanguageValidation {

    /** The active statements, optionally of one skill and/or level, ordered by skill, level and position. */
    List<CanDoStatementView> catalogue(LanguageSkill skill, CefrLevel level);

    /** The participant's assessments, newest first. */
    PageResult<LanguageAssessmentView> assessments(UUID participantId, Integer page, Integer size);

    LanguageAssessmentView get(UUID assessmentId);

    /** A new draft assessment by the signed-in teacher, supervisor or coordinator. */
    LanguageAssessmentView create(UUID participantId, LanguageAssessmentCommand command);

    /** Replaces a draft's date, comment and answers; only its assessor; a signed one: 409. */
    LanguageAssessmentView update(UUID assessmentId, LanguageAssessmentCommand command);

    /** Signs a draft (its assessor): from now on it is final. Signing twice: 409. */
    LanguageAssessmentView sign(UUID assessmentId);

    /** The level per skill over time from signed assessments (at most the latest 100), and the validated level. */
    LanguageProgressView progress(UUID participantId);

    /**
     * Records the validated level as the participant's Swedish level in the register (those who may edit the
     * participant; 409 when there is no validated level or the participant's version is stale), so that matching's
     * Swedish requirement uses it.
     */
    ParticipantView recordValidatedSwedishLevel(UUID participantId, SwedishLevelCommand command);
}
