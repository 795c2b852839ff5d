package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signing keys page (/intyg/nycklar) for an organisation made for this test (its admin and coordinator sign in
 * with the demo password), so withdrawing its key touches no other test's certificates: the key list, the rotation
 * form with its error summary, the confirmation step, the withdrawn key's certificate on the staff list and the public
 * verification page, the link from the organisation page, and who is kept out.
 */
class SigningKeysPagesTests extends PageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    private UUID organisation;
    private String admin;
    private String coordinator;
    private UUID participant;
    private UUID certificate;

    @BeforeAll
    void setUp() throws Exception {
        String suffix = Long.toString(System.nanoTime());
        organisation = UUID.fromString(api("/api/v1/organisations", DemoUsers.PLATFORM_ADMIN, Map.of(
                "name", "Nyckelsidans kommun " + suffix, "type", "MUNICIPALITY", "municipality", "Nyckelby"))
                .path("id").asString());
        admin = "nyckelsida.admin." + suffix;
        coordinator = "nyckelsida.koordinator." + suffix;
        api("/api/v1/users", DemoUsers.PLATFORM_ADMIN, Map.of("organisationId", organisation, "username", admin,
                "displayName", "Sidans Admin", "role", "ADMIN", "password", ApiClient.DEMO_PASSWORD));
        api("/api/v1/users", DemoUsers.PLATFORM_ADMIN, Map.of("organisationId", organisation, "username", coordinator,
                "displayName", "Sidans Koordinator", "role", "COORDINATOR", "password", ApiClient.DEMO_PASSWORD));
        participant = UUID.fromString(api("/api/v1/participants", coordinator,
                ParticipantJson.aParticipant().with("firstName", "Nyckelida").build()).path("id").asString());
        CertificateFixtures.Checklist checklist = CertificateFixtures.checklist(jdbc,
                CertificateFixtures.activePlacementOf(jdbc, CertificateFixtures.participant(17)), "Sidprov " + suffix,
                "Torkar av borden");
        CertificateFixtures.assess(jdbc, checklist, participant, "COORDINATOR", CertificateFixtures.KOORDINATOR,
                "Sara Nyström", TestDates.today().minusDays(1), true, 3);
        certificate = UUID.fromString(api("/api/v1/participants/" + participant + "/certificates", coordinator,
                Map.of("checklistId", checklist.id().toString(), "language", "sv")).path("id").asString());
    }

    @Test
    void anAdminWithdrawsTheKeyAfterConfirmingAndItsCertificateNoLongerVerifies() throws Exception {
        String activeKid = activeKid();
        String page = page(admin, "/intyg/nycklar");
        assertThat(page).contains("Signeringsnycklar för intyg", "Nyckelsidans kommun", activeKid, "Aktiv",
                "Byt signeringsnyckel", "Rutinbyte", "Nyckeln kan ha kommit i orätta händer", "Bytet går inte att ångra",
                "name=\"_csrf\"", "<legend", "/jwks.json").doesNotContain("govuk-error-summary");
        assertThat(page(DemoUsers.PLATFORM_ADMIN, "/intyg/nycklar?organisation=" + organisation)).contains(activeKid);
        assertThat(page(admin, "/organisationer/" + organisation))
                .contains("/intyg/nycklar?organisation=" + organisation, "Signeringsnycklar för intyg");

        String noReason = mvc.perform(form(post("/intyg/nycklar"), admin, Map.of("note", "Utan orsak")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("govuk-error-summary", "href=\"#reason\"", "Välj varför nyckeln byts.",
                "govuk-form-group--error", "Utan orsak");
        String badReason = mvc.perform(form(post("/intyg/nycklar"), admin, Map.of("reason", "SOMETIMES")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badReason).contains("govuk-error-summary", "Skälet måste vara ROUTINE");
        String longNote = mvc.perform(form(post("/intyg/nycklar"), admin,
                        Map.of("reason", "ROUTINE", "note", "x".repeat(501))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(longNote).contains("govuk-error-summary", "href=\"#note\"");

        String confirm = mvc.perform(form(post("/intyg/nycklar"), admin,
                        Map.of("reason", "COMPROMISED", "note", "Datorn blev stulen")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Bekräfta nyckelbytet", "De 1 intyg som den har signerat går inte längre att "
                + "verifiera som äkta", "Datorn blev stulen", "name=\"confirmed\" value=\"true\"", "Ja, byt nyckeln",
                "govuk-button--warning");
        assertThat(activeKid()).as("nothing changes before the confirmation").isEqualTo(activeKid);

        String done = submit("/intyg/nycklar?organisation=" + organisation, admin,
                Map.of("reason", "COMPROMISED", "note", "Datorn blev stulen", "confirmed", "true"));
        String newKid = activeKid();
        assertThat(newKid).isNotEqualTo(activeKid);
        assertThat(done).contains("Signeringsnyckeln är bytt och den gamla är tillbakadragen", newKid, activeKid,
                "Tillbakadragen", "Datorn blev stulen", "Sidans Admin");

        assertThat(page(coordinator, "/deltagare/" + participant + "/intyg")).contains("Kan inte styrkas",
                "Nyckeln som signerade intyget har dragits tillbaka");
        String verification = mvc.perform(get("/intyg/" + certificate + "/verifiera")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(verification).contains("data-status=\"KEY_WITHDRAWN\"", "Intyget kan inte längre styrkas")
                .doesNotContain("Nyckelida");
    }

    @Test
    void onlyTheOrganisationsAdminsAndPlatformAdminsOpenThePage() throws Exception {
        mvc.perform(get("/intyg/nycklar").session(as(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/intyg/nycklar").session(as(DemoUsers.COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/intyg/nycklar?organisation=" + organisation).session(as(DemoUsers.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/intyg/nycklar?organisation=" + organisation), DemoUsers.ADMIN,
                Map.of("reason", "ROUTINE", "confirmed", "true"))).andExpect(status().isForbidden());
        mvc.perform(get("/intyg/nycklar?organisation=" + UUID.randomUUID()).session(as(DemoUsers.PLATFORM_ADMIN)))
                .andExpect(status().isNotFound());
        assertThat(page(DemoUsers.ADMIN, "/intyg/nycklar")).as("Älvstad's admin sees Älvstad's keys")
                .contains("Signeringsnycklar för intyg", "Aktiv");
        assertThat(page(DemoUsers.ADMIN, "/intyg/nycklar?lang=en")).contains("Certificate signing keys",
                "Change the signing key", "Routine change");
    }

    private String activeKid() {
        return jdbc.sql("SELECT kid FROM organisation_signing_key WHERE organisation_id = :o AND retired_at IS NULL")
                .param("o", organisation).query(String.class).single();
    }

    /** A JSON POST to the API with HTTP Basic (demo profile), expecting 201. */
    private JsonNode api(String path, String username, Object body) throws Exception {
        String response = mvc.perform(post(path).with(httpBasic(username, ApiClient.DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(response);
    }
}
