package se.kompetenskedjan.shared;

/** The change cannot be made in the current state, e.g. someone else saved first. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
