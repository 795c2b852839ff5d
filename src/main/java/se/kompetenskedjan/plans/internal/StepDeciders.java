package se.kompetenskedjan.plans.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.profiles.ReadinessDecider;

/**
 * Who may record a participant's move between steps besides those who may change the participant: the decider the
 * ladder names for the step being left or entered (an employer manager, teacher, supervisor or coordinator who may
 * see the participant). Other journey events stay with those who may change the participant.
 */
final class StepDeciders {

    private StepDeciders() {
    }

    /** Throws AccessDeniedException unless a reader with this role decides the step left or the step entered. */
    static void requireDecider(Role role, JourneyEventType type, TargetRequirements.LadderShape ladder, UUID leaving,
            UUID entering) {
        boolean movesStep = type == JourneyEventType.ADVANCED || type == JourneyEventType.RETURNED;
        if (!movesStep || !(decides(role, ladder.step(leaving)) || decides(role, ladder.step(entering)))) {
            throw new AccessDeniedException("only the step's decider, or those who may change the participant");
        }
    }

    static boolean decides(Role role, Optional<TargetRequirements.StepShape> step) {
        ReadinessDecider decider = step.map(TargetRequirements.StepShape::decider).orElse(null);
        if (decider == null) {
            return false;
        }
        return switch (decider) {
            case COORDINATOR -> role == Role.COORDINATOR;
            case SUPERVISOR -> role == Role.SUPERVISOR;
            case EMPLOYER_MANAGER -> role == Role.EMPLOYER_MANAGER;
            case TEACHER -> role == Role.TEACHER;
            case JOINT -> role == Role.COORDINATOR || role == Role.SUPERVISOR || role == Role.EMPLOYER_MANAGER;
        };
    }
}
