package se.kompetenskedjan.followup;

import jakarta.validation.constraints.Size;

/** The coordinator's note on a check-in, marking it reviewed. */
public record ReviewCommand(@Size(max = 2000, message = "{field.tooLong}") String note) {
}
