package se.kompetenskedjan.profiles;

import jakarta.validation.constraints.NotNull;

/** A state change (publish, retire) of what was read at lockVersion; a stale lockVersion is a conflict. */
public record LockCommand(@NotNull(message = "{profile.lockVersion.required}") Long lockVersion) {
}
