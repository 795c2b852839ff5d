package se.kompetenskedjan.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OidcAccountLinks;
import se.kompetenskedjan.identity.OidcSubjectCommand;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestIdentityProvider;

/**
 * With the organisation's identity provider configured (a real OIDC provider on a loopback port, see
 * {@link TestIdentityProvider}; Spring Security's own OIDC client talks to it), the invitation page offers "Logga in
 * med <provider>": signing in there from the invitation links the provider's subject to the participant's login, uses
 * the link up, writes the audit trail and lands on Min trappa; later the participant signs in through the provider
 * alone. A link that no longer holds when the person comes back (expired, revoked, used) is refused with the page
 * every such link gets, and the sign-in that leads to no account ends.
 */
class InvitationOidcTests extends PageTest {

    static final String PROVIDER = "Älvstads inloggning";
    static final TestIdentityProvider IDP = new TestIdentityProvider();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        IDP.register(registry, PROVIDER);
    }

    @AfterAll
    static void stopProvider() {
        IDP.close();
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestStaff staff;

    @BeforeAll
    void anOrganisation() {
        staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
    }

    @Test
    void signingInFromTheInvitationLinksTheSubjectUsesTheLinkAndLandsOnMinTrappa() throws Exception {
        UUID participant = participant("Dalia");
        String invitation = invite(participant);
        String subject = "idp-" + UUID.randomUUID();

        MvcResult opened = mvc.perform(get(invitation)).andReturn();
        Document page = html(opened);
        assertThat(page.select("#oidc-sign-in").text()).isEqualTo("Logga in med " + PROVIDER);
        assertThat(page.select("#oidc-sign-in bdi").attr("lang")).as("Swedish page, no marking needed").isEmpty();
        String username = page.select("#username").text();
        MockHttpSession browser = (MockHttpSession) opened.getRequest().getSession();

        MockHttpSession signedIn = signInFromInvitation(page, browser, subject);
        MvcResult landed = mvc.perform(get("/inbjudan/oidc").session(signedIn)).andReturn();
        assertThat(landed.getResponse().getRedirectedUrl()).isEqualTo("/min-trappa");
        MvcResult ladder = mvc.perform(get("/min-trappa").session(signedIn)).andReturn();
        assertThat(ladder.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(ladder).select(".kk-header__user").text()).contains("Dalia Inbjudansdóttir");

        assertThat(jdbc.sql("SELECT oidc_subject || ' ' || enabled FROM user_account WHERE participant_id = :p")
                .param("p", participant).query(String.class).single()).isEqualTo(subject + " true");
        assertThat(jdbc.sql("SELECT state || ' ' || accepted_with FROM participant_invitation WHERE participant_id = :p")
                .param("p", participant).query(String.class).single()).isEqualTo("USED OIDC");
        Map<String, Object> audit = jdbc.sql("""
                SELECT actor_name, action, detail FROM audit_entry
                 WHERE participant_id = :p AND detail = 'login linked to the organisation''s sign-in'""")
                .param("p", participant).query().singleRow();
        assertThat(audit).containsEntry("actor_name", "Dalia Inbjudansdóttir").containsEntry("action", "UPDATE");
        Document account = html(mvc.perform(get("/deltagare/" + participant + "/konto").session(coordinatorSession()))
                .andReturn());
        assertThat(account.select("#account-state").text()).contains("Aktivt");
        assertThat(account.select("main").text()).contains(username);

        // The link is used up: it no longer opens, nor starts a sign-in.
        assertThat(mvc.perform(get(invitation)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(invitation + "/oidc").with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        // Later, in another browser: the provider alone signs the participant in.
        MockHttpSession later = new MockHttpSession();
        MvcResult back = providerSignIn(later, subject);
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) back.getRequest().getSession(false);
        assertThat(mvc.perform(get("/").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/min-sida");
        assertThat(mvc.perform(get("/min-trappa").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anInvitationThatExpiresOrIsRevokedWhileAtTheProviderIsRefusedAndTheSignInEnds() throws Exception {
        for (String what : new String[] {"expired", "revoked"}) {
            UUID participant = participant("Rana");
            String invitation = invite(participant);
            MvcResult opened = mvc.perform(get(invitation)).andReturn();
            MockHttpSession browser = (MockHttpSession) opened.getRequest().getSession();
            String subject = "idp-" + UUID.randomUUID();
            MockHttpSession signedIn = signInFromInvitation(html(opened), browser, subject);

            if (what.equals("expired")) {
                jdbc.sql("UPDATE participant_invitation SET expires_at = :t WHERE participant_id = :p AND state = 'PENDING'")
                        .param("t", java.sql.Timestamp.from(clock.instant().minusSeconds(1))).param("p", participant)
                        .update();
            } else {
                SignedIn.as(coordinator().username(), () -> context.getBean(Invitations.class).revoke(participant));
            }
            MvcResult refused = mvc.perform(get("/inbjudan/oidc").session(signedIn)).andReturn();
            assertThat(refused.getResponse().getStatus()).as(what).isEqualTo(404);
            assertThat(html(refused).select("h1").text()).as(what).isEqualTo("Länken gäller inte längre");
            assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE participant_id = :p AND (oidc_subject IS NOT NULL OR enabled)")
                    .param("p", participant).query(Long.class).single()).as("%s: not linked, not switched on", what).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM participant_invitation WHERE participant_id = :p AND state = 'USED'")
                    .param("p", participant).query(Long.class).single()).as(what).isZero();
            assertThat(mvc.perform(get("/min-trappa").session(signedIn)).andReturn().getResponse().getRedirectedUrl())
                    .as("%s: the sign-in without an account has ended", what).endsWith("/login");

            // Nor does the link start a sign-in any more.
            MvcResult again = mvc.perform(post(invitation + "/oidc").with(csrf())).andReturn();
            assertThat(again.getResponse().getStatus()).as(what).isEqualTo(404);
            assertThat(html(again).select("h1").text()).as(what).isEqualTo("Länken gäller inte längre");
        }
    }

    @Test
    void comingBackWithoutStartingFromAnInvitationTakesNothing() throws Exception {
        MockHttpSession browser = new MockHttpSession();
        MvcResult back = providerSignIn(browser, "idp-" + UUID.randomUUID());
        MockHttpSession session = (MockHttpSession) back.getRequest().getSession(false);
        assertThat(mvc.perform(get("/inbjudan/oidc").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aSubjectThatSignsInToAnotherAccountIsNotLinkedAndTheInvitationStillHolds() throws Exception {
        String subject = "idp-" + UUID.randomUUID();
        TestUser teacher = staff.get(Role.TEACHER);
        SignedIn.as(IdentityTestData.DEMO_PLATFORM_OPERATOR, () -> context.getBean(OidcAccountLinks.class)
                .link(teacher.id(), new OidcSubjectCommand(subject)));
        UUID participant = participant("Omid");
        String invitation = invite(participant);
        MvcResult opened = mvc.perform(get(invitation)).andReturn();
        MockHttpSession signedIn = signInFromInvitation(html(opened),
                (MockHttpSession) opened.getRequest().getSession(), subject);

        MvcResult refused = mvc.perform(get("/inbjudan/oidc").session(signedIn)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(refused).select(".govuk-error-summary").text())
                .contains("Den inloggningen hör redan till ett annat konto");
        assertThat(html(refused).select("input[type=password]")).as("a password can still be chosen").hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM user_account WHERE participant_id = :p AND oidc_subject IS NOT NULL")
                .param("p", participant).query(Long.class).single()).isZero();
        assertThat(mvc.perform(get(invitation)).andReturn().getResponse().getStatus()).as("still holds").isEqualTo(200);
    }

    @Test
    void theButtonInArabicAndUkrainianNamesTheProviderInSwedishIsolated() throws Exception {
        String invitation = invite(participant("Lina"));
        Document arabic = html(mvc.perform(get(invitation + "?lang=ar")).andReturn());
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#oidc-sign-in span").text()).isEqualTo("سجّل الدخول عبر");
        assertThat(arabic.select("#oidc-sign-in bdi[lang=sv]").text()).isEqualTo(PROVIDER);
        Document ukrainian = html(mvc.perform(get(invitation).cookie(new Cookie("KKLANG", "uk"))).andReturn());
        assertThat(ukrainian.select("html").attr("lang")).isEqualTo("uk");
        assertThat(ukrainian.select("#oidc-sign-in span").text()).isEqualTo("Увійти через");
        assertThat(ukrainian.select("#oidc-sign-in bdi[lang=sv]").text()).isEqualTo(PROVIDER);
    }

    @Test
    void whenTheAccountStopsTheLinkToTheProviderEndsAndANewInvitationLinksAgain() throws Exception {
        UUID partner = new IdentityTestData(context).organisation().type(OrganisationType.MUNICIPALITY).create().id();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator())
                .named("Samir", "Inbjudansdóttir").consentingTo(partner).create();
        String subject = "idp-" + UUID.randomUUID();
        MvcResult opened = mvc.perform(get(invite(participant))).andReturn();
        MockHttpSession first = signInFromInvitation(html(opened), (MockHttpSession) opened.getRequest().getSession(),
                subject);
        assertThat(mvc.perform(get("/inbjudan/oidc").session(first)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/min-trappa");

        ParticipantRegister register = context.getBean(ParticipantRegister.class);
        SignedIn.as(coordinator().username(), () -> register.withdrawConsent(participant,
                register.consents(participant).get(0).id()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM user_account WHERE participant_id = :p AND NOT enabled AND oidc_subject IS NULL")
                .param("p", participant).query(Long.class).single()).isOne());
        MvcResult stopped = providerSignIn(new MockHttpSession(), subject);
        assertThat(mvc.perform(get("/min-trappa").session((MockHttpSession) stopped.getRequest().getSession(false)))
                .andReturn().getResponse().getStatus()).as("the provider's sign-in no longer reaches the account")
                .isEqualTo(403);

        MvcResult again = mvc.perform(get(invite(participant))).andReturn();
        MockHttpSession second = signInFromInvitation(html(again), (MockHttpSession) again.getRequest().getSession(),
                subject);
        assertThat(mvc.perform(get("/inbjudan/oidc").session(second)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/min-trappa");
        assertThat(mvc.perform(get("/min-trappa").session(second)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM participant_invitation WHERE participant_id = :p AND accepted_with = 'OIDC'")
                .param("p", participant).query(Long.class).single()).isEqualTo(2);
    }

    /** Clicks "Logga in med ..." on the invitation page and signs in at the provider; returns the signed-in session. */
    private MockHttpSession signInFromInvitation(Document page, MockHttpSession browser, String subject) throws Exception {
        String action = page.select("form:has(#oidc-sign-in)").attr("action");
        assertThat(action).endsWith("/oidc");
        MvcResult started = mvc.perform(post(action).session(browser).with(csrf())).andReturn();
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/oauth2/authorization/idp");
        MvcResult back = providerSignIn(browser, subject);
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/inbjudan/oidc");
        return (MockHttpSession) back.getRequest().getSession(false);
    }

    /** The browser goes to the provider, the person signs in as subject, and the browser comes back with the code. */
    private MvcResult providerSignIn(MockHttpSession browser, String subject) throws Exception {
        String toProvider = mvc.perform(get("/oauth2/authorization/idp").session(browser)).andReturn().getResponse()
                .getRedirectedUrl();
        MvcResult back = mvc.perform(get(URI.create(IDP.signIn(toProvider, subject))).session(browser)).andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).as("signed in through the provider").doesNotContain("error");
        return back;
    }

    private UUID participant(String firstName) {
        return new ParticipantTestData(context).participant().registeredBy(coordinator())
                .named(firstName, "Inbjudansdóttir").create();
    }

    private String invite(UUID participant) {
        String link = SignedIn.as(coordinator().username(), () -> context.getBean(Invitations.class).invite(participant)).link();
        return link.substring(link.indexOf("/inbjudan/"));
    }

    private TestUser coordinator() {
        return staff.get(Role.COORDINATOR);
    }

    private MockHttpSession coordinatorSession() throws Exception {
        MvcResult login = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin("/login").user(coordinator().username()).password(coordinator().password())).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
