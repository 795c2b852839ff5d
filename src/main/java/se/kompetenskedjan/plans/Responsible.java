package se.kompetenskedjan.plans;

/** Who is responsible for a plan activity. */
public enum Responsible {
    PARTICIPANT, COORDINATOR, SUPERVISOR, TEACHER, OTHER_ORGANISATION
}
