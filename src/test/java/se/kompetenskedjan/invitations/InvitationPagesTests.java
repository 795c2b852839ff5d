package se.kompetenskedjan.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;

/**
 * The whole way from the register to a participant agreeing to their plan, on the pages: the coordinator invites
 * from the participant's account page (link and QR code), the participant opens the link, sets a password, signs in
 * and says yes to the plan on Min trappa.
 */
class InvitationPagesTests extends PageTest {

    private static final String PASSWORD = "blåbär-och-kanel-varje-fredag";

    @Autowired
    ApplicationContext context;

    @Test
    void registerInviteSetPasswordSignInAndAgreeToThePlan() throws Exception {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named("Åsa", "Inbjudansdóttir").create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        new JourneyTestData(context).journey(participant).on(ladder).by(coordinator).create();
        UUID profileVersion = ladder.steps().stream().filter(s -> s.profileVersionId() != null).findFirst()
                .orElseThrow().profileVersionId();
        SignedIn.as(coordinator.username(), () -> context.getBean(IndividualPlans.class).create(participant,
                new PlanCommand(profileVersion, List.of(new PlanCommand.Goal("Arbeta i äldreomsorgen", List.of())),
                        List.of(), "Vi pratar om det.", null, null)));
        MockHttpSession staffSession = signIn(coordinator.username(), coordinator.password());

        // The participant's page links to the account page, which has no account yet.
        String path = "/deltagare/" + participant + "/konto";
        assertThat(html(mvc.perform(get("/deltagare/" + participant).session(staffSession)).andReturn())
                .select("a[href=" + path + "]")).hasSize(1);
        Document none = html(mvc.perform(get(path).session(staffSession)).andReturn());
        assertThat(none.select("#account-state").text()).contains("Inget konto");

        MvcResult invited = mvc.perform(post(path + "/inbjudan").session(staffSession).with(csrf())).andReturn();
        assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo(path);
        Document issued = html(mvc.perform(get(path).session(staffSession)).andReturn());
        assertThat(issued.select("#account-state").text()).contains("Inbjuden");
        assertThat(issued.select("svg.kk-qr path").attr("d")).startsWith("M");
        String link = issued.select("#invitation-link").text();
        assertThat(link).matches("http://localhost:8080/inbjudan/[A-Za-z0-9_-]{43}");
        String invitation = link.substring(link.indexOf("/inbjudan/"));
        Document reloaded = html(mvc.perform(get(path).session(staffSession)).andReturn());
        assertThat(reloaded.select("#invitation-link")).as("the link is shown once").isEmpty();

        // The participant, signed out, opens the link.
        MvcResult opened = mvc.perform(get(invitation)).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        String username = html(opened).select("#username").text();
        assertThat(username).matches("asa\\.\\d{4}");
        MockHttpSession anonymous = (MockHttpSession) opened.getRequest().getSession();

        MvcResult mismatch = mvc.perform(post(invitation).session(anonymous).with(csrf())
                .param("password", PASSWORD).param("repeat", PASSWORD + "x")).andReturn();
        assertThat(mismatch.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(mismatch).select(".govuk-error-summary").text()).contains("Du skrev inte samma lösenord två gånger");
        MvcResult tooShort = mvc.perform(post(invitation).session(anonymous).with(csrf())
                .param("password", "kort").param("repeat", "kort")).andReturn();
        assertThat(tooShort.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(tooShort).select(".govuk-error-summary").text()).contains("Lösenordet ska vara minst 12 tecken");
        assertThat(html(tooShort).select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);

        MvcResult accepted = mvc.perform(post(invitation).session(anonymous).with(csrf())
                .param("password", PASSWORD).param("repeat", PASSWORD)).andReturn();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(accepted).select("h1").text()).isEqualTo("Ditt konto är klart");
        assertThat(html(accepted).select("#username").text()).isEqualTo(username);
        assertThat(mvc.perform(get(invitation)).andReturn().getResponse().getContentAsString())
                .as("used up").contains("Länken gäller inte längre");

        // Signed in with the new password: Min trappa shows the plan, and the participant agrees to it.
        MockHttpSession me = signIn(username, PASSWORD);
        Document ladderPage = html(mvc.perform(get("/min-trappa").session(me)).andReturn());
        String agree = ladderPage.select("form[action*=/godkann]").attr("action");
        assertThat(agree).contains("/revisioner/1/godkann");
        MvcResult agreed = mvc.perform(post(agree).session(me).with(csrf())).andReturn();
        assertThat(agreed.getResponse().getRedirectedUrl()).isEqualTo("/min-trappa");
        Document after = html(mvc.perform(get("/min-trappa").session(me)).andReturn());
        assertThat(after.text()).contains("Du har sagt ja till planen");
        assertThat(after.select("form[action*=/godkann]")).isEmpty();

