package se.kompetenskedjan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;

/**
 * "Uppgifter": staff find it in the menu; my open tasks are grouped as overdue, due within a week and later; a task
 * is opened for a colleague on a form that explains its mistakes, and marked done with a note. Participants are not
 * offered the menu item or the form, and are refused the form.
 */
class TaskPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Tasks tasks;
    @Autowired
    Clock clock;

    @Test
    void myTasksAreGroupedByWhenTheyAreDueAndATaskForAColleagueIsOpenedAndDone() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff staff = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        TestUser colleague = identity.user(staff.organisation(), Role.COORDINATOR).displayName("Kollega Kollegasson")
                .create();
        LocalDate today = SwedishTime.today(clock);
        open(coordinator, "Skicka in tidrapporten", today.minusDays(1));
        open(coordinator, "Boka trepartssamtal", today.plusDays(7));
        open(coordinator, "Planera vårens utbildning", today.plusDays(8));
        MockHttpSession session = signIn(coordinator);

        Document home = page(session, "/");
        assertThat(home.select("nav a[href=/uppgifter]").text()).isEqualTo("Uppgifter");
        Document mine = page(session, "/uppgifter");
        assertThat(mine.select("h1").text()).isEqualTo("Mina uppgifter");
        assertThat(mine.select("#tasks-overdue h2").text()).isEqualTo("Försenade (1)");
        assertThat(mine.select("#tasks-overdue a").text()).isEqualTo("Skicka in tidrapporten");
        assertThat(mine.select("#tasks-overdue .govuk-tag").text()).isEqualTo("Försenad");
        assertThat(mine.select("#tasks-soon a").eachText()).containsExactly("Boka trepartssamtal");
        assertThat(mine.select("#tasks-later a").eachText()).containsExactly("Planera vårens utbildning");
        assertThat(mine.select("a[href=/uppgifter/ny]")).hasSize(1);

        Document form = page(session, "/uppgifter/ny");
        assertThat(form.select("select#ownerId option").eachText()).contains("Kollega Kollegasson",
                coordinator.displayName() + " (jag)");
        MvcResult wrong = mvc.perform(post("/uppgifter/ny").session(session).with(csrf()).param("title", " ")
                .param("ownerId", colleague.id().toString()).param("dueDate", "15/1")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        Document errors = Jsoup.parse(wrong.getResponse().getContentAsString());
        assertThat(errors.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#title",
                "#dueDate");
        assertThat(errors.select(".govuk-error-summary").text()).contains("år-månad-dag");

        MvcResult saved = mvc.perform(post("/uppgifter/ny").session(session).with(csrf())
                .param("title", "Ring arbetsgivaren").param("description", "Om handledningen")
                .param("ownerId", colleague.id().toString()).param("dueDate", today.plusDays(2).toString()))
                .andReturn();
        String path = saved.getResponse().getRedirectedUrl();
        assertThat(path).startsWith("/uppgifter/");
        Document task = page(session, path);
        assertThat(task.select(".govuk-notification-banner").text()).contains("Uppgiften är öppnad.");
        assertThat(task.select("h1").text()).isEqualTo("Ring arbetsgivaren");
        assertThat(task.select(".govuk-summary-list").text()).contains("Kollega Kollegasson", "Öppen");

        MockHttpSession colleagueSession = signIn(colleague);
        assertThat(page(colleagueSession, "/uppgifter").select("#tasks-soon a").eachText())
                .containsExactly("Ring arbetsgivaren");
        MvcResult tooLong = mvc.perform(post(path + "/klar").session(colleagueSession).with(csrf())
                .param("note", "x".repeat(1001))).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(tooLong.getResponse().getContentAsString()).select(".govuk-error-summary a")
                .attr("href")).isEqualTo("#note");
        mvc.perform(post(path + "/klar").session(colleagueSession).with(csrf()).param("note", "Pratat med Eva"))
                .andReturn();
        Document done = page(colleagueSession, path);
        assertThat(done.select(".govuk-notification-banner").text()).contains("Uppgiften är klar.");
        assertThat(done.select(".govuk-summary-list").text()).contains("Klar", "Pratat med Eva");
        assertThat(done.select("form[action=" + path + "/klar]")).isEmpty();
        assertThat(page(colleagueSession, "/uppgifter").select("a[href=" + path + "]")).isEmpty();
        assertThat(page(colleagueSession, "/uppgifter?klara=true").select("#tasks-done a[href=" + path + "]"))
                .hasSize(1);
    }

    @Test
    void aParticipantIsNotOfferedTasksInTheMenuNorTheForm() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff staff = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(staff.get(Role.COORDINATOR))
                .create();
        TestUser login = identity.participantLogin(staff.organisation().id(), participant);
        MockHttpSession session = signIn(login);

        assertThat(page(session, "/min-sida").select("nav a[href=/uppgifter]")).isEmpty();
        assertThat(page(session, "/uppgifter").select("a[href=/uppgifter/ny]")).isEmpty();
        assertThat(mvc.perform(get("/uppgifter/ny").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private void open(TestUser owner, String title, LocalDate due) {
        SignedIn.as(owner.username(), () -> tasks.open(new TaskCommand(title, null, owner.id(), due, null)));
    }

    private Document page(MockHttpSession session, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private MockHttpSession signIn(TestUser user) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(user.username()).password(user.password())).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
