package se.kompetenskedjan.shared;

/** Small helpers for free text from forms and JSON. */
public final class Texts {

    private Texts() {
    }

    /** Stripped text, or null when there is none: optional fields store "nothing" one way only. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
