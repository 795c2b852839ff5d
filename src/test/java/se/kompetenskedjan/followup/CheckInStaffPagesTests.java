package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.tasks.TaskView;
import se.kompetenskedjan.tasks.Tasks;

/**
 * The staff's check-in pages: the supervisor's list and form, the coordinator's list, review and flag forms with
 * their errors, and a ladder's follow-up rules.
 */
class CheckInStaffPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Tasks tasks;

    @Test
    void theSupervisorAnswersAndTheCoordinatorReviewsAndMakesAnAction() throws Exception {
        CheckInTestData data = new CheckInTestData(context);
        CheckInTestData.OnStep placed = data.participantOnStepSince(TestDates.today().minusWeeks(2));
        data.supervise(placed.id());
        MockHttpSession supervisor = signIn(data.supervisor);

        Document list = page(supervisor, "/avstamningar/mina-deltagare");
        String formPath = "/avstamningar/mina-deltagare/" + placed.id();
        assertThat(list.select("a[href=" + formPath + "]")).hasSize(1);
        Document form = page(supervisor, formPath);
        assertThat(form.select("form fieldset > legend").text()).contains("Hur har veckan gått för deltagaren?");

        MvcResult incomplete = mvc.perform(post(formPath).session(supervisor).with(csrf())
                .param("q-a1b2c3d4-0002-4000-8000-000000000201", "RED")).andReturn();
        assertThat(incomplete.getResponse().getStatus()).isEqualTo(200);
        Document errors = Jsoup.parse(incomplete.getResponse().getContentAsString());
        assertThat(errors.select(".govuk-error-summary a").eachAttr("href"))
                .contains("#q-a1b2c3d4-0002-4000-8000-000000000202");
        MvcResult sent = mvc.perform(post(formPath).session(supervisor).with(csrf())
                .param("q-a1b2c3d4-0002-4000-8000-000000000201", "RED")
                .param("q-a1b2c3d4-0002-4000-8000-000000000202", "3")
                .param("q-a1b2c3d4-0002-4000-8000-000000000203", "3")
                .param("q-a1b2c3d4-0002-4000-8000-000000000204", "NO")
                .param("q-a1b2c3d4-0002-4000-8000-000000000207", "Sen ankomst")
                .param("q-a1b2c3d4-0002-4000-8000-000000000208", "YES")
                .param("obstacle", "LATENESS")).andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/avstamningar/mina-deltagare");
        Document answered = page(supervisor, "/avstamningar/mina-deltagare");
        String checkIn = answered.select("a[href^=/avstamningar/]").stream().map(a -> a.attr("href"))
                .filter(h -> !h.startsWith("/avstamningar/mina-deltagare") && !h.startsWith("/avstamningar/fragebatterier"))
                .findFirst().orElseThrow();
        assertThat(page(supervisor, checkIn).select("form")).as("the supervisor reads, not reviews")
                .noneMatch(f -> f.attr("action").contains("granskning"));

        MockHttpSession coordinator = signIn(data.coordinator);
        Document participantCheckIns = page(coordinator, "/deltagare/" + placed.id() + "/avstamningar");
        assertThat(participantCheckIns.select("a[href=" + checkIn + "]")).hasSize(1);
        assertThat(participantCheckIns.select(".govuk-tag--red").text()).isEqualTo("2 öppna");
        Document view = page(coordinator, checkIn);
        String flagAction = view.select("form[action$=/atgard]").first().attr("action");

        MvcResult noTitle = mvc.perform(post(flagAction).session(coordinator).with(csrf()).param("title", "")
                .param("dueDate", TestDates.today().plusDays(3).toString()).param("owner", "me")).andReturn();
        assertThat(noTitle.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(noTitle.getResponse().getContentAsString()).select(".govuk-error-summary").text())
                .contains("Skriv vad som ska göras.");
        MvcResult acted = mvc.perform(post(flagAction).session(coordinator).with(csrf())
                .param("title", "Prata om morgonbussen").param("dueDate", TestDates.today().plusDays(3).toString())
                .param("owner", "me")).andReturn();
        assertThat(acted.getResponse().getRedirectedUrl()).isEqualTo(checkIn);
        List<TaskView> mine = SignedIn.as(data.coordinator.username(), () -> tasks.mine(false, 0, 20)).items();
        assertThat(mine).extracting(TaskView::title).contains("Prata om morgonbussen");

        mvc.perform(post(checkIn + "/granskning").session(coordinator).with(csrf()).param("note", "Sett."));
        Document reviewed = page(coordinator, checkIn);
        assertThat(reviewed.text()).contains("Sett.").contains("Gjord till en åtgärd");
        assertThat(reviewed.select("form[action$=/granskning]")).isEmpty();
    }

    @Test
    void theLaddersCoordinatorSetsTheRhythmPerStep() throws Exception {
        CheckInTestData data = new CheckInTestData(context);
        MockHttpSession coordinator = signIn(data.coordinator);
        String path = "/stegmodeller/" + data.ladder.id() + "/uppfoljning";
        assertThat(page(coordinator, "/stegmodeller/" + data.ladder.id()).select("a[href=" + path + "]")).hasSize(1);
        Document rules = page(coordinator, path);
        String step = rules.select("select[name^=step-]").first().attr("name");

        MvcResult badWeeks = mvc.perform(post(path).session(coordinator).with(csrf()).param(step, "MONTHLY")
                .param("afterFrequency", "EVERY_OTHER_WEEK").param("afterWeeks", "200")).andReturn();
        assertThat(Jsoup.parse(badWeeks.getResponse().getContentAsString()).select(".govuk-error-summary a")
                .attr("href")).isEqualTo("#afterWeeks");
        mvc.perform(post(path).session(coordinator).with(csrf()).param(step, "MONTHLY")
                .param("afterFrequency", "EVERY_OTHER_WEEK").param("afterWeeks", "12"));
        Document saved = page(coordinator, path);
        assertThat(saved.selectFirst("select[name=" + step + "] option[selected]").attr("value")).isEqualTo("MONTHLY");
        assertThat(saved.selectFirst("#afterWeeks").attr("value")).isEqualTo("12");
        Document asSupervisor = page(signIn(data.supervisor), path);
        assertThat(asSupervisor.select("form[action=" + path + "]")).as("read only").isEmpty();
        assertThat(asSupervisor.text()).contains("En gång i månaden");
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
