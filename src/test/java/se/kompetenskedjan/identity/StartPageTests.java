package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.placements.SupervisorView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.Tasks;

/**
 * The start page says what needs the user now (issue 14, item 4), counted by the modules, most urgent first, each
 * line linking to a page the same user may open; a user with nothing waiting is told so.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StartPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    @Test
    void eachRoleSeesWhatWaitsForIt() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff employer = identity.staffedOrganisation(OrganisationType.PRIVATE_EMPLOYER);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser manager = employer.get(Role.EMPLOYER_MANAGER);
        TestUser supervisorLogin = employer.get(Role.SUPERVISOR);
        ParticipantTestData participants = new ParticipantTestData(context);
        UUID proposed = participants.participant().registeredBy(coordinator)
                .consentingTo(employer.organisation().id()).create();
        UUID placed = participants.participant().registeredBy(coordinator)
                .consentingTo(employer.organisation().id()).create();
        PlacementTestData placements = new PlacementTestData(context);
        placements.proposal(proposed).by(coordinator).at(manager).create();
        SupervisorView supervisor = placements.supervisor().at(manager).withLogin(supervisorLogin).create();
        LocalDate today = SwedishTime.today(clock);
        placements.proposal(placed).by(coordinator).at(manager).supervisedBy(supervisor)
                .period(today.minusWeeks(3), today.plusDays(10)).active().create();
        tasks.openFor(new TaskSource("MEETING_DECISION", UUID.randomUUID()), municipality.organisation().id(),
                new TaskCommand("Boka trepartssamtal", null, coordinator.id(), today.minusDays(2), null), null);

        Document managerHome = home(manager);
        assertThat(lines(managerHome)).containsExactly(
                "Väntar Ett förslag väntar på ert svar",
                "Snart En praktik slutar inom 30 dagar");
        // The follow-up module learns of the supervision from an event, after the commit.
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(lines(home(supervisorLogin)))
                .contains("Väntar Du har en avstämning att göra för en deltagare"));
        Document supervisorHome = home(supervisorLogin);
        assertThat(lines(supervisorHome)).containsExactly(
                "Väntar Du har en avstämning att göra för en deltagare",
                "Snart En praktik slutar inom 30 dagar",
                "Snart Du handleder en deltagare just nu");
        Document coordinatorHome = home(coordinator);
        assertThat(lines(coordinatorHome)).as("the overdue task first, then the top of the caseload").containsExactly(
                "Försenat En uppgift är försenad",
                "Väntar En deltagare behöver uppföljning snart");
        assertThat(lines(home(municipality.get(Role.TEACHER)))).isEmpty();
        assertThat(home(municipality.get(Role.TEACHER)).text()).contains("Inget väntar på dig just nu.");

        for (Element link : managerHome.select(".kk-attention a")) {
            mvc.perform(get(link.attr("href")).with(user(manager.username()))).andExpect(status().isOk());
        }
        mvc.perform(get(coordinatorHome.select(".kk-attention a").get(1).attr("href"))
                .with(user(coordinator.username()))).andExpect(status().isOk());
        for (Element link : supervisorHome.select(".kk-attention a")) {
            mvc.perform(get(link.attr("href")).with(user(supervisorLogin.username()))).andExpect(status().isOk());
        }
    }

    private Document home(TestUser user) throws Exception {
        String html = mvc.perform(get("/").with(user(user.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static java.util.List<String> lines(Document page) {
        return page.select(".kk-attention li").eachText();
    }
}
