package se.kompetenskedjan.education;

/**
 * What a course is. SFI's four courses are kinds of their own (decision 84): each is its own course with its own
 * Swedish level reached, as adult education runs them.
 */
public enum CourseKind {
    SFI_A, SFI_B, SFI_C, SFI_D, SWEDISH_FOR_CARE, VOCATIONAL_SWEDISH, ORIENTATION, SERVICE_ASSISTANT_TRAINING,
    SUPERVISOR_TRAINING, OTHER
}
