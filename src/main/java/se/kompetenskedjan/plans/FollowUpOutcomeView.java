package se.kompetenskedjan.plans;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up point of an ended journey: the day it falls due and, once recorded, the outcome, the day it was found
 * out, the note and who recorded it (outcome null while not recorded).
 */
public record FollowUpOutcomeView(UUID journeyId, FollowUpPoint point, LocalDate dueOn, Outcome outcome,
        LocalDate foundOn, String note, String recordedByName) {
}
