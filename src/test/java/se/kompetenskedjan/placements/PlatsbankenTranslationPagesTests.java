package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
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
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationCommand.TextTranslation;

/**
 * Platsbanken in Arabic: a place's and the participant's agreement's texts in Arabic where translated (lang="ar"),
 * in Swedish where not (lang="sv" in a bdi, with "(بالسويدية)"), and the agreement offered for approval with the note
 * that some of it is only in Swedish until every text is translated. The staff's pages link to the translations.
 */
class PlatsbankenTranslationPagesTests extends PageTest {

    static final String IN_SWEDISH = "(بالسويدية)";
    static final String PARTLY_SWEDISH = "بعض النص متوفر باللغة السويدية فقط";

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentTranslations translations;

    @Autowired
    Selections selections;

    @Test
    void placesAndTheAgreementInArabicWithTheSwedishMarked() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        PlacementTestData placements = new PlacementTestData(context);
        TestOrganisation labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        TestOrganisation care = identity.organisation().name("Omsorgsförvaltningen").create();
        TestUser coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        SupervisorView supervisor = placements.supervisor().at(manager).create();
        PlacementView place = placements.place().at(manager).titled("Språkpraktik").seats(2)
                .supervisedBy(supervisor.id()).create();
        ProposalView proposal = placements.proposal(participant).by(coordinator).at(manager).to(place)
                .supervisedBy(supervisor).accepted().create();
        ProposalView agreement = SignedIn.as(coordinator.username(), () -> {
            LocalDate today = TestDates.today();
            ProposalView started = selections.agreeStart(proposal.id(), new AgreeStartCommand(today.plusDays(7),
                    today.plusWeeks(8), supervisor.id(), proposal.lockVersion()));
            return selections.saveAgreement(proposal.id(), new AgreementCommand("Lära mig rutinerna",
                    "Duka och servera", "Tisdagar 9–12", "Samtal varannan vecka", started.lockVersion()));
        });
        translate(manager, Placements.TRANSLATION_KIND, place.id(), place.title(), "تدريب لغوي");
        translate(coordinator, Selections.TRANSLATION_KIND, proposal.id(), place.title(), "تدريب لغوي");
        translate(coordinator, Selections.TRANSLATION_KIND, proposal.id(), "Lära mig rutinerna", "تعلم الروتين");

        MockHttpSession me = signIn(identity.participantLogin(labourMarket.id(), participant));
        String bank = "/platsbanken?q=" + place.title();
        Document arabic = html(mvc.perform(get(bank + "&lang=ar").session(me)).andReturn());
        assertThat(arabic.select("html").attr("lang")).isEqualTo("ar");

        Element card = arabic.getElementById("plats-" + place.id());
        assertThat(card.select("h3 span[lang=ar][dir=rtl]").text()).isEqualTo("تدريب لغوي");
        Element description = card.selectFirst("bdi[lang=sv][dir=ltr]");
        assertThat(description.text()).isEqualTo(place.easyDescription());
        assertThat(description.parent().select(".kk-in-swedish").text()).isEqualTo(IN_SWEDISH);

        Element mine = arabic.getElementById("forslag-" + proposal.id());
        assertThat(mine.select("h3 span[lang=ar]").text()).isEqualTo("تدريب لغوي");
        assertThat(mine.select("dd span[lang=ar]").eachText()).containsExactly("تعلم الروتين");
        assertThat(mine.select("dd bdi[lang=sv]").eachText())
                .containsExactly("Duka och servera", "Tisdagar 9–12", "Samtal varannan vecka");
        assertThat(mine.select("dd .kk-in-swedish").eachText()).containsOnly(IN_SWEDISH).hasSize(3);
        Element approve = mine.selectFirst("form[action$=/godkann]");
        assertThat(approve).as("the participant approves here").isNotNull();
        Element note = approve.selectFirst(".kk-partly-swedish");
        assertThat(note.text()).startsWith(PARTLY_SWEDISH);
        assertThat(note.elementSiblingIndex()).as("above the button")
                .isLessThan(approve.selectFirst("button").elementSiblingIndex());

        // Everything translated: no Swedish left, no note.
        translate(manager, Selections.TRANSLATION_KIND, proposal.id(), "Duka och servera", "ترتيب الطاولة والتقديم");
        translate(manager, Selections.TRANSLATION_KIND, proposal.id(), "Tisdagar 9–12", "الثلاثاء 9–12");
        translate(manager, Selections.TRANSLATION_KIND, proposal.id(), "Samtal varannan vecka", "محادثة كل أسبوعين");
        Element translated = html(mvc.perform(get(bank + "&lang=ar").session(me)).andReturn())
                .getElementById("forslag-" + proposal.id());
        assertThat(translated.select("bdi")).isEmpty();
        assertThat(translated.select(".kk-partly-swedish")).isEmpty();
        assertThat(translated.select("form[action$=/godkann] button")).hasSize(1);

        // In Swedish, as written, and in Ukrainian (nothing translated) every text is marked and the note shown.
        Document swedish = html(mvc.perform(get(bank + "&lang=sv").session(me)).andReturn());
        assertThat(swedish.getElementById("forslag-" + agreement.id()).select("h3").text()).isEqualTo(place.title());
        assertThat(swedish.select(".kk-in-swedish, .kk-partly-swedish")).isEmpty();
        Element ukrainian = html(mvc.perform(get(bank + "&lang=uk").session(me)).andReturn())
                .getElementById("forslag-" + proposal.id());
        assertThat(ukrainian.select("dd bdi[lang=sv]")).hasSize(4);
        assertThat(ukrainian.select(".kk-partly-swedish")).hasSize(1);
    }

    @Test
    void theStaffPagesLinkToTheTranslations() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation labourMarket = identity.organisation().create();
        TestOrganisation care = identity.organisation().create();
        TestUser coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        ProposalView agreed = new PlacementTestData(context).proposal(participant).by(coordinator).at(manager)
                .agreed().create();
        MockHttpSession employer = signIn(manager);

        String placeLink = "/oversattningar/placement/" + agreed.placementId();
        Document place = html(mvc.perform(get("/platser/" + agreed.placementId()).session(employer)).andReturn());
        assertThat(place.select("a[href=" + placeLink + "]").text()).isEqualTo("Översättningar");
        String proposalLink = "/oversattningar/proposal/" + agreed.id();
        Document proposal = html(mvc.perform(get("/forslag/" + agreed.id()).session(employer)).andReturn());
        assertThat(proposal.select("a[href=" + proposalLink + "]").text()).isEqualTo("Översättningar");
        for (String link : List.of(placeLink, proposalLink)) {
            Document coverage = html(mvc.perform(get(link).session(employer)).andReturn());
            assertThat(coverage.select("#sprak-ar a").text()).as(link).startsWith("Översätt");
        }
    }

    private void translate(TestUser user, String kind, UUID id, String source, String arabic) {
        SignedIn.as(user.username(), () -> translations.save(kind, id, "ar",
                new TranslationCommand(List.of(new TextTranslation(source, arabic)))));
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("signed in as %s", user.username())
                .doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
