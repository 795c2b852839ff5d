package se.kompetenskedjan.translations;

/**
 * A text in the language a page is shown in, or in Swedish where no translation exists yet (swedishFallback: the page
 * marks it lang="sv", isolates its direction and says it is in Swedish).
 */
public record LocalizedText(String text, String language, boolean swedishFallback) {

    public boolean rightToLeft() {
        return ContentLanguages.rightToLeft(language);
    }

    public String direction() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    @Override
    public String toString() {
        return text;
    }
}
