package se.kompetenskedjan.plans;

/** Kinds of activity (insats) that close a gap: course, placement, language training, validation, study and career guidance, health support, practical training (e.g. learning to cycle). */
public enum ActivityType {
    COURSE, PLACEMENT, LANGUAGE_TRAINING, VALIDATION, STUDY_GUIDANCE, HEALTH_SUPPORT, PRACTICAL_TRAINING, OTHER
}
