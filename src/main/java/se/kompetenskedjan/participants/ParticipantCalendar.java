package se.kompetenskedjan.participants;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Internal, for the reminders module: who is responsible for a participant, and consents by their end dates. No
 * access check and no audit entry: the caller shows no participant data, it opens a task for the coordinator.
 * Participants who have left the chain (status finished) and those without a coordinator are left out.
 */
public interface ParticipantCalendar {

    record Responsibility(UUID participantId, UUID organisationId, UUID coordinatorId) {
    }

    record ConsentEnding(UUID consentId, Responsibility responsibility, LocalDate validUntil) {
    }

    /** The organisation and coordinator of each of the given participants (at most 1,000 ids). */
    Map<UUID, Responsibility> responsible(Collection<UUID> participantIds);

    /**
     * As {@link #responsible}, but also for participants who have left the chain: for the follow-up of outcomes
     * after exit, which is about exactly those. Participants without a coordinator are still left out.
     */
    Map<UUID, Responsibility> responsibleAfterExit(Collection<UUID> participantIds);

    /**
     * Consents in force (not withdrawn) that run out between the dates (inclusive), unless another consent of the
     * participant in force runs longer; at most 1,000, earliest first.
     */
    List<ConsentEnding> consentsEnding(LocalDate from, LocalDate to);
}
