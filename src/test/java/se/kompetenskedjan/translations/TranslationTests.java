package se.kompetenskedjan.translations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How a page's texts come out of a translation: translated, Swedish and marked, or as written on a Swedish page. */
class TranslationTests {

    static final UUID PLAN = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();

    @Test
    void aTranslatedTextComesInTheLanguageAndAMissingOneInSwedishMarked() {
        Translation arabic = new Translation("ar", Map.of(PLAN, Map.of(SourceHash.of("Ta körkort"), "الحصول على رخصة القيادة")));

        LocalizedText translated = arabic.of(PLAN, "  Ta körkort\n");
        assertThat(translated.text()).isEqualTo("الحصول على رخصة القيادة");
        assertThat(translated.language()).isEqualTo("ar");
        assertThat(translated.swedishFallback()).isFalse();
        assertThat(translated.direction()).isEqualTo("rtl");

        LocalizedText missing = arabic.of(PLAN, "Lära mig cykla");
        assertThat(missing.text()).isEqualTo("Lära mig cykla");
        assertThat(missing.language()).isEqualTo("sv");
        assertThat(missing.swedishFallback()).isTrue();
        assertThat(missing.direction()).isEqualTo("ltr");

        assertThat(arabic.of(OTHER, "Ta körkort").swedishFallback()).as("translations belong to their document").isTrue();
        assertThat(arabic.of(PLAN, null)).isNull();
    }

    @Test
    void aSwedishPageShowsEveryTextAsWrittenUnmarked() {
        LocalizedText text = Translation.swedish().of(PLAN, "Ta körkort");
        assertThat(text.text()).isEqualTo("Ta körkort");
        assertThat(text.swedishFallback()).isFalse();
    }

    @Test
    void theHashIgnoresSurroundingWhitespaceButNotTheWords() {
        assertThat(SourceHash.of(" Ta körkort ")).isEqualTo(SourceHash.of("Ta körkort")).hasSize(64);
        assertThat(SourceHash.of("Ta körkort.")).isNotEqualTo(SourceHash.of("Ta körkort"));
    }

    @Test
    void arabicAndDariPersianAreRightToLeftTheOthersNot() {
        assertThat(ContentLanguages.rightToLeft("ar")).isTrue();
        assertThat(ContentLanguages.rightToLeft("fa")).isTrue();
        assertThat(ContentLanguages.rightToLeft("ti")).isFalse();
        assertThat(ContentLanguages.rightToLeft("so")).isFalse();
        assertThat(ContentLanguages.rightToLeft(null)).isFalse();
    }
}
