package se.kompetenskedjan.placements;

/** Why an employer declined a proposal, from a list so it can be followed up. */
public enum DeclineReason {
    REQUIREMENTS_NOT_MET, LANGUAGE, SCHEDULE, NO_SUPERVISOR_AVAILABLE, NOT_SUITABLE_NOW, PARTICIPANT_DECLINED, OTHER
}
