package se.kompetenskedjan.shared;

/**
 * Characters no text field accepts: control characters (NUL, which PostgreSQL cannot store, and the other C0/C1
 * controls and DEL, which it stores but which mean nothing in a form and can hide text or break exports and logs),
 * except tab, line feed and carriage return in free text; and halves of a surrogate pair without their other half
 * (not a character at all; they would be stored as "?"). Checked once for every JSON body, form field and query
 * parameter (TextInputChecks), so the modules never see them.
 */
public final class ForbiddenCharacters {

    /** The message for a field holding such a character. */
    public static final String MESSAGE_KEY = "field.forbiddenCharacter";

    private ForbiddenCharacters() {
    }

    /** Thrown by the checks of form fields and parameters; an IllegalArgumentException so binding reports it. */
    public static final class Found extends IllegalArgumentException {
        Found() {
            super("text with a forbidden character");
        }
    }

    public static boolean in(String text) {
        return text != null && indexIn(text) >= 0;
    }

    /** The text itself; throws Found when it holds a forbidden character. */
    public static String check(String text) {
        if (in(text)) {
            throw new Found();
        }
        return text;
    }

    /** The text without its forbidden characters, e.g. to show a rejected value again. */
    public static String without(String text) {
        if (!in(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int end = allowedEnd(text, i);
            if (end > i) {
                kept.append(text, i, end);
                i = end - 1;
            }
        }
        return kept.toString();
    }

    private static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            int end = allowedEnd(text, i);
            if (end == i) {
                return i;
            }
            i = end - 1;
        }
        return -1;
    }

    /** Where the allowed character at i ends (i + 1, or i + 2 for a surrogate pair), or i when it is forbidden. */
    private static int allowedEnd(String text, int i) {
        char c = text.charAt(i);
        if (Character.isISOControl(c)) {
            return c == '\t' || c == '\n' || c == '\r' ? i + 1 : i;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i;
        }
        return Character.isLowSurrogate(c) ? i : i + 1;
    }
}
