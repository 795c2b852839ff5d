package se.kompetenskedjan.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A project as its page and the API show it: the funder and the funder's reference, the period (to null while it
 * runs), its ladders, how many take part today and how many ever took part (each a {@link Figure}: protected under
 * the threshold for analysts), whether the signed-in user may change it, and the version to send with a change.
 */
public record ProjectDetails(UUID id, UUID organisationId, String organisationName, String name, String funder,
        String funderReference, LocalDate from, LocalDate to, List<Ladder> ladders, Figure participantsNow,
        Figure participantsEver, boolean mayEdit, long version) {

    public record Ladder(UUID id, String name) {
    }

    public ProjectDetails {
        ladders = List.copyOf(ladders);
    }
}
