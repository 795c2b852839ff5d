package se.kompetenskedjan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.kompetenskedjan.identity.internal.OrganisationNumbers.Problem;
import se.kompetenskedjan.support.ExternalWorkplaceJson;

/** Swedish organisation numbers: ten digits, a Luhn check digit, and a legal person's third digit. */
class OrganisationNumbersTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "556123-4567, NONE",          // a well-formed aktiebolag number
        "5561234567, NONE",           // without the hyphen
        "' 556123-4567 ', NONE",      // spaces around it
        "802400-0013, NONE",          // an association (group 8)
        "002100-0005, NONE",          // the demo's made-up numbers
        "556123-4568, CHECK_DIGIT",   // one off in the check digit
        "556123-4576, CHECK_DIGIT",   // two digits swapped
        "811218-9876, PERSONAL_NUMBER", // a personal identity number (month 12) is not an organisation's
        "55612-34567, FORMAT",        // hyphen in the wrong place
        "556123-456, FORMAT",         // nine digits
        "556123-45678, FORMAT",       // eleven digits
        "55612A-4567, FORMAT",
        "'', FORMAT"})
    void checksTheNumber(String input, Problem expected) {
        assertThat(OrganisationNumbers.check(input)).isEqualTo(expected);
    }

    @Test
    void writesTheNumberWithTheHyphen() {
        assertThat(OrganisationNumbers.normalise("5561234567")).isEqualTo("556123-4567");
        assertThat(OrganisationNumbers.normalise(" 556123-4567")).isEqualTo("556123-4567");
        assertThat(OrganisationNumbers.normalise("556123 4567")).isNull();
    }

    @Test
    void theTestDataBuilderMakesValidNumbers() {
        for (int i = 0; i < 200; i++) {
            assertThat(OrganisationNumbers.check(ExternalWorkplaceJson.orgNumber())).isEqualTo(Problem.NONE);
        }
    }
}
