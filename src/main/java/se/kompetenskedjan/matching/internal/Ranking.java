package se.kompetenskedjan.matching.internal;

import java.util.List;

/**
 * The best eligible matches in order (score descending, then id ascending), how many of the considered ones were
 * eligible, and how many were considered.
 */
record Ranking(List<MatchResult> top, int eligibleCount, int consideredCount) {

    Ranking {
        top = List.copyOf(top);
    }
}
