package se.kompetenskedjan.identity;

/** The one role a user account has within its organisation. */
public enum Role {
    ADMIN, COORDINATOR, EMPLOYER_MANAGER, SUPERVISOR, TEACHER, ANALYST, PARTICIPANT;

    public boolean isStaff() {
        return this != PARTICIPANT;
    }
}
