package se.kompetenskedjan.plans.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.kompetenskedjan.plans.ActivityType;

/**
 * Compares a participant's current levels with a target profile: every item not yet at its target level is a gap,
 * mandatory items first, then the largest distance, then the profile's own order. An item never mapped counts as
 * level 0 and is marked unknown, so the plan can start by finding out (validation).
 */
final class GapAnalyser {

    /** One requirement of the target, as the analysis needs it; type is the requirement type's name. */
    record Requirement(UUID itemKey, String type, String text, String easyText, int targetLevel, boolean mandatory,
            int position) {
    }

    record Gap(Requirement requirement, int currentLevel, boolean unknown, int distance, List<ActivityType> suggestions) {
    }

    private GapAnalyser() {
    }

    static List<Gap> gaps(List<Requirement> target, Map<UUID, Integer> currentLevels) {
        return target.stream()
                .map(r -> {
                    Integer level = currentLevels.get(r.itemKey());
                    int current = level == null ? 0 : level;
                    return new Gap(r, current, level == null, r.targetLevel() - current,
                            ActivityCatalogue.suggestionsFor(r.type(), level == null));
                })
                .filter(g -> g.distance() > 0)
                .sorted(Comparator.comparing((Gap g) -> !g.requirement().mandatory())
                        .thenComparing(Gap::distance, Comparator.reverseOrder())
                        .thenComparingInt(g -> g.requirement().position()))
                .toList();
    }
}
