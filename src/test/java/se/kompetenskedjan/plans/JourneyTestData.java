package se.kompetenskedjan.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.SignedIn;

/**
 * Test data builders for the plans module: a participant's journey on a ladder, at its first step or a chosen one,
 * enrolled through {@link Journeys} by a user who may change the participant.
 *
 * <pre>{@code
 * JourneyView journey = journeys.journey(participant).on(ladder).atStep(step.id()).since(today.minusWeeks(3))
 *         .by(coordinator).create();
 * }</pre>
 */
public final class JourneyTestData {

    private final Journeys journeys;
    private final Clock clock;

    public JourneyTestData(ApplicationContext context) {
        this.journeys = context.getBean(Journeys.class);
        this.clock = context.getBean(Clock.class);
    }

    public JourneyBuilder journey(UUID participantId) {
        return new JourneyBuilder(participantId);
    }

    public final class JourneyBuilder {

        private final UUID participantId;
        private LadderView ladder;
        private UUID stepId;
        private LocalDate since;
        private TestUser by;

        private JourneyBuilder(UUID participantId) {
            this.participantId = participantId;
        }

        public JourneyBuilder on(LadderView value) {
            ladder = value;
            return this;
        }

        /** Enrols at this step; by default at the ladder's first step. */
        public JourneyBuilder atStep(UUID value) {
            stepId = value;
            return this;
        }

        /** The day of enrolment; today by default. */
        public JourneyBuilder since(LocalDate value) {
            since = value;
            return this;
        }

        public JourneyBuilder by(TestUser value) {
            by = value;
            return this;
        }

        public JourneyView create() {
            if (ladder == null || by == null) {
                throw new IllegalStateException("on(ladder) and by(user) are required");
            }
            UUID step = stepId != null ? stepId : LadderTestData.firstStep(ladder).id();
            LocalDate on = since != null ? since : SwedishTime.today(clock);
            return SignedIn.as(by.username(), () -> journeys.enrol(participantId,
                    new EnrolCommand(ladder.id(), step, on, "Inskriven i testet")));
        }
    }
}
