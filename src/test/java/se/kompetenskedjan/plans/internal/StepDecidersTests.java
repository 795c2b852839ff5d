package se.kompetenskedjan.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.plans.JourneyEventType;
import se.kompetenskedjan.profiles.ReadinessDecider;

class StepDecidersTests {

    @Test
    void eachDeciderIsTheRoleItNamesAndAJointStepIsDecidedByCoordinatorSupervisorAndEmployerManager() {
        assertThat(decidingRoles(ReadinessDecider.COORDINATOR)).containsExactly(Role.COORDINATOR);
        assertThat(decidingRoles(ReadinessDecider.SUPERVISOR)).containsExactly(Role.SUPERVISOR);
        assertThat(decidingRoles(ReadinessDecider.EMPLOYER_MANAGER)).containsExactly(Role.EMPLOYER_MANAGER);
        assertThat(decidingRoles(ReadinessDecider.TEACHER)).containsExactly(Role.TEACHER);
        assertThat(decidingRoles(ReadinessDecider.JOINT))
                .containsExactlyInAnyOrder(Role.COORDINATOR, Role.SUPERVISOR, Role.EMPLOYER_MANAGER);
        assertThat(StepDeciders.decides(Role.SUPERVISOR, Optional.empty())).as("an unknown step").isFalse();
    }

    @Test
    void aDeciderRecordsOnlyMovesOutOfOrIntoTheirStep() {
        UUID supervised = UUID.randomUUID();
        UUID taught = UUID.randomUUID();
        UUID coordinated = UUID.randomUUID();
        TargetRequirements.LadderShape ladder = new TargetRequirements.LadderShape(UUID.randomUUID(), "Kedja", null,
                List.of(step(supervised, ReadinessDecider.SUPERVISOR), step(taught, ReadinessDecider.TEACHER),
                        step(coordinated, ReadinessDecider.COORDINATOR)));

        StepDeciders.requireDecider(Role.SUPERVISOR, JourneyEventType.ADVANCED, ladder, supervised, taught);
        StepDeciders.requireDecider(Role.TEACHER, JourneyEventType.ADVANCED, ladder, supervised, taught);
        StepDeciders.requireDecider(Role.TEACHER, JourneyEventType.RETURNED, ladder, coordinated, taught);
        assertThatThrownBy(() -> StepDeciders.requireDecider(Role.SUPERVISOR, JourneyEventType.ADVANCED, ladder,
                taught, coordinated)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StepDeciders.requireDecider(Role.SUPERVISOR, JourneyEventType.PAUSED, ladder,
                supervised, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> StepDeciders.requireDecider(Role.ANALYST, JourneyEventType.ADVANCED, ladder,
                supervised, taught)).isInstanceOf(AccessDeniedException.class);
    }

    private static Set<Role> decidingRoles(ReadinessDecider decider) {
        TargetRequirements.StepShape step = step(UUID.randomUUID(), decider);
        return Set.copyOf(Arrays.stream(Role.values()).filter(r -> StepDeciders.decides(r, Optional.of(step))).toList());
    }

    private static TargetRequirements.StepShape step(UUID id, ReadinessDecider decider) {
        return new TargetRequirements.StepShape(id, "Steg", null, "INTERNSHIP", 1, null, List.of(), null, null,
                List.of(), false, decider);
    }
}
