package se.kompetenskedjan.profiles;

import java.util.List;

/**
 * The one level scale of every requirement item (and of a participant's mapped levels):
 * 0 = not started (Inte påbörjat), 1 = with much support (Med mycket stöd), 2 = with some support (Med visst
 * stöd), 3 = independently (Självständigt). Yes/no items (certificates, practical abilities): 0 = no, 3 = yes.
 */
public final class LevelScale {

    public static final int MIN = 0;
    public static final int MAX = 3;

    public static final int NOT_STARTED = 0;
    public static final int MUCH_SUPPORT = 1;
    public static final int SOME_SUPPORT = 2;
    public static final int INDEPENDENT = 3;

    public static final int NO = 0;
    public static final int YES = 3;

    private static final List<Integer> ALL_LEVELS = List.of(NOT_STARTED, MUCH_SUPPORT, SOME_SUPPORT, INDEPENDENT);
    private static final List<Integer> YES_NO_LEVELS = List.of(NO, YES);

    private LevelScale() {
    }

    /** The levels an item of this type can have. */
    public static List<Integer> levels(RequirementType type) {
        return type.yesNo() ? YES_NO_LEVELS : ALL_LEVELS;
    }

    public static boolean isValid(RequirementType type, int level) {
        return levels(type).contains(level);
    }

    /** Message key of the level's label, e.g. "level.2" (Med visst stöd) or "level.yesNo.3" (Ja). */
    public static String labelKey(RequirementType type, int level) {
        return (type.yesNo() ? "level.yesNo." : "level.") + level;
    }

    /** Whether a participant at {@code level} has reached an item's {@code targetLevel}. */
    public static boolean reached(int level, int targetLevel) {
        return level >= targetLevel;
    }
}
