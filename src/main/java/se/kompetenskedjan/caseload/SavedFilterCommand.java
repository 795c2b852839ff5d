package se.kompetenskedjan.caseload;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.kompetenskedjan.shared.CaseSignalKind;

/** A filter the user keeps under a name of their own. */
public record SavedFilterCommand(
        @NotBlank(message = "{caseload.filter.name.required}") @Size(max = 80, message = "{field.tooLong}") String name,
        Set<CaseSignalKind> kinds, Boolean overdueOnly) {

    /** Only signals past their date; false when not given. */
    public boolean onlyOverdue() {
        return Boolean.TRUE.equals(overdueOnly);
    }
}