        assertThat(html(mvc.perform(get(path).session(staffSession)).andReturn()).select("#account-state").text())
                .contains("Aktivt");
    }

    @Test
    void anUnknownLinkGetsTheGenericPageAndStaffWithoutTheRightAreRefused() throws Exception {
        MvcResult unknown = mvc.perform(get("/inbjudan/" + "A".repeat(43))).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(unknown).select("h1").text()).isEqualTo("Länken gäller inte längre");
        assertThat(mvc.perform(post("/inbjudan/" + "A".repeat(43)).with(csrf()).param("password", PASSWORD)
                .param("repeat", PASSWORD)).andReturn().getResponse().getStatus()).isEqualTo(404);

        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(staff.get(Role.COORDINATOR))
                .create();
        MockHttpSession teacher = signIn(staff.get(Role.TEACHER).username(), staff.get(Role.TEACHER).password());
        assertThat(mvc.perform(get("/deltagare/" + participant + "/konto").session(teacher)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/deltagare/" + participant + "/konto/inbjudan").session(teacher).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void withoutAnIdentityProviderOnlyAPasswordIsOfferedAndTheSignInIsRefused() throws Exception {
        String invitation = invite("Noor");
        Document page = html(mvc.perform(get(invitation)).andReturn());
        assertThat(page.select("input[type=password]")).hasSize(2);
        assertThat(page.select("#oidc-sign-in")).isEmpty();
        assertThat(page.select("form[action$=/oidc]")).isEmpty();
        assertThat(page.text()).doesNotContain("utan lösenord");
        assertThat(mvc.perform(post(invitation + "/oidc").with(csrf())).andReturn().getResponse().getStatus())
                .as("the target refuses too").isEqualTo(404);
        assertThat(mvc.perform(get(invitation)).andReturn().getResponse().getStatus()).as("the link still holds")
                .isEqualTo(200);
    }

    @Test
    void theInvitationPagesInArabicAndUkrainian() throws Exception {
        String invitation = invite("Hiba");
        MvcResult opened = mvc.perform(get(invitation + "?lang=ar")).andReturn();
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        Document arabic = html(opened);
        assertThat(arabic.select("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("h1").text()).isEqualTo("اختر كلمة المرور");
        assertThat(arabic.select("label[for=password]").text()).isEqualTo("كلمة المرور");
        assertThat(arabic.select("main button").text()).isEqualTo("احفظ كلمة المرور");
        assertThat(arabic.select("bdi#username").text()).matches("hiba\\.\\d{4}");
        assertThat(arabic.select("main").text()).as("no Swedish left").doesNotContain("lösenord", "Länken", "Skriv");
        assertThat(arabic.select(".kk-lang a").eachAttr("hreflang")).containsExactly("sv", "en", "uk");
        MockHttpSession browser = (MockHttpSession) opened.getRequest().getSession();
        Cookie inArabic = new Cookie("KKLANG", "ar");

        MvcResult mismatch = mvc.perform(post(invitation).session(browser).cookie(inArabic).with(csrf())
                .param("password", PASSWORD).param("repeat", PASSWORD + "x")).andReturn();
        assertThat(mismatch.getResponse().getStatus()).isEqualTo(400);
        Document mismatchPage = html(mismatch);
        assertThat(mismatchPage.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(mismatchPage.select(".govuk-error-summary__title").text()).isEqualTo("في النموذج أخطاء");
        assertThat(mismatchPage.select(".govuk-error-summary__list").text())
                .isEqualTo("لم تكتب كلمة المرور نفسها في المرتين. اكتبها مرة أخرى.");
        MvcResult tooShort = mvc.perform(post(invitation).session(browser).cookie(inArabic).with(csrf())
                .param("password", "kort").param("repeat", "kort")).andReturn();
        assertThat(html(tooShort).select(".govuk-error-summary__list").text())
                .isEqualTo("يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل");

        Document ukrainian = html(mvc.perform(get(invitation + "?lang=uk")).andReturn());
        assertThat(ukrainian.select("html").attr("lang")).isEqualTo("uk");
        assertThat(ukrainian.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(ukrainian.select("h1").text()).isEqualTo("Виберіть свій пароль");
        assertThat(ukrainian.select("main").text()).contains("Посилання діє до ").contains("включно")
                .doesNotContain("lösenord");
        MvcResult accepted = mvc.perform(post(invitation).session(browser).cookie(new Cookie("KKLANG", "uk"))
                .with(csrf()).param("password", PASSWORD).param("repeat", PASSWORD)).andReturn();
        assertThat(accepted.getResponse().getStatus()).isEqualTo(200);
        Document done = html(accepted);
        assertThat(done.select("html").attr("lang")).isEqualTo("uk");
        assertThat(done.select("h1").text()).isEqualTo("Ваш обліковий запис готовий");
        assertThat(done.select("main a.govuk-button").text()).isEqualTo("Увійти");

        for (String language : new String[] {"uk", "ar"}) {
            MvcResult used = mvc.perform(get(invitation + "?lang=" + language)).andReturn();
            assertThat(used.getResponse().getStatus()).isEqualTo(404);
            Document notValid = html(used);
            assertThat(notValid.select("html").attr("lang")).isEqualTo(language);
            assertThat(notValid.select("html").attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
            assertThat(notValid.select("h1").text())
                    .isEqualTo(language.equals("ar") ? "الرابط لم يعد صالحًا" : "Посилання вже не діє");
        }
    }

    /** A participant of a new organisation, invited by its coordinator; the path of the link. */
    private String invite(String firstName) {
        TestUser coordinator = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY)
                .get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named(firstName, "Språksdóttir").create();
        String link = SignedIn.as(coordinator.username(), () -> context.getBean(Invitations.class).invite(participant))
                .link();
        return link.substring(link.indexOf("/inbjudan/"));
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("signed in as %s", username).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
