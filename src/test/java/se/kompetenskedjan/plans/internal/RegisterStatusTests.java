package se.kompetenskedjan.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.plans.JourneyStatus;
import se.kompetenskedjan.plans.Outcome;

/** The register status that a participant's journeys decide (decision 73), journey by journey. */
class RegisterStatusTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void withoutJourneysNothingIsDecided() {
        assertThat(RegisterStatus.of(List.of())).isEmpty();
    }

    @Test
    void anOpenJourneyDecidesByItsStepOrItsPause() {
        assertThat(open(JourneyStatus.ACTIVE, "INTRODUCTION")).isEqualTo(ParticipantStatus.MAPPING);
        assertThat(open(JourneyStatus.ACTIVE, "PRE_TRACK")).isEqualTo(ParticipantStatus.MAPPING);
        assertThat(open(JourneyStatus.ACTIVE, "SHADOWING")).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(open(JourneyStatus.ACTIVE, "EDUCATION")).isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(open(JourneyStatus.ACTIVE, "SUBSIDISED_EMPLOYMENT")).isEqualTo(ParticipantStatus.SUBSIDISED_EMPLOYMENT);
        assertThat(open(JourneyStatus.ACTIVE, "REGULAR_EMPLOYMENT")).isEqualTo(ParticipantStatus.REGULAR_EMPLOYMENT);
        assertThat(open(JourneyStatus.ACTIVE, null)).as("a step the ladder no longer has").isEqualTo(ParticipantStatus.ACTIVE);
        assertThat(open(JourneyStatus.PAUSED, null)).isEqualTo(ParticipantStatus.PAUSED);
    }

    @Test
    void anOutcomeOnAnOpenJourneyDoesNotMoveTheParticipant() {
        assertThat(RegisterStatus.of(List.of(new RegisterStatus.Journey(0, JourneyStatus.ACTIVE, "SHADOWING", null,
                Outcome.REGULAR_EMPLOYMENT)))).contains(ParticipantStatus.ACTIVE);
    }

    @Test
    void anEndedJourneyDecidesByItsOutcomeOrHowItEnded() {
        assertThat(ended(JourneyStatus.ENDED_EARLY, null)).isEqualTo(ParticipantStatus.DROPPED_OUT);
        assertThat(ended(JourneyStatus.COMPLETED, null)).isEqualTo(ParticipantStatus.COMPLETED);
        assertThat(ended(JourneyStatus.COMPLETED, Outcome.REGULAR_EMPLOYMENT)).isEqualTo(ParticipantStatus.REGULAR_EMPLOYMENT);
        assertThat(ended(JourneyStatus.COMPLETED, Outcome.SUBSIDISED_EMPLOYMENT))
                .isEqualTo(ParticipantStatus.SUBSIDISED_EMPLOYMENT);
        assertThat(ended(JourneyStatus.COMPLETED, Outcome.STUDIES)).isEqualTo(ParticipantStatus.STUDIES);
        assertThat(ended(JourneyStatus.COMPLETED, Outcome.OTHER_LABOUR_MARKET_ACTIVITY)).isEqualTo(ParticipantStatus.COMPLETED);
        assertThat(ended(JourneyStatus.COMPLETED, Outcome.NO_ACTIVITY)).isEqualTo(ParticipantStatus.COMPLETED);
        assertThat(ended(JourneyStatus.COMPLETED, Outcome.UNKNOWN)).isEqualTo(ParticipantStatus.COMPLETED);
        assertThat(ended(JourneyStatus.ENDED_EARLY, Outcome.STUDIES)).as("left early for studies")
                .isEqualTo(ParticipantStatus.STUDIES);
        assertThat(ended(JourneyStatus.ENDED_EARLY, Outcome.NO_ACTIVITY)).isEqualTo(ParticipantStatus.DROPPED_OUT);
    }

    @Test
    void anOpenJourneyOutranksEndedOnesAndAnActiveOneAPausedOne() {
        RegisterStatus.Journey endedWithJob = new RegisterStatus.Journey(0, JourneyStatus.COMPLETED, null, DAY,
                Outcome.REGULAR_EMPLOYMENT);
        RegisterStatus.Journey back = new RegisterStatus.Journey(1, JourneyStatus.ACTIVE, "SHADOWING", null, null);
        assertThat(RegisterStatus.of(List.of(endedWithJob, back))).contains(ParticipantStatus.ACTIVE);

        RegisterStatus.Journey paused = new RegisterStatus.Journey(2, JourneyStatus.PAUSED, "INTRODUCTION", null, null);
        assertThat(RegisterStatus.of(List.of(back, paused))).contains(ParticipantStatus.ACTIVE);
        assertThat(RegisterStatus.of(List.of(endedWithJob, paused))).contains(ParticipantStatus.PAUSED);
    }

    @Test
    void ofSeveralEndedJourneysTheOneThatEndedLastDecides() {
        RegisterStatus.Journey droppedLater = new RegisterStatus.Journey(0, JourneyStatus.ENDED_EARLY, null,
                DAY.plusDays(10), null);
        RegisterStatus.Journey completedEarlier = new RegisterStatus.Journey(1, JourneyStatus.COMPLETED, null, DAY,
                Outcome.STUDIES);
        assertThat(RegisterStatus.of(List.of(droppedLater, completedEarlier))).contains(ParticipantStatus.DROPPED_OUT);
        RegisterStatus.Journey completedSameDay = new RegisterStatus.Journey(2, JourneyStatus.COMPLETED, null,
                DAY.plusDays(10), null);
        assertThat(RegisterStatus.of(List.of(droppedLater, completedSameDay))).as("the same day: enrolled last")
                .contains(ParticipantStatus.COMPLETED);
    }

    private static ParticipantStatus open(JourneyStatus status, String stepType) {
        return RegisterStatus.of(List.of(new RegisterStatus.Journey(0, status, stepType, null, null))).orElseThrow();
    }

    private static ParticipantStatus ended(JourneyStatus status, Outcome outcome) {
        return RegisterStatus.of(List.of(new RegisterStatus.Journey(0, status, null, DAY, outcome))).orElseThrow();
    }
}
