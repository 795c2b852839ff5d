package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A report as it may be published and exported: its protected tables, the scope it covers (an organisation, a
 * project with its funder's reference, the region), the period and the day for stocks, the threshold applied.
 */
public record ProtectedReport(String title, String scope, LocalDate from, LocalDate to, LocalDate on, int threshold,
        OffsetDateTime producedAt, List<ProtectedTable> tables) {

    public ProtectedReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(producedAt, "producedAt");
        tables = List.copyOf(tables);
    }
}
