package se.kompetenskedjan.plans;

import java.util.Map;
import java.util.UUID;

/**
 * Per participant: current level by item key, and distance to the target by item key of the latest plan's target
 * profile (unmet items only).
 */
public record LevelsAndGaps(Map<UUID, Map<UUID, Integer>> levels, Map<UUID, Map<UUID, Integer>> gaps) {
}
