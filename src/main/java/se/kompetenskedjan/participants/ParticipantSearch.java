package se.kompetenskedjan.participants;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** Filters of the participant list; every part is optional. */
public record ParticipantSearch(@Size(max = 100, message = "{field.tooLong}") String query, ParticipantStatus status,
        UUID coordinatorId, Integer page, Integer size) {
}
