package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationId;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationCommand.TextTranslation;

/**
 * Min trappa in Arabic shows what staff wrote in Arabic where it is translated, and the Swedish text, marked lang="sv",
 * isolated and said to be Swedish, where it is not; a plan with Swedish left in it is offered for agreement only with
 * a note saying so.
 */
class MyLadderTranslationsTests extends PageTest {

    private static final String PASSWORD = "trappsteg-pa-arabiska-2026";

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityDirectory identity;

    @Autowired
    ContentTranslations translations;

    @Test
    void minTrappaInArabicShowsTranslationsAndMarksTheSwedishLeft() throws Exception {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .named("Rana", "Översättningsdotter").create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView first = LadderTestData.firstStep(ladder);
        new JourneyTestData(context).journey(participant).on(ladder).by(coordinator).create();
        UUID profileVersion = ladder.steps().stream().filter(s -> s.profileVersionId() != null).findFirst()
                .orElseThrow().profileVersionId();
        PlanView plan = SignedIn.as(coordinator.username(), () -> context.getBean(IndividualPlans.class)
                .create(participant, new PlanCommand(profileVersion,
                        List.of(new PlanCommand.Goal("Arbeta i äldreomsorgen", List.of())), List.of(),
                        "Vi pratar om det och gör en ny plan.", null, null)));
        String username = "rana." + System.nanoTime();
        identity.createParticipantAccount(new OrganisationId(staff.organisation().id()), username, "Rana",
                participant, PASSWORD);

        String ladderName = shown(ladder.easyName(), ladder.name());
        String stepName = shown(first.easyName(), first.name());
        SignedIn.as(coordinator.username(), () -> {
            translations.save("ladder", ladder.id(), "ar", new TranslationCommand(List.of(
                    new TextTranslation(stepName, "الخطوة الأولى"))));
            return translations.save("plan", plan.id(), "ar", new TranslationCommand(List.of(
                    new TextTranslation("Arbeta i äldreomsorgen", "العمل في رعاية المسنين"))));
        });
        MockHttpSession me = signIn(username);

        Document arabic = page(me, "/min-trappa?lang=ar");
        assertThat(arabic.selectFirst("html").attr("dir")).isEqualTo("rtl");
        Element current = arabic.selectFirst(".kk-step--current .kk-step__name");
        assertThat(current.selectFirst("span[lang=ar]").text()).isEqualTo("الخطوة الأولى");
        assertThat(arabic.select("p:has(> span[aria-hidden]) strong span[lang=ar]").text())
                .as("'you are here' names the step as the list does").isEqualTo("الخطوة الأولى");
        Element heading = arabic.selectFirst("section.kk-ladder h2");
        assertThat(heading.selectFirst("bdi[lang=sv][dir=ltr]").text()).as("untranslated").isEqualTo(ladderName);
        assertThat(heading.selectFirst(".kk-in-swedish").text()).isEqualTo("(بالسويدية)");
        assertThat(arabic.select("li:has(span[lang=ar])").text()).contains("العمل في رعاية المسنين");
        Element form = arabic.selectFirst("form[action*=/godkann]");
        assertThat(form.select(".govuk-warning-text").text()).as("the consequences are still Swedish")
                .contains("بعض النص متوفر باللغة السويدية فقط");

        SignedIn.as(coordinator.username(), () -> translations.save("plan", plan.id(), "ar",
                new TranslationCommand(List.of(new TextTranslation("Vi pratar om det och gör en ny plan.",
                        "سنتحدث عن ذلك ونضع خطة جديدة.")))));
        Document translated = page(me, "/min-trappa?lang=ar");
        assertThat(translated.selectFirst("form[action*=/godkann]").select(".govuk-warning-text")).isEmpty();
        assertThat(translated.text()).contains("سنتحدث عن ذلك ونضع خطة جديدة.");

        Document swedish = page(me, "/min-trappa?lang=sv");
        assertThat(swedish.select("bdi[lang=sv], .kk-in-swedish")).as("nothing to mark on a Swedish page").isEmpty();
        assertThat(swedish.selectFirst(".kk-step--current .kk-step__name").text()).isEqualTo(stepName);
        assertThat(swedish.text()).contains("Arbeta i äldreomsorgen").doesNotContain("العمل");
    }

    @Test
    void aCoordinatorPrintsThePlanWithItsContentInALanguageTheInterfaceDoesNotHave() throws Exception {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        UUID profileVersion = ladder.steps().stream().filter(s -> s.profileVersionId() != null).findFirst()
                .orElseThrow().profileVersionId();
        PlanView plan = SignedIn.as(coordinator.username(), () -> context.getBean(IndividualPlans.class)
                .create(participant, new PlanCommand(profileVersion,
                        List.of(new PlanCommand.Goal("Lära mig cykla", List.of())), List.of(),
                        "Vi ringer dig.", null, null)));
        MockHttpSession session = signIn(coordinator.username(), coordinator.password());
        String journey = "/deltagare/" + participant + "/resa";
        String print = "/deltagare/" + participant + "/planer/" + plan.id() + "/utskrift/ti";
        assertThat(page(session, journey).select("a[href=" + print + "]")).as("nothing translated yet").isEmpty();

        SignedIn.as(coordinator.username(), () -> translations.save("plan", plan.id(), "ti", new TranslationCommand(
                List.of(new TextTranslation("Lära mig cykla", "ብሽክለታ ምዝዋር ምምሃር")))));
        assertThat(page(session, journey).select("a[href=" + print + "]").text()).isEqualTo("Tigrinja");
        Document printed = page(session, print);
        assertThat(printed.select("li span[lang=ti]").text()).isEqualTo("ብሽክለታ ምዝዋር ምምሃር");
        assertThat(printed.select("p bdi[lang=sv]").text()).isEqualTo("Vi ringer dig.");
        assertThat(printed.select(".govuk-caption-l").text()).isEqualTo("Innehållets språk: Tigrinja");
        assertThat(mvc.perform(get("/deltagare/" + participant + "/planer/" + plan.id() + "/utskrift/de")
                .session(session)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private static String shown(String easy, String plain) {
        return easy != null && !easy.isBlank() ? easy : plain;
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return signIn(username, PASSWORD);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
