package se.kompetenskedjan.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

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
