package se.kompetenskedjan.plans;

import java.util.List;
import java.util.UUID;

/** One unmet requirement: how far the participant is from the target level, and what usually closes the gap. */
public record GapView(UUID itemKey, String requirementType, String text, String easyText, boolean mandatory,
        int currentLevel, boolean unknown, int targetLevel, int distance, List<ActivityType> suggestions) {
}
