package se.kompetenskedjan.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonnummerTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource({
            "19121212-1212", // Skatteverket's well-known test person
            "121212-1212",
            "191212121212",
            "19900101-9802",
            "900101+9802",   // '+' = 100 years or older
            "19900161-9809"  // co-ordination number: day + 60
    })
    void acceptsValidNumbers(String text) {
        assertThat(Personnummer.validate(text, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "19121212-1213, CHECKSUM",
            "19901332-1234, DATE",
            "19900230-1234, DATE",
            "20991231-1234, DATE",
            "1912121212, CHECKSUM",
            "abc, FORMAT",
            "1912-12-12-1212, FORMAT",
            "19121212 1212, FORMAT",
            "'', FORMAT"
    })
    void rejectsInvalidNumbersNamingTheProblem(String text, Personnummer.Problem problem) {
        assertThat(Personnummer.validate(text, TODAY)).contains(problem);
    }

    @Test
    void normalisesToTwelveDigitsWithHyphen() {
        assertThat(Personnummer.parse("121212-1212", TODAY).value()).isEqualTo("20121212-1212");
        assertThat(Personnummer.parse("121212+1212", TODAY).value()).isEqualTo("19121212-1212");
        assertThat(Personnummer.parse("191212121212", TODAY).value()).isEqualTo("19121212-1212");
        assertThat(Personnummer.parse("19121212-1212", TODAY).birthYear()).isEqualTo(1912);
    }

    @Test
    void twoDigitYearsAreTheLatestPossibleCenturyUnlessMarkedWithPlus() {
        int century = TODAY.getYear() / 100 * 100;
        assertThat(Personnummer.parse("900101-9802", TODAY).value()).isEqualTo((century - 100 + 90) + "0101-9802");
        assertThat(Personnummer.parse("900101+9802", TODAY).value()).isEqualTo((century - 200 + 90) + "0101-9802");
    }

    @Test
    void refusesToHoldAnInvalidNumber() {
        assertThatThrownBy(() -> Personnummer.parse("19121212-1213", TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTwoDigitYearIsReadOnTheGivenDate() {
        // a child born on New Year's Day: on New Year's Eve the number can only be of someone born in 1927
        assertThat(Personnummer.parse("270101-0007", LocalDate.of(2027, 1, 1)).value()).isEqualTo("20270101-0007");
        assertThat(Personnummer.parse("270101-0007", LocalDate.of(2026, 12, 31)).value()).isEqualTo("19270101-0007");
        assertThat(Personnummer.validate("20270101-0007", LocalDate.of(2026, 12, 31))).contains(Personnummer.Problem.DATE);
        assertThat(Personnummer.validate("20270101-0007", LocalDate.of(2027, 1, 1))).isEmpty();
    }

    @Test
    void theStoredFormNeedsNoDate() {
        assertThat(new Personnummer("19121212-1212").birthYear()).isEqualTo(1912);
        assertThatThrownBy(() -> new Personnummer("121212-1212")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Personnummer("19121212-1213")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void luhnChecksumOfTheTenDigits() {
        assertThat(Personnummer.luhnValid("8112189876")).isTrue();
        assertThat(Personnummer.luhnValid("8112189875")).isFalse();
    }
}
