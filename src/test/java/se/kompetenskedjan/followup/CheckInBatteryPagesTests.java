package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.PageTest;
import se.kompetenskedjan.support.SignedIn;

/** Staff find the question sets in the menu, open one, go between its versions and to its translations. */
class CheckInBatteryPagesTests extends PageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    CheckInBatteries batteries;

    @Test
    void aSupervisorReadsTheSetsVersionByVersion() throws Exception {
        var staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        BatteryView created = SignedIn.as(coordinator.username(), () -> batteries.create(new BatteryCommand(
                "Avstämning på förskolan", CheckInAudience.SUPERVISOR, List.of(new BatteryCommand.BatteryQuestion(null,
                        QuestionKind.TRAFFIC_LIGHT, "Hur har veckan gått?", List.of(), true)), null, null)));
        SignedIn.as(coordinator.username(), () -> batteries.revise(created.id(), new BatteryCommand(
                "Avstämning på förskolan", CheckInAudience.SUPERVISOR, List.of(new BatteryCommand.BatteryQuestion(
                        created.questions().get(0).key(), QuestionKind.TRAFFIC_LIGHT, "Hur har veckan gått?", List.of(),
                        true), new BatteryCommand.BatteryQuestion(null, QuestionKind.CHOICE, "Vilka dagar var barnen ute?",
                        List.of("Måndag", "Onsdag", "Fredag"), false)), null, created.lockVersion())));
        MockHttpSession session = signIn(staff.get(Role.SUPERVISOR));

        Document home = page(session, "/");
        assertThat(home.select("nav a[href=/avstamningar/fragebatterier]").text()).isEqualTo("Avstämningar");
        Document list = page(session, "/avstamningar/fragebatterier");
        assertThat(list.select("a").eachText()).contains("Veckans avstämning – deltagare",
                "Veckans avstämning – handledare", "Avstämning på förskolan");
        String path = "/avstamningar/fragebatterier/" + created.id();
        Document latest = page(session, path);
        assertThat(latest.select("h1").text()).isEqualTo("Avstämning på förskolan");
        assertThat(latest.select("tbody tr")).hasSize(2);
        assertThat(latest.select("tbody tr").get(1).text()).contains("Vilka dagar var barnen ute?",
                "Måndag, Onsdag, Fredag", "Nej");
        assertThat(latest.select("a[href=" + path + "?version=1]").text()).isEqualTo("Version 1");

        Document first = page(session, path + "?version=1");
        assertThat(first.select("tbody tr")).hasSize(1);
        assertThat(first.text()).contains("Version 1 av 2");
        String translations = "/oversattningar/checkin-battery/" + created.id();
        assertThat(first.select("a[href=" + translations + "]")).hasSize(1);
        Document coverage = page(session, translations);
        assertThat(coverage.select("#sprak-ar a").text()).as("read-only for a supervisor").startsWith("Visa");
        assertThat(mvc.perform(get(path + "?version=3").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aCoordinatorBuildsASetOnTheFormAndSavesANewVersion() throws Exception {
        var staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        MockHttpSession coordinator = signIn(staff.get(Role.COORDINATOR));
        Document list = page(coordinator, "/avstamningar/fragebatterier");
        assertThat(list.select("a[href=/avstamningar/fragebatterier/ny]")).hasSize(1);
        Document empty = page(coordinator, "/avstamningar/fragebatterier/ny");
        assertThat(empty.select("select[name$=.kind]")).hasSize(3);

        MvcResult wrong = mvc.perform(post("/avstamningar/fragebatterier/ny").session(coordinator).with(csrf())
                .param("name", "Avstämning i lagret").param("audience", "SUPERVISOR")
                .param("questions[0].kind", "SCALE").param("questions[0].text", "Hur har truckkörningen gått?")
                .param("questions[0].required", "true")
                .param("questions[1].text", "").param("questions[1].choices", "")
                .param("questions[2].kind", "CHOICE").param("questions[2].text", "Vilket skift?")
                .param("questions[2].choices", "Dag")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        Document errors = Jsoup.parse(wrong.getResponse().getContentAsString());
        assertThat(errors.select(".govuk-error-summary a").attr("href")).isEqualTo("#questions[2].choices");
        assertThat(errors.select(".govuk-error-summary").text()).contains("minst två svarsalternativ");
        assertThat(errors.select("[id=\"questions[2].choices\"]").text()).isEqualTo("Dag");

        MvcResult saved = mvc.perform(post("/avstamningar/fragebatterier/ny").session(coordinator).with(csrf())
                .param("name", "Avstämning i lagret").param("audience", "SUPERVISOR")
                .param("questions[0].kind", "SCALE").param("questions[0].text", "Hur har truckkörningen gått?")
                .param("questions[0].required", "true")
                .param("questions[2].kind", "CHOICE").param("questions[2].text", "Vilket skift?")
                .param("questions[2].choices", "Dag\nKväll\n")).andReturn();
        String path = saved.getResponse().getRedirectedUrl();
        assertThat(path).startsWith("/avstamningar/fragebatterier/");
        Document battery = page(coordinator, path);
        assertThat(battery.select(".govuk-notification-banner").text()).contains("Frågebatteriet är sparat");
        assertThat(battery.select("tbody tr").eachText()).containsExactly(
                "1. Hur har truckkörningen gått? Skala 1–5 Ja", "2. Vilket skift? Ett av: Dag, Kväll Nej");

        Document edit = page(coordinator, path + "/andra");
        String key = edit.select("input[name=questions[0].key]").val();
        assertThat(key).isNotBlank();
        MvcResult revised = mvc.perform(post(path + "/andra").session(coordinator).with(csrf())
                .param("name", "Avstämning i lagret").param("lockVersion", edit.select("input[name=lockVersion]").val())
                .param("questions[0].key", key).param("questions[0].kind", "SCALE")
                .param("questions[0].text", "Hur säkert har truckkörningen gått?").param("questions[0].required", "true"))
                .andReturn();
        assertThat(revised.getResponse().getRedirectedUrl()).isEqualTo(path);
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        BatteryView latest = SignedIn.as(staff.get(Role.COORDINATOR).username(), () -> batteries.battery(id));
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.questions()).singleElement().satisfies(q -> {
            assertThat(q.key().toString()).isEqualTo(key);
            assertThat(q.text()).isEqualTo("Hur säkert har truckkörningen gått?");
        });

        // A supervisor is offered neither the form nor the change, and is refused both.
        MockHttpSession supervisor = signIn(staff.get(Role.SUPERVISOR));
        assertThat(page(supervisor, "/avstamningar/fragebatterier").select("a[href=/avstamningar/fragebatterier/ny]")).isEmpty();
        assertThat(page(supervisor, path).select("a[href=" + path + "/andra]")).isEmpty();
        assertThat(mvc.perform(get("/avstamningar/fragebatterier/ny").session(supervisor)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(path + "/andra").session(supervisor).with(csrf()).param("name", "x"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
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
