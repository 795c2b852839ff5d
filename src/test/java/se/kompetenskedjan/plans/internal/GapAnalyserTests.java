package se.kompetenskedjan.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.plans.ActivityType;

class GapAnalyserTests {

    static final GapAnalyser.Requirement SWEDISH = requirement("SWEDISH_LANGUAGE", 3, true, 1);
    static final GapAnalyser.Requirement HYGIENE = requirement("KNOWLEDGE", 3, true, 2);
    static final GapAnalyser.Requirement CYCLING = requirement("PRACTICAL", 3, false, 3);
    static final GapAnalyser.Requirement LICENCE = requirement("CERTIFICATE", 3, false, 4);
    static final GapAnalyser.Requirement SERVING = requirement("SKILL", 2, true, 5);

    static GapAnalyser.Requirement requirement(String type, int target, boolean mandatory, int position) {
        return new GapAnalyser.Requirement(UUID.randomUUID(), type, type.toLowerCase(), "lätt " + type, target,
                mandatory, position);
    }

    @Test
    void mandatoryGapsComeFirstThenTheLargestDistance() {
        List<GapAnalyser.Gap> gaps = GapAnalyser.gaps(List.of(SWEDISH, HYGIENE, CYCLING, LICENCE, SERVING), Map.of(
                SWEDISH.itemKey(), 1, HYGIENE.itemKey(), 2, CYCLING.itemKey(), 0, LICENCE.itemKey(), 2,
                SERVING.itemKey(), 2));

        assertThat(gaps).extracting(GapAnalyser.Gap::requirement).containsExactly(SWEDISH, HYGIENE, CYCLING, LICENCE);
        assertThat(gaps).extracting(GapAnalyser.Gap::distance).containsExactly(2, 1, 3, 1);
    }

    @Test
    void metItemsAreNoGapsAndAboveTargetCountsAsMet() {
        assertThat(GapAnalyser.gaps(List.of(SERVING, SWEDISH), Map.of(SERVING.itemKey(), 3, SWEDISH.itemKey(), 3)))
                .isEmpty();
    }

    @Test
    void anItemNeverMappedIsAnUnknownGapThatStartsWithValidation() {
        GapAnalyser.Gap gap = GapAnalyser.gaps(List.of(SERVING), Map.of()).get(0);
        assertThat(gap.unknown()).isTrue();
        assertThat(gap.currentLevel()).isZero();
        assertThat(gap.distance()).isEqualTo(2);
        assertThat(gap.suggestions()).startsWith(ActivityType.VALIDATION).contains(ActivityType.PLACEMENT);
    }

    @Test
    void suggestionsFollowTheRequirementType() {
        Map<UUID, Integer> levels = Map.of(SWEDISH.itemKey(), 0, CYCLING.itemKey(), 0, LICENCE.itemKey(), 0);
        List<GapAnalyser.Gap> gaps = GapAnalyser.gaps(List.of(SWEDISH, CYCLING, LICENCE), levels);
        assertThat(gaps.get(0).suggestions()).containsExactly(ActivityType.LANGUAGE_TRAINING, ActivityType.PLACEMENT);
        assertThat(gaps.get(1).suggestions()).containsExactly(ActivityType.PRACTICAL_TRAINING);
        assertThat(gaps.get(2).suggestions()).containsExactly(ActivityType.COURSE, ActivityType.VALIDATION);
    }
}
