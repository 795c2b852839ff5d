package se.kompetenskedjan.matching.internal;

import java.util.List;

import se.kompetenskedjan.matching.Criterion;

/**
 * How well a pair meets one criterion: a fraction 0–1, the points it gives (weight × fraction), and a message (key
 * and plain arguments) that explains it in concrete terms.
 */
record CriterionScore(Criterion criterion, double fraction, double points, String messageKey, List<Object> args) {

    CriterionScore {
        args = List.copyOf(args);
    }
}
