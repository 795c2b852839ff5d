package se.kompetenskedjan.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One version of a check-in battery. organisationId null: a platform battery (template). Each version stays readable
 * as it was (answers will refer to it); version is the latest one's number in {@code latestVersion}.
 */
public record BatteryView(UUID id, UUID organisationId, String name, CheckInAudience audience, int version,
        int latestVersion, List<QuestionView> questions, String savedByName, Instant savedAt, boolean mayEdit,
        long lockVersion) {

    /** position counts from 1; key stays the same for the "same" question across versions. */
    public record QuestionView(int position, UUID key, QuestionKind kind, String text, List<String> choices,
            boolean required) {
    }

    public boolean template() {
        return organisationId == null;
    }
}
