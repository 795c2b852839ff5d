package se.kompetenskedjan.followup;

import java.util.UUID;

import se.kompetenskedjan.participants.ParticipantSummary;

/** A participant the signed-in supervisor supervises today, and their check-in for this period (null: not yet). */
public record SupervisedCheckIn(ParticipantSummary participant, CheckInPeriod period, UUID checkInId) {
}
