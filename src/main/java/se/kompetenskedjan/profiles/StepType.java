package se.kompetenskedjan.profiles;

/** What a step of a ladder is. */
public enum StepType {
    INTRODUCTION, PRE_TRACK, SHADOWING, INTERNSHIP, WORK_TRAINING, SUBSIDISED_EMPLOYMENT, REGULAR_EMPLOYMENT,
    EDUCATION, OTHER
}
