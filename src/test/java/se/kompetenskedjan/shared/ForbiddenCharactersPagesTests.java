package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;

/**
 * A control character (NUL and the like) typed or pasted into a page form is refused with the form's error summary
 * naming the field, and nothing is saved.
 */
class ForbiddenCharactersPagesTests extends PageTest {

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    private String text(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("sv"));
    }

    @Test
    void aNulInAFormFieldIsShownInTheErrorSummaryAtItsField() throws Exception {
        String lastName = "Nulsson" + System.nanoTime();
        String page = mvc.perform(form(post("/deltagare"), DemoUsers.COORDINATOR, Map.of(
                        "firstName", "Testa\u0000<script>", "lastName", lastName, "reserveIdentity", "KK-NUL-" + System.nanoTime(),
                        "gender", "WOMAN", "birthYear", "1990", "swedishLevel", "SFI_C", "educationLevel", "PRIMARY",
                        "referralSource", "MUNICIPAL_LABOUR_MARKET", "incomeSource", "SOCIAL_ASSISTANCE",
                        "status", "MAPPING")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String message = text("field.forbiddenCharacter");
        assertThat(page).contains("govuk-error-summary").contains("<a href=\"#firstName\">" + message + "</a>");
        assertThat(page).as("the value is shown again without the NUL").contains("value=\"Testa&lt;script&gt;\"")
                .doesNotContain("\u0000");
        assertThat(jdbc.sql("SELECT count(*) FROM participant WHERE last_name = :n").param("n", lastName)
                .query(Long.class).single()).isZero();
    }
}
