package se.kompetenskedjan.profiles;

import java.util.UUID;

/**
 * One requirement of one profile version. itemKey is the same in every version of the profile (a participant's
 * level is kept per itemKey); targetLevel is on the {@link LevelScale}; position counts from 1.
 */
public record RequirementItemView(UUID itemKey, RequirementType type, String text, String easyText, int targetLevel,
        boolean mandatory, String skillConceptId, String skillLabel, int position) {
}
