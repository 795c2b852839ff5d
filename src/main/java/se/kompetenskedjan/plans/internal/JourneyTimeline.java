package se.kompetenskedjan.plans.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.plans.JourneyStatus;

/**
 * Derives where a participant stands from the dated events of their journey; nothing about the current step is
 * stored apart from the events. Also says whether a new event may follow (the rules of the journey).
 */
final class JourneyTimeline {

    /** One event as the derivation needs it; toStep is the step entered (ENROLLED, ADVANCED, RETURNED). */
    record Event(LocalDate on, long sequence, JourneyEventType type, UUID toStep) {
    }

    /** A stretch of time on one step, for the timeline and for the lock-in guard. */
    record Stay(UUID step, LocalDate from, LocalDate until) {
        long weeks(LocalDate today) {
            return ChronoUnit.WEEKS.between(from, until == null ? today : until);
        }
    }

    record State(UUID currentStep, JourneyStatus status, LocalDate since, List<Stay> stays) {
    }

    enum Problem { NOT_ENROLLED, ALREADY_ENROLLED, JOURNEY_CLOSED, NOT_PAUSED, ALREADY_PAUSED, PAUSED, STEP_REQUIRED,
        SAME_STEP, BEFORE_LAST_EVENT }

    private final List<Event> events;

    JourneyTimeline(List<Event> events) {
        this.events = events.stream()
                .sorted(Comparator.comparing(Event::on).thenComparingLong(Event::sequence)).toList();
    }

    State state() {
        UUID step = null;
        JourneyStatus status = null;
        LocalDate since = null;
        List<Stay> stays = new ArrayList<>();
        for (Event event : events) {
            switch (event.type()) {
                case ENROLLED, ADVANCED, RETURNED -> {
                    closeStay(stays, event.on());
                    step = event.toStep();
                    status = JourneyStatus.ACTIVE;
                    stays.add(new Stay(step, event.on(), null));
                }
                case PAUSED -> status = JourneyStatus.PAUSED;
                case RESUMED -> status = JourneyStatus.ACTIVE;
                case ENDED_EARLY -> {
                    closeStay(stays, event.on());
                    status = JourneyStatus.ENDED_EARLY;
                }
                case COMPLETED -> {
                    closeStay(stays, event.on());
                    status = JourneyStatus.COMPLETED;
                }
                case OUTCOME -> {
                    // An outcome describes what came after; it does not move the participant.
                }
            }
            if (event.type() != JourneyEventType.OUTCOME) {
                since = event.on();
            }
        }
        return new State(step, status, since, List.copyOf(stays));
    }

    /** Empty when the event may be added; otherwise why not. Whether toStep is a allowed next step is the ladder's call. */
    java.util.Optional<Problem> check(JourneyEventType type, LocalDate on, UUID toStep) {
        State state = state();
        if (!events.isEmpty() && on.isBefore(events.get(events.size() - 1).on())) {
            return java.util.Optional.of(Problem.BEFORE_LAST_EVENT);
        }
        if (type == JourneyEventType.ENROLLED) {
            return java.util.Optional.ofNullable(state.status() != null ? Problem.ALREADY_ENROLLED
                    : toStep == null ? Problem.STEP_REQUIRED : null);
        }
        if (state.status() == null) {
            return java.util.Optional.of(Problem.NOT_ENROLLED);
        }
        boolean closed = state.status() == JourneyStatus.ENDED_EARLY || state.status() == JourneyStatus.COMPLETED;
        if (type == JourneyEventType.OUTCOME) {
            return java.util.Optional.empty();
        }
        if (closed) {
            return java.util.Optional.of(Problem.JOURNEY_CLOSED);
        }
        return java.util.Optional.ofNullable(switch (type) {
            case PAUSED -> state.status() == JourneyStatus.PAUSED ? Problem.ALREADY_PAUSED : null;
            case RESUMED -> state.status() != JourneyStatus.PAUSED ? Problem.NOT_PAUSED : null;
            case ADVANCED, RETURNED -> state.status() == JourneyStatus.PAUSED ? Problem.PAUSED
                    : toStep == null ? Problem.STEP_REQUIRED
                    : toStep.equals(state.currentStep()) ? Problem.SAME_STEP : null;
            default -> null;
        });
    }

    private static void closeStay(List<Stay> stays, LocalDate on) {
        if (!stays.isEmpty() && stays.get(stays.size() - 1).until() == null) {
            Stay open = stays.remove(stays.size() - 1);
            stays.add(new Stay(open.step(), open.from(), on));
        }
    }
}
