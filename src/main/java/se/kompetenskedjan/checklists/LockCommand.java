package se.kompetenskedjan.checklists;

import jakarta.validation.constraints.NotNull;

/** A change that carries nothing but the version read (remove an item, sign an assessment). */
public record LockCommand(@NotNull(message = "{checklist.lockVersion.required}") Long lockVersion) {
}
