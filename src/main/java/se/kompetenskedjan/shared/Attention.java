package se.kompetenskedjan.shared;

import java.util.Objects;

/**
 * One line of the start page: a message key taking the count as {0}, how urgent it is, and the page that shows the
 * rows behind the count.
 */
public record Attention(String messageKey, long count, Urgency urgency, String link) {

    public enum Urgency {
        /** Past its date. */
        OVERDUE,
        /** Waiting for this user, or due within days. */
        WAITING,
        /** Worth knowing, not yet due. */
        SOON
    }

    public Attention {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(link, "link");
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("An attention links within the platform: " + link);
        }
    }
}
