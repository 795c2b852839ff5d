package se.kompetenskedjan.checklists;

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
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.ProposalView;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.translations.ContentTranslations;
import se.kompetenskedjan.translations.TranslationCommand;
import se.kompetenskedjan.translations.TranslationCommand.TextTranslation;

/**
 * The self-assessment in Arabic: the checklist's name and the statements (the radio groups' legends) in Arabic where
 * translated (lang="ar"), in Swedish where not (lang="sv" in a bdi, with "(بالسويدية)"); the checklist's staff page
 * links to its translations.
 */
class SelfAssessmentTranslationPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentTranslations translations;

    @Autowired
    Checklists checklists;

    @Test
    void theStatementsInArabicWithTheSwedishMarked() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation labourMarket = identity.organisation().create();
        TestOrganisation care = identity.organisation().create();
        TestUser coordinator = identity.user(labourMarket, Role.COORDINATOR).create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id()).create();
        ProposalView placed = new PlacementTestData(context).proposal(participant).by(coordinator).at(manager)
                .agreed().create();
        ChecklistView checklist = SignedIn.as(manager.username(), () -> {
            UUID template = checklists.templates(new ChecklistTemplateSearch(Industry.HOME_CARE, 0, 50)).items()
                    .stream().filter(ChecklistTemplateSummary::platform).findFirst().orElseThrow().id();
            return checklists.create(placed.placementId(), new NewChecklistCommand(template, "Hemtjänst Testby",
                    "Mitt arbete i hemtjänsten"));
        });
        List<ChecklistItemView> items = checklist.activeItems();
        String first = items.get(0).easyText();
        String second = items.get(1).easyText();
        SignedIn.as(manager.username(), () -> translations.save(Checklists.TRANSLATION_KIND, checklist.id(), "ar",
                new TranslationCommand(List.of(new TextTranslation("Mitt arbete i hemtjänsten", "عملي في الرعاية المنزلية"),
                        new TextTranslation(first, "أغسل يدي")))));

        MockHttpSession me = signIn(identity.participantLogin(labourMarket.id(), participant));
        Document list = html(mvc.perform(get("/min-sida/sjalvskattning?lang=ar").session(me)).andReturn());
        assertThat(list.select("a[href=/min-sida/sjalvskattning/" + checklist.id() + "] span[lang=ar]").text())
                .isEqualTo("عملي في الرعاية المنزلية");

        Document form = html(mvc.perform(get("/min-sida/sjalvskattning/" + checklist.id() + "?lang=ar").session(me))
                .andReturn());
        assertThat(form.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(form.select(".govuk-caption-l span[lang=ar]").text()).isEqualTo("عملي في الرعاية المنزلية");
        Element translated = legend(form, items.get(0));
        assertThat(translated.select("span[lang=ar][dir=rtl]").text()).isEqualTo("أغسل يدي");
        assertThat(translated.select("bdi")).isEmpty();
        Element swedish = legend(form, items.get(1));
        assertThat(swedish.select("bdi[lang=sv][dir=ltr]").text()).isEqualTo(second);
        assertThat(swedish.select(".kk-in-swedish").text()).isEqualTo("(بالسويدية)");
        assertThat(form.select("legend bdi[lang=sv]")).as("every statement but the translated one")
                .hasSize(items.size() - 1);
        // Each radio group is still named by its legend.
        assertThat(form.select("fieldset")).allSatisfy(f -> assertThat(f.child(0).tagName()).isEqualTo("legend"));

        Document staffPage = html(mvc.perform(get("/checklistor/" + checklist.id()).session(signIn(manager)))
                .andReturn());
        String link = "/oversattningar/checklist/" + checklist.id();
        assertThat(staffPage.select("a[href=" + link + "]").text()).isEqualTo("Översättningar");
        Document coverage = html(mvc.perform(get(link).session(signIn(manager))).andReturn());
        assertThat(coverage.select("#sprak-ar td").get(0).text()).isEqualTo("2 av " + (items.size() + 1));
    }

    /** The legend of the radio group of an item (its radios are named level-{item id}). */
    private static Element legend(Document form, ChecklistItemView item) {
        return form.selectFirst("input[name=level-" + item.id() + "]").closest("fieldset").selectFirst("legend");
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
