package se.kompetenskedjan.checklists;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A whole checklist template, as created or saved: industry, title, the requirement profile version its items
 * validate, and 1-50 items. platform (on create only): a platform template, for the platform host's admins; otherwise
 * it belongs to the caller's organisation. On update lockVersion is the version read (stale: 409).
 */
public record ChecklistTemplateCommand(
        @NotNull(message = "{checklist.industry.required}") Industry industry,
        @NotBlank(message = "{checklist.title.required}") @Size(max = 200, message = "{field.tooLong}") String title,
        @Size(max = 200, message = "{field.tooLong}") String easyTitle,
        @NotNull(message = "{checklist.profile.required}") UUID profileVersionId,
        @NotEmpty(message = "{checklist.items.required}") @Size(max = 50, message = "{checklist.items.tooMany}")
        List<@NotNull @Valid TemplateItemCommand> items,
        Boolean platform,
        Long lockVersion) {
}
