package se.kompetenskedjan.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A search over the decisions the signed-in user may read: query (words in Swedish, matched by their stems and as
 * the beginnings of longer words, in the decision or the meeting's title; none: all), the meeting's kind, its date
 * from and to (inclusive), the decision's owner. Paginated.
 */
public record DecisionSearch(String query, MeetingKind kind, LocalDate from, LocalDate to, UUID ownerId,
        Integer page, Integer size) {
}
