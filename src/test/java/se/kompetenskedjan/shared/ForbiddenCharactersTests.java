package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForbiddenCharactersTests {

    @Test
    void controlCharactersAreForbiddenButTabsAndLineBreaksAreNot() {
        assertThat(ForbiddenCharacters.in("a\u0000b")).isTrue();
        assertThat(ForbiddenCharacters.in("\u0001")).isTrue();
        assertThat(ForbiddenCharacters.in("färg\u001b[31m")).as("escape").isTrue();
        assertThat(ForbiddenCharacters.in("\u007f")).as("DEL").isTrue();
        assertThat(ForbiddenCharacters.in("\u0085")).as("C1 control").isTrue();
        assertThat(ForbiddenCharacters.in("Rad ett\r\nRad två\tmed tabb")).isFalse();
        assertThat(ForbiddenCharacters.in("Åsa Öberg, مرحبا, Привіт, 👍🏽")).isFalse();
        assertThat(ForbiddenCharacters.in(null)).isFalse();
        assertThat(ForbiddenCharacters.in("")).isFalse();
    }

    @Test
    void halfASurrogatePairIsForbidden() {
        assertThat(ForbiddenCharacters.in("x\uD83D")).isTrue();
        assertThat(ForbiddenCharacters.in("\uDC4Dx")).isTrue();
        assertThat(ForbiddenCharacters.in("\uD83D\uDC4D")).isFalse();
    }

    @Test
    void checkThrowsAndWithoutKeepsTheRest() {
        assertThatThrownBy(() -> ForbiddenCharacters.check("a\u0000<script>.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ForbiddenCharacters.check("Rad\nRad")).isEqualTo("Rad\nRad");
        assertThat(ForbiddenCharacters.without("a\u0000b\u0007c\tä\uD83D\uDC4D\uD83D")).isEqualTo("abc\tä\uD83D\uDC4D");
    }
}
