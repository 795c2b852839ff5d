package se.kompetenskedjan.checklists;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note as evidence: what was seen, for one item (itemId) or the whole assessment. */
public record EvidenceNoteCommand(UUID itemId,
        @NotBlank(message = "{validation.evidence.note.required}") @Size(max = 2000, message = "{field.tooLong}") String note) {
}
