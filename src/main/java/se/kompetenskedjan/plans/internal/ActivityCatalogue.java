package se.kompetenskedjan.plans.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.kompetenskedjan.plans.ActivityType;

/**
 * Which kinds of activity usually close a gap of a given requirement type, most typical first (after the sources:
 * Swedish is learnt at SFI and in language placements; skills at a workplace; certificates on a course; practical
 * prerequisites such as cycling by practical training).
 */
final class ActivityCatalogue {

    private static final Map<String, List<ActivityType>> BY_REQUIREMENT_TYPE = Map.of(
            "KNOWLEDGE", List.of(ActivityType.COURSE, ActivityType.VALIDATION, ActivityType.STUDY_GUIDANCE),
            "SKILL", List.of(ActivityType.PLACEMENT, ActivityType.PRACTICAL_TRAINING, ActivityType.VALIDATION),
            "BEHAVIOUR", List.of(ActivityType.PLACEMENT, ActivityType.HEALTH_SUPPORT),
            "SWEDISH_LANGUAGE", List.of(ActivityType.LANGUAGE_TRAINING, ActivityType.PLACEMENT),
            "OTHER_LANGUAGE", List.of(ActivityType.LANGUAGE_TRAINING, ActivityType.VALIDATION),
            "CERTIFICATE", List.of(ActivityType.COURSE, ActivityType.VALIDATION),
            "PRACTICAL", List.of(ActivityType.PRACTICAL_TRAINING));

    private ActivityCatalogue() {
    }

    static List<ActivityType> suggestionsFor(String requirementType, boolean levelUnknown) {
        List<ActivityType> suggestions = new ArrayList<>();
        if (levelUnknown) {
            suggestions.add(ActivityType.VALIDATION);
        }
        for (ActivityType type : BY_REQUIREMENT_TYPE.getOrDefault(requirementType, List.of(ActivityType.OTHER))) {
            if (!suggestions.contains(type)) {
                suggestions.add(type);
            }
        }
        return List.copyOf(suggestions);
    }
}
