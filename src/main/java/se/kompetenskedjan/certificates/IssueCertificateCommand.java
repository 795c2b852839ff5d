package se.kompetenskedjan.certificates;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Issue a certificate for one checklist, or for all checklists of one placement (give exactly one of the two), in
 * Swedish (sv) or English (en).
 */
public record IssueCertificateCommand(UUID checklistId, UUID placementId,
        @NotBlank(message = "{certificate.language.required}")
        @Pattern(regexp = "sv|en", message = "{certificate.language.invalid}") String language) {
}
