package se.kompetenskedjan.translations;

import java.util.Set;

/** Facts about the participant languages content can be translated into. */
public final class ContentLanguages {

    public static final String SWEDISH = "sv";

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "ps", "ckb", "he", "ur");

    private ContentLanguages() {
    }

    public static boolean rightToLeft(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language);
    }
}
