package se.kompetenskedjan.shared;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Published synchronously, inside the reading or writing transaction, by every module that reads or writes a
 * participant's personal data; the privacy module appends it to the audit trail, so no access goes unrecorded.
 */
public record PersonalDataAccessed(Actor actor, AuditAction action, List<Subject> subjects, String detail) {

    public record Actor(UUID userId, String name, UUID organisationId, String organisationName) {
    }

    /** One participant whose data was touched, and the basis (purpose) on which the actor had access. */
    public record Subject(UUID participantId, UUID participantOrganisationId, String purpose) {
    }

    public PersonalDataAccessed {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        subjects = List.copyOf(subjects);
    }

    public static PersonalDataAccessed one(Actor actor, AuditAction action, Subject subject, String detail) {
        return new PersonalDataAccessed(actor, action, List.of(subject), detail);
    }
}
