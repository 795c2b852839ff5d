package se.kompetenskedjan.progression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.PARTICIPANT_14;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.PARTICIPANT_17;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.daysAgo;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.levels;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.ParticipantJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progression pages on fixture data, signed in through the login form: who gets which page, the participant
 * matrix (caption, row headers, levels as words, trends with text for screen readers), the cohort matrix with its
 * filter form, pagination and export links, and bad filter values as an error summary.
 */
class ProgressionPagesTests extends PageTest {

    @Autowired
    JdbcClient jdbc;

    private UUID template;

    @BeforeAll
    void setUp() {
        ProgressionFixtures fixtures = new ProgressionFixtures(jdbc);
        template = fixtures.template("Sidmall " + System.nanoTime());
        UUID home = fixtures.checklist(fixtures.languageInternship(), template, "Sidlista hemtjänst");
        UUID cleaning = fixtures.item(home, 1, UUID.randomUUID(), "Städa badrummet");
        UUID shopping = fixtures.item(home, 2, null, "Handla åt brukaren");
        fixtures.signed(home, PARTICIPANT_14, "SUPERVISOR", daysAgo(40), levels(cleaning, 0, shopping, 2));
        fixtures.signed(home, PARTICIPANT_14, "SUPERVISOR", daysAgo(8), levels(cleaning, 2, shopping, 1));
        UUID kitchen = fixtures.checklist(fixtures.kitchen(), template, "Sidlista kök");
        UUID peel = fixtures.item(kitchen, 1, null, "Skala potatis");
        fixtures.signed(kitchen, PARTICIPANT_17, "COORDINATOR", daysAgo(2), levels(peel, 3));
    }

    Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/progression", DemoUsers.COORDINATOR, 200),
                Arguments.of("/progression", DemoUsers.EMPLOYER_MANAGER, 200),
                Arguments.of("/progression", DemoUsers.SUPERVISOR, 200),
                Arguments.of("/progression", DemoUsers.ANALYST, 403),
                Arguments.of("/progression", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/progression?yrke=%3F%3F", DemoUsers.ANALYST, 403),
                Arguments.of("/deltagare/" + PARTICIPANT_14 + "/progression", DemoUsers.COORDINATOR, 200),
                Arguments.of("/deltagare/" + PARTICIPANT_14 + "/progression", DemoUsers.ANALYST, 403),
                Arguments.of("/deltagare/" + PARTICIPANT_14 + "/progression", DemoUsers.PARTICIPANT, 403),
                Arguments.of("/deltagare/" + PARTICIPANT_14 + "/progression", DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, 403),
                Arguments.of("/deltagare/" + UUID.randomUUID() + "/progression", DemoUsers.COORDINATOR, 404),
                Arguments.of("/progression/matris.csv", DemoUsers.ANALYST, 403));
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("pages")
    void whoGetsWhichPage(String path, String username, int expected) throws Exception {
        mvc.perform(get(path).session(as(username))).andExpect(status().is(expected));
    }

    @Test
    void participantPageShowsLevelsAsWordsPerDateWithTrendForScreenReaders() throws Exception {
        String page = page(DemoUsers.COORDINATOR, "/deltagare/" + PARTICIPANT_14 + "/progression");
        assertThat(page).contains("<h1 class=\"govuk-heading-xl\">Progression</h1>")
                .contains("Bedömda nivåer per punkt och datum</caption>")
                .contains(daysAgo(40).toString()).contains(daysAgo(8).toString())
                .contains("scope=\"row\"").contains("Städa badrummet").contains("Checklista: Sidlista hemtjänst")
                .contains("Inte påbörjat").contains("Med visst stöd")
                .contains("Högre nivå än vid förra bedömningen").contains("Lägre nivå än vid förra bedömningen")
                .contains("↑").contains("Upp").contains("Ned");
    }

    @Test
    void participantWithoutSignedAssessmentsSeesThatThereAreNone() throws Exception {
        String body = JsonMapper.builder().build().writeValueAsString(ParticipantJson.aParticipant()
                .with("firstName", "Progression").build());
        MvcResult created = mvc.perform(post("/api/v1/participants").with(httpBasic(DemoUsers.COORDINATOR,
                        ApiClient.DEMO_PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn();
        String id = JsonMapper.builder().build().readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .path("id").asString();
        String page = page(DemoUsers.COORDINATOR, "/deltagare/" + id + "/progression");
        assertThat(page).contains("Det finns inga signerade bedömningar ännu.").doesNotContain("id=\"progression-matrix\"");
    }

    @Test
    void cohortPageFiltersPaginatesAndLinksToExports() throws Exception {
        String page = page(DemoUsers.COORDINATOR, "/progression?mall=" + template);
        assertThat(page).contains("Progressionsmatris").contains("<label class=\"govuk-label\" for=\"enhet\">Enhet</label>")
                .contains("Senaste nivå och trend per deltagare och punkt (2 deltagare)</caption>")
                .contains("Skala potatis").contains("Städa badrummet").contains("Självständigt")
                .contains("Första bedömningen av punkten")
                .contains("/deltagare/" + PARTICIPANT_17 + "/progression")
                .contains("/progression/matris.xlsx?mall=" + template)
                .contains("/progression/matris.csv?mall=" + template)
                .as("steps of the ladders of the organisation hosting the places").contains("<optgroup label=");
        assertThat(page.indexOf("/deltagare/" + PARTICIPANT_17 + "/progression")).as("most recently assessed first")
                .isLessThan(page.indexOf("/deltagare/" + PARTICIPANT_14 + "/progression"));
        String empty = page(DemoUsers.COORDINATOR, "/progression?mall=" + template + "&yrke=0000");
        assertThat(empty).contains("Inga deltagare med signerade bedömningar matchar filtret.")
                .doesNotContain("matris.xlsx");
    }

    @Test
    void badFilterValuesComeBackAsAnErrorSummary() throws Exception {
        String page = page(DemoUsers.COORDINATOR,
                "/progression?yrke=%3Cb%3E&enhet=inte-ett-id&steg=" + UUID.randomUUID());
        assertThat(page).contains("govuk-error-summary").contains("Välj en enhet i listan")
                .contains("Välj ett steg i listan").contains("href=\"#enhet\"")
                .doesNotContain("id=\"progression-matrix\"");
        String service = page(DemoUsers.COORDINATOR, "/progression?yrke=%3Cb%3E");
        assertThat(service).contains("govuk-error-summary").contains("Yrke anges som SSYK-kod").contains("href=\"#yrke\"");
    }

    @Test
    void exportLinksDownloadTheMatrix() throws Exception {
        MvcResult csv = mvc.perform(get("/progression/matris.csv?mall=" + template).session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Efternamn;Förnamn;Senast bedömd;Skala potatis: nivå");
        MvcResult xlsx = mvc.perform(get("/progression/matris.xlsx?mall=" + template).session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn();
        assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');
        mvc.perform(get("/progression/matris.csv?enhet=inte-ett-id").session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isBadRequest());
    }
}
