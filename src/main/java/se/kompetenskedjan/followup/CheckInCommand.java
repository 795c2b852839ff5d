package se.kompetenskedjan.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check-in answered by the participant about themself or by their supervisor. batteryId/batteryVersion: the version
 * the answers were given to (default: the latest of the battery the participant's organisation uses now). periodDate:
 * a day of the period answered for, this period or the one before (default: today). Values: SCALE "1"–"5", YES_NO
 * "YES"/"NO", TRAFFIC_LIGHT "GREEN"/"YELLOW"/"RED", CHOICE one of the question's choices as written, FREE_TEXT at most
 * 1,000 characters. language: the language the participant answered in (default: the page's).
 */
public record CheckInCommand(
        @NotNull(message = "{checkin.audience.required}") CheckInAudience audience,
        LocalDate periodDate,
        UUID batteryId,
        Integer batteryVersion,
        @NotNull(message = "{checkin.answers.required}") @Size(max = 30) List<@Valid @NotNull Answer> answers,
        Set<@NotNull Obstacle> obstacles,
        @Size(max = 300, message = "{checkin.obstacleNote.tooLong}") String obstacleNote,
        @Size(max = 10) String language) {

    @Schema(name = "CheckInAnswer")
    public record Answer(@NotNull(message = "{checkin.answer.key.required}") UUID questionKey, String value) {
    }
}
