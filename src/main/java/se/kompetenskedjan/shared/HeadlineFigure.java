package se.kompetenskedjan.shared;

import java.util.Objects;

/**
 * One headline figure of a start page (issue 14, item 4): a count over a group of participants, never a list of
 * them. The start page shows it only when the group is at least the statistics threshold ({@link StartPage}).
 */
public record HeadlineFigure(String messageKey, long count) {

    public HeadlineFigure {
        Objects.requireNonNull(messageKey, "messageKey");
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
    }
}
