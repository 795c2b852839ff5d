package se.kompetenskedjan.workability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A work-ability form at one version. organisationId null: the platform's default form. editable: the signed-in user
 * may save a new version of it.
 */
public record WorkAbilityFormView(UUID id, UUID organisationId, String name, UUID versionId, int version,
        String description, Instant versionCreatedAt, List<Question> questions, boolean editable, long lockVersion) {

    @Schema(name = "WorkAbilityQuestionView")
    public record Question(UUID id, int position, WorkAbilityArea area, String text, int scaleMax, String lowLabel,
            String highLabel) {
    }
}
