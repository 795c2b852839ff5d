package se.kompetenskedjan.plans.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.plans.JourneyStatus;
import se.kompetenskedjan.plans.Outcome;

/**
 * The participant register's status as the participant's journeys decide it (issue 13, item 3; decision 73). An
 * open journey decides while there is one: active on an introduction or pre-track step is MAPPING, on a step of
 * subsidised or regular employment that employment, on any other step ACTIVE; paused is PAUSED. Of several open
 * journeys an active one outranks a paused one, and the one enrolled last the others. With every journey ended, the
 * one that ended last decides: its outcome when it names a job or studies (the last outcome recorded), otherwise
 * COMPLETED when it was completed and DROPPED_OUT when it ended early. A participant without journeys is not
 * decided here (the register keeps the status set by hand).
 */
final class RegisterStatus {

    /**
     * One journey as the derivation needs it, in enrolment order ({@code order}): its derived state, the type of its
     * current step (a {@code StepType} name; null when unknown), the day it ended (null while open) and the last
     * outcome recorded on it (null when none).
     */
    record Journey(long order, JourneyStatus status, String currentStepType, LocalDate endedOn, Outcome outcome) {

        boolean open() {
            return status == JourneyStatus.ACTIVE || status == JourneyStatus.PAUSED;
        }
    }

    private RegisterStatus() {
    }

    static Optional<ParticipantStatus> of(List<Journey> journeys) {
        Optional<Journey> open = journeys.stream().filter(Journey::open)
                .max(Comparator.comparing((Journey j) -> j.status() == JourneyStatus.ACTIVE)
                        .thenComparingLong(Journey::order));
        if (open.isPresent()) {
            return open.map(RegisterStatus::whileOpen);
        }
        return journeys.stream().filter(j -> j.status() != null)
                .max(Comparator.comparing(Journey::endedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Journey::order))
                .map(RegisterStatus::afterEnd);
    }

    private static ParticipantStatus whileOpen(Journey journey) {
        if (journey.status() == JourneyStatus.PAUSED) {
            return ParticipantStatus.PAUSED;
        }
        String type = journey.currentStepType() == null ? "" : journey.currentStepType();
        return switch (type) {
            case "INTRODUCTION", "PRE_TRACK" -> ParticipantStatus.MAPPING;
            case "SUBSIDISED_EMPLOYMENT" -> ParticipantStatus.SUBSIDISED_EMPLOYMENT;
            case "REGULAR_EMPLOYMENT" -> ParticipantStatus.REGULAR_EMPLOYMENT;
            default -> ParticipantStatus.ACTIVE;
        };
    }

    private static ParticipantStatus afterEnd(Journey journey) {
        if (journey.outcome() != null) {
            switch (journey.outcome()) {
                case REGULAR_EMPLOYMENT -> {
                    return ParticipantStatus.REGULAR_EMPLOYMENT;
                }
                case SUBSIDISED_EMPLOYMENT -> {
                    return ParticipantStatus.SUBSIDISED_EMPLOYMENT;
                }
                case STUDIES -> {
                    return ParticipantStatus.STUDIES;
                }
                default -> {
                    // Another activity, none or unknown: how the journey ended says it.
                }
            }
        }
        return journey.status() == JourneyStatus.COMPLETED ? ParticipantStatus.COMPLETED
                : ParticipantStatus.DROPPED_OUT;
    }
}
