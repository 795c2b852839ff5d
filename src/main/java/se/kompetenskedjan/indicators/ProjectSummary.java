package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.UUID;

/** One row of the project list. */
public record ProjectSummary(UUID id, String name, String funder, String funderReference, UUID organisationId,
        String organisationName, LocalDate from, LocalDate to) {
}
