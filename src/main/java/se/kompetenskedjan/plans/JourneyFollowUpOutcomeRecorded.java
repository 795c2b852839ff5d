package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The outcome at a follow-up point after the journey ended (90 or 180 days) was recorded or corrected: the latest
 * one for a journey and point is the one that counts. {@code endedOn} is the day the journey ended, {@code on} the
 * day the outcome was found out.
 */
public record JourneyFollowUpOutcomeRecorded(UUID journeyId, UUID participantId, UUID participantOrganisationId,
        UUID ladderId, FollowUpPoint point, Outcome outcome, LocalDate endedOn, LocalDate on) {
}
