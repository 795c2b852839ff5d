package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.PdfText;
import se.kompetenskedjan.support.TestDates;

/**
 * The certificate pages, signed in through the login form: the participant's certificates page for staff (issue
 * form with an error summary for bad input, list with PDF and credential links, revoke form), and the public
 * verification page before and after revocation.
 */
class CertificatePagesTests extends PageTest {

    @Autowired
    JdbcClient jdbc;

    private final UUID yonas = CertificateFixtures.participant(14);
    private CertificateFixtures.Checklist checklist;

    @BeforeAll
    void setUp() {
        UUID place = CertificateFixtures.activePlacementOf(jdbc, yonas);
        checklist = CertificateFixtures.checklist(jdbc, place, "Hemtjänst – språk i arbetet " + System.nanoTime(),
                "Hälsar och presenterar sig för brukaren", "Läser arbetsschemat");
        CertificateFixtures.assess(jdbc, checklist, yonas, "SUPERVISOR", CertificateFixtures.HANDLEDARE, "Leila Mansour",
                TestDates.today().minusDays(2), true, 2, 3);
    }

    @Test
    void staffIssueACertificateThroughTheFormAndOthersAreKeptOut() throws Exception {
        String path = "/deltagare/" + yonas + "/intyg";
        String page = page(DemoUsers.COORDINATOR, path);
        assertThat(page).contains("Valideringsintyg", "Yonas Tesfamariam", "Utfärda intyg", checklist.title(),
                "name=\"_csrf\"", "<legend");

        assertThat(page(DemoUsers.EMPLOYER_MANAGER, path)).as("the employer manager of the placement issues too")
                .contains("Utfärda intyg", checklist.title());

        String empty = mvc.perform(post(path).session(as(DemoUsers.COORDINATOR)).with(csrf())
                        .param("checklistId", "").param("language", "sv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("govuk-error-summary", "Välj en checklista eller en plats, inte båda.");
        String badLanguage = mvc.perform(post(path).session(as(DemoUsers.COORDINATOR)).with(csrf())
                        .param("checklistId", checklist.id().toString()).param("language", "de"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badLanguage).contains("govuk-error-summary", "Språket måste vara sv (svenska) eller en (engelska).");

        mvc.perform(post(path).session(as(DemoUsers.COORDINATOR)).with(csrf())
                        .param("checklistId", checklist.id().toString()).param("language", "en"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("SELECT id FROM certificate WHERE checklist_id = :c").param("c", checklist.id())
                .query(UUID.class).single();
        String list = page(DemoUsers.COORDINATOR, path);
        assertThat(list).contains("Giltigt", "/intyg/" + id + "/pdf", "/intyg/" + id + "/credential",
                "/intyg/" + id + "/verifiera", "Återkalla intyget");

        byte[] pdf = mvc.perform(get("/intyg/" + id + "/pdf").session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("Validation certificate", "Yonas Tesfamariam", "Läser arbetsschemat",
                "Independently");
        String jwt = mvc.perform(get("/intyg/" + id + "/credential").session(as(DemoUsers.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(jwt.split("\\.")).hasSize(3);

        mvc.perform(get(path).session(as(DemoUsers.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get(path).session(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(post(path).session(as(DemoUsers.SUPERVISOR)).with(csrf())
                .param("checklistId", checklist.id().toString()).param("language", "sv"))
                .andExpect(status().isForbidden());
    }

    /** Amina ("deltagare") finds her certificate on Min sida, downloads it, and staff have no such page. */
    @Test
    void theParticipantSeesAndDownloadsHerOwnCertificates() throws Exception {
        UUID amina = jdbc.sql("SELECT participant_id FROM user_account WHERE username = :u")
                .param("u", DemoUsers.PARTICIPANT).query(UUID.class).single();
        CertificateFixtures.Checklist mine = CertificateFixtures.checklist(jdbc,
                CertificateFixtures.anyPlacementOf(jdbc, amina), "Aminas lista " + System.nanoTime(), "Bäddar sängen");
        CertificateFixtures.assess(jdbc, mine, amina, "SUPERVISOR", CertificateFixtures.HANDLEDARE, "Leila Mansour",
                TestDates.today().minusDays(3), true, 2);
        mvc.perform(post("/deltagare/" + amina + "/intyg").session(as(DemoUsers.COORDINATOR)).with(csrf())
                .param("checklistId", mine.id().toString()).param("language", "sv"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("SELECT id FROM certificate WHERE checklist_id = :c").param("c", mine.id())
                .query(UUID.class).single();

        assertThat(page(DemoUsers.PARTICIPANT, "/min-sida")).contains("/min-sida/intyg");
        String page = page(DemoUsers.PARTICIPANT, "/min-sida/intyg");
        assertThat(page).contains("Mina intyg", "Giltigt", "/intyg/" + id + "/pdf", "/intyg/" + id + "/verifiera")
                .doesNotContain("/credential", "Återkalla intyget", "/aterkalla");
        byte[] pdf = mvc.perform(get("/intyg/" + id + "/pdf").session(as(DemoUsers.PARTICIPANT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.of(pdf)).contains("Valideringsintyg", "Bäddar sängen");
        assertThat(mvc.perform(get("/min-sida/intyg?lang=uk").session(as(DemoUsers.PARTICIPANT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Мої сертифікати");
        mvc.perform(get("/min-sida/intyg").session(as(DemoUsers.COORDINATOR))).andExpect(status().isForbidden());
    }

    @Test
    void revokingThroughThePageFlipsThePublicVerificationPage() throws Exception {
        mvc.perform(post("/deltagare/" + yonas + "/intyg").session(as(DemoUsers.COORDINATOR)).with(csrf())
                        .param("checklistId", checklist.id().toString()).param("language", "sv"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("""
                SELECT id FROM certificate WHERE checklist_id = :c AND language = 'sv' AND revoked_at IS NULL
                ORDER BY issued_at DESC LIMIT 1""").param("c", checklist.id()).query(UUID.class).single();

        String genuine = mvc.perform(get("/intyg/" + id + "/verifiera")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(genuine).contains("Intyget är äkta och giltigt", "Yonas Tesfamariam", "Hälsar och presenterar sig",
                "Med visst stöd");

        mvc.perform(post("/intyg/" + id + "/aterkalla").session(as(DemoUsers.COORDINATOR)).with(csrf())
                .param("reason", "")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/intyg/" + id + "/verifiera")).andReturn().getResponse().getContentAsString())
                .contains("Intyget är äkta och giltigt");
        mvc.perform(post("/intyg/" + id + "/aterkalla").session(as(DemoUsers.COORDINATOR)).with(csrf())
                .param("reason", "Fel språk")).andExpect(status().is3xxRedirection());

        String revoked = mvc.perform(get("/intyg/" + id + "/verifiera")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(revoked).contains("Intyget är återkallat").doesNotContain("Yonas Tesfamariam")
                .doesNotContain("Fel språk");
        assertThat(page(DemoUsers.COORDINATOR, "/deltagare/" + yonas + "/intyg")).contains("Återkallat");
    }
}
