package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

import se.kompetenskedjan.participants.ParticipantSummary;

/** A participant standing on a step of a ladder today, for the coordinator's list per step. */
public record ParticipantOnStep(ParticipantSummary participant, UUID journeyId, LocalDate since, long weeksOnStep,
        boolean overMaxDuration) {
}
