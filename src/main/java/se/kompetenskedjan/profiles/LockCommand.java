package se.kompetenskedjan.profiles;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A state change (publish, retire) of what was read at lockVersion; a stale lockVersion is a conflict. */
@Schema(name = "ProfileLockCommand")
public record LockCommand(@NotNull(message = "{profile.lockVersion.required}") Long lockVersion) {
}
