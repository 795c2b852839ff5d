package se.kompetenskedjan.shared;

/** A resource the caller asked for does not exist (or must not be revealed to exist). */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
