package se.kompetenskedjan.shared;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which counts the indicators ask for: the organisations in scope, optionally only some participants (a project's),
 * the period {@code from}–{@code to} (both days included) for flows, and the day {@code on} for stocks, all dates in
 * Europe/Stockholm.
 *
 * @param participantIds null for every participant of the organisations; otherwise only these
 */
public record IndicatorQuery(Set<UUID> organisationIds, Set<UUID> participantIds, LocalDate from, LocalDate to,
        LocalDate on) {

    public IndicatorQuery {
        organisationIds = Set.copyOf(Objects.requireNonNull(organisationIds, "organisationIds"));
        participantIds = participantIds == null ? null : Set.copyOf(participantIds);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /** Whether a participant is in scope (every participant when no set was given). */
    public boolean covers(UUID participantId) {
        return participantIds == null || participantIds.contains(participantId);
    }
}
