package se.kompetenskedjan.placements;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/** Interest in a place from the bank: by the participant themself (participantId empty) or by staff for them. */
public record InterestCommand(UUID participantId, @Size(max = 1000, message = "{field.tooLong}") String note) {
}
