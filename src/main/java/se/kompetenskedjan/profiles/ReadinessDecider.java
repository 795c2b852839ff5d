package se.kompetenskedjan.profiles;

/** Who decides that a participant is ready to leave a step. JOINT: coordinator, supervisor and employer together. */
public enum ReadinessDecider {
    COORDINATOR, SUPERVISOR, EMPLOYER_MANAGER, TEACHER, JOINT
}
