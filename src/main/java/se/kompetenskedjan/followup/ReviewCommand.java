package se.kompetenskedjan.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** The coordinator's note on a check-in, marking it reviewed. */
@Schema(name = "CheckInReviewCommand")
public record ReviewCommand(@Size(max = 2000, message = "{field.tooLong}") String note) {
}
