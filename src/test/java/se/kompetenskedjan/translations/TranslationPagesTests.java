package se.kompetenskedjan.translations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.PageTest;

/**
 * The coordinator opens a ladder's translations from the ladder page, sees what is missing per language, translates
 * on a form and sees the count change; a reader who may not edit the ladder sees the translations but no form.
 */
class TranslationPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorSeesWhatIsMissingAndTranslatesOnAForm() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestUser coordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        MockHttpSession session = signIn(coordinator);
        String coverage = "/oversattningar/ladder/" + ladder.id();
        assertThat(html(get("/stegmodeller/" + ladder.id()), session).select("a[href=" + coverage + "]")).hasSize(1);

        Document before = html(get(coverage), session);
        assertThat(before.select("h1").text()).contains(ladder.name());
        assertThat(before.select("tbody th").eachText())
                .containsExactly("Engelska", "Ukrainska", "Arabiska", "Tigrinja", "Somaliska", "Dari/persiska");
        assertThat(before.select("#sprak-ar .govuk-tag").text()).endsWith("saknas");
        Element arabicLink = before.selectFirst("#sprak-ar a");
        assertThat(arabicLink.text()).startsWith("Översätt");

        Document sheet = html(get(arabicLink.attr("href")), session);
        assertThat(sheet.select("textarea[lang=ar][dir=rtl]")).isNotEmpty();
        List<String> sources = sheet.select("input[name=source]").eachAttr("value");
        assertThat(sources).isNotEmpty().doesNotHaveDuplicates();
        MockHttpServletRequestBuilder save = post(arabicLink.attr("href")).session(session).with(csrf());
        for (int i = 0; i < sources.size(); i++) {
            save.param("source", sources.get(i)).param("translation", i == 0 ? "سلم الرعاية" : "");
        }
        MvcResult saved = mvc.perform(save).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(coverage);
        Document after = html(get(coverage), session);
        assertThat(after.select("#sprak-ar td").first().text()).isEqualTo("1 av " + sources.size());
        assertThat(after.select("#sprak-uk td").first().text()).isEqualTo("0 av " + sources.size());
        assertThat(html(get(arabicLink.attr("href")), session).select("textarea").first().text()).isEqualTo("سلم الرعاية");

        // A text that is no longer in the ladder: an error summary, the form kept as typed, nothing saved.
        MvcResult stale = mvc.perform(post(arabicLink.attr("href")).session(session).with(csrf())
                .param("source", sources.get(0)).param("source", "En text som har tagits bort")
                .param("translation", "سلم").param("translation", "نص")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(200);
        Document error = Jsoup.parse(stale.getResponse().getContentAsString());
        assertThat(error.select(".govuk-error-summary").text()).contains("finns inte (längre) i dokumentet");
        assertThat(error.select("textarea").first().text()).isEqualTo("سلم");
        assertThat(html(get(coverage), session).select("#sprak-ar td").first().text()).startsWith("1 av");

        // Another organisation's coordinator reads the translations but gets no form, and the link says so.
        MockHttpSession reader = signIn(identity.user(identity.organisation().create(), Role.COORDINATOR).create());
        Element readLink = html(get(coverage), reader).selectFirst("#sprak-ar a");
        assertThat(readLink.text()).startsWith("Visa");
        Document readOnly = html(get(readLink.attr("href")), reader);
        assertThat(readOnly.select("form textarea")).isEmpty();
        assertThat(readOnly.select("dd[lang=ar]").text()).isEqualTo("سلم الرعاية");
        assertThat(mvc.perform(post(arabicLink.attr("href")).session(reader).with(csrf())
                .param("source", sources.get(0)).param("translation", "x")).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get(coverage + "/de").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private Document html(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(request.session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
