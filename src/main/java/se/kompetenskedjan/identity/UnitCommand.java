package se.kompetenskedjan.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record UnitCommand(
        @NotBlank(message = "{unit.name.required}") @Size(max = 200, message = "{field.tooLong}") String name,
        @NotBlank(message = "{unit.kind.required}") @Size(max = 40, message = "{field.tooLong}") String kind,
        @Size(max = 200, message = "{field.tooLong}") String address,
        Long version) {
}
