package se.kompetenskedjan.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * One count of an indicator: for an organisation, and for one participant where the count is about a participant
 * (then the indicators module can break it down by the participant's attributes); {@code participantId} is null for
 * counts that are about no participant (places, seats, trained supervisors).
 */
public record IndicatorCount(String indicator, UUID organisationId, UUID participantId, long value) {

    public IndicatorCount {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(organisationId, "organisationId");
        if (value < 0) {
            throw new IllegalArgumentException("A count is never negative: " + value);
        }
    }
}
