package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationCommand.TextTranslation;

/**
 * The participant's check-in on a phone, in Arabic: one page, a fieldset per question, the questions translated where
 * staff translated them and in Swedish, marked lang="sv" and isolated, where not; the frame and the errors in Arabic.
 */
class MyCheckInPageTests extends PageTest {

    /** The page language a form is posted in (the language links set this cookie). */
    private static final Cookie ARABIC = new Cookie("KKLANG", "ar");

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInBatteries batteries;

    @Autowired
    CheckIns checkIns;

    @Autowired
    ContentTranslations translations;

    @Test
    void theParticipantAnswersInArabicWithTheSwedishLeftMarkedAndErrorsUnderTheQuestion() throws Exception {
        CheckInTestData data = new CheckInTestData(context);
        CheckInTestData.OnStep nour = data.participantOnStepSince(TestDates.today().minusWeeks(1));
        BatteryView set = SignedIn.as(data.coordinator.username(), () -> batteries.create(new BatteryCommand(
                "Vår avstämning", CheckInAudience.PARTICIPANT, List.of(
                        new BatteryCommand.BatteryQuestion(null, QuestionKind.TRAFFIC_LIGHT, "Hur mår du i dag?", null, true),
                        new BatteryCommand.BatteryQuestion(null, QuestionKind.CHOICE, "Hur tog du dig till jobbet?",
                                List.of("Buss", "Cykel"), true),
                        new BatteryCommand.BatteryQuestion(null, QuestionKind.FREE_TEXT, "Något mer?", null, false)),
                false, null)));
        SignedIn.as(data.coordinator.username(), () -> translations.save(CheckInBatteries.TRANSLATION_KIND, set.id(),
                "ar", new TranslationCommand(List.of(new TextTranslation("Hur mår du i dag?", "كيف حالك اليوم؟"),
                        new TextTranslation("Buss", "حافلة")))));
        MockHttpSession me = signIn(nour.login().username(), nour.login().password());

        assertThat(page(me, "/min-sida").select("a[href=/min-sida/avstamning]")).as("linked from Min sida, and waiting")
                .hasSize(2);
        Document form = page(me, "/min-sida/avstamning?lang=ar");
        assertThat(form.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(form.selectFirst("h1").text()).isEqualTo("متابعة الأسبوع");
        List<Element> legends = form.select("form fieldset > legend");
        assertThat(legends).as("one fieldset per question, and the obstacles").hasSize(4);
        assertThat(legends.get(0).selectFirst("span[lang=ar]").text()).isEqualTo("كيف حالك اليوم؟");
        assertThat(legends.get(1).selectFirst("bdi[lang=sv][dir=ltr]").text()).isEqualTo("Hur tog du dig till jobbet?");
        assertThat(legends.get(1).selectFirst(".kk-in-swedish")).isNotNull();
        String choice = "q-" + set.questions().get(1).key();
        assertThat(form.select("label[for^=" + choice + "] span[lang=ar]").text()).isEqualTo("حافلة");
        assertThat(form.select("label[for^=" + choice + "] bdi[lang=sv]").text()).isEqualTo("Cykel");
        assertThat(legends.get(2).text()).as("optional").contains("(إذا أردت)");

        Document swedish = page(me, "/min-sida/avstamning?lang=sv");
        assertThat(swedish.select("form fieldset > legend").get(1).text()).startsWith("Hur tog du dig till jobbet?");
        assertThat(swedish.select("bdi[lang=sv], .kk-in-swedish")).as("nothing to mark on a Swedish page").isEmpty();

        String light = "q-" + set.questions().get(0).key();
        MvcResult missing = mvc.perform(post("/min-sida/avstamning").session(me).with(csrf()).cookie(ARABIC)
                .param(choice, "Buss")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(200);
        Document errors = Jsoup.parse(missing.getResponse().getContentAsString());
        Element summary = errors.selectFirst(".govuk-error-summary");
        assertThat(summary.select("a").attr("href")).isEqualTo("#" + light);
        assertThat(summary.text()).contains("أجب عن السؤال.");
        assertThat(errors.getElementById(light)).as("the summary links to the first radio").isNotNull();
        assertThat(errors.select(".govuk-form-group--error .govuk-error-message").text()).contains("أجب عن السؤال.");
        assertThat(errors.selectFirst("input[name=" + choice + "][value=Buss]").hasAttr("checked"))
                .as("the answer given stays").isTrue();

        MvcResult sent = mvc.perform(post("/min-sida/avstamning").session(me).with(csrf()).cookie(ARABIC).param(light, "RED")
                .param(choice, "Cykel").param("obstacle", "TRAVEL")).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/min-sida/avstamning");
        assertThat(page(me, "/min-sida/avstamning?lang=ar").select(".govuk-body-l").text())
                .isEqualTo("لقد أجبت عن هذه الفترة. شكرًا!");
        CheckInView stored = SignedIn.as(data.coordinator.username(), () -> checkIns.get(
                checkIns.forParticipant(nour.id(), 0, 10).items().get(0).id()));
        assertThat(stored.language()).isEqualTo("ar");
        assertThat(stored.batteryName()).isEqualTo("Vår avstämning");
        assertThat(stored.flags()).extracting(FlagView::reason)
                .containsExactlyInAnyOrder(FlagReason.RED_LIGHT, FlagReason.OBSTACLE);
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
