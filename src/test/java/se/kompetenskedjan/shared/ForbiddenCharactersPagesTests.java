package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.TestDates;

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

    @Test
    void aNulInAParameterOfAPageWithoutAFormBeanIsA400WithTheReasonOnTheErrorPage() throws Exception {
        UUID yonas = se.kompetenskedjan.support.PlacementJson.demoId("participant:14");
        long languageAssessments = count("language_assessment");
        // a handler that reads all parameters as a map: refused before it runs
        MvcResult map = mvc.perform(form(post("/deltagare/" + yonas + "/sprak"), DemoUsers.COORDINATOR, Map.of(
                "assessedOn", TestDates.today().toString(), "note", "Bra\u0000")))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(map.getRequest().getAttribute(ErrorPages.DETAIL)).isEqualTo("error.body.forbiddenCharacter");
        assertThat(count("language_assessment")).isEqualTo(languageAssessments);

        // a @RequestParam String: refused when it is bound
        UUID assessment = jdbc.sql("SELECT id FROM assessment ORDER BY created_at LIMIT 1").query(UUID.class).single();
        long evidence = count("assessment_evidence");
        MvcResult param = mvc.perform(form(post("/bedomningar/" + assessment + "/bevis"), DemoUsers.SUPERVISOR,
                Map.of("note", "Såg\u0007 henne städa"))).andExpect(status().isBadRequest()).andReturn();
        assertThat(param.getRequest().getAttribute(ErrorPages.DETAIL)).isEqualTo("error.body.forbiddenCharacter");
        assertThat(count("assessment_evidence")).isEqualTo(evidence);
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
