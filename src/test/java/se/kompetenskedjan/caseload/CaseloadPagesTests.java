package se.kompetenskedjan.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.Tasks;

/** The caseload pages: the list with its filters, saving a filter (errors in the summary), the admins' counts. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class CaseloadPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Tasks tasks;

    @Autowired
    Clock clock;

    @Test
    void aCoordinatorWorksTheListAndSavesAFilterAndTheAdminSeesTheCounts() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        ParticipantTestData participants = new ParticipantTestData(context);
        UUID late = participants.participant().registeredBy(coordinator).named("Ada", "Sen").create();
        participants.participant().registeredBy(coordinator).named("Eva", "Lugn").create();
        LocalDate today = SwedishTime.today(clock);
        tasks.openFor(new TaskSource("CHECK_IN_ACTION", UUID.randomUUID()), municipality.organisation().id(),
                new TaskCommand("Boka läkartid", null, coordinator.id(), today.minusDays(1), late), null);

        Document all = page(coordinator, "/arbetslista");
        assertThat(all.select("h1").text()).isEqualTo("Min arbetslista");
        assertThat(all.select(".kk-caseload__row > a").eachText()).containsExactly("Ada Sen", "Eva Lugn");
        assertThat(all.select(".kk-caseload__row").first().text()).contains("Försenat").contains("En åtgärd");
        assertThat(all.select("a[aria-current=page]").text()).isEqualTo("Alla");
        Document overdue = page(coordinator, all.select("a:contains(Något försenat)").attr("href"));
        assertThat(overdue.select(".kk-caseload__row > a").eachText()).containsExactly("Ada Sen");

        String blank = mvc.perform(post("/arbetslista/urval").with(user(coordinator.username())).with(csrf())
                        .param("name", "").param("overdueOnly", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document errors = Jsoup.parse(blank);
        assertThat(errors.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name");
        assertThat(errors.select("#name").size()).isEqualTo(1);
        String location = mvc.perform(post("/arbetslista/urval").with(user(coordinator.username())).with(csrf())
                        .param("name", "Mina försenade").param("kinds", "OVERDUE_ACTION"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document saved = page(coordinator, location);
        assertThat(saved.select("a[aria-current=page]").text()).isEqualTo("Mina försenade");
        assertThat(saved.select(".kk-caseload__row > a").eachText()).containsExactly("Ada Sen");
        String delete = saved.select("form[action*=ta-bort]").attr("action");
        mvc.perform(post(delete).with(user(coordinator.username())).with(csrf()))
                .andExpect(redirectedUrl("/arbetslista"));
        assertThat(page(coordinator, "/arbetslista").select("a:contains(Mina försenade)")).isEmpty();

        TestUser admin = municipality.get(Role.ADMIN);
        mvc.perform(get("/arbetslista").with(user(admin.username())))
                .andExpect(redirectedUrl("/arbetslista/koordinatorer"));
        Document counts = page(admin, "/arbetslista/koordinatorer");
        assertThat(counts.select("tbody tr").text()).contains(coordinator.displayName()).contains("2 1 50");
        Document theirs = page(admin, counts.select("tbody a").attr("href"));
        assertThat(theirs.select("h1").text()).isEqualTo("Arbetslista för " + coordinator.displayName());
        mvc.perform(get("/arbetslista").with(user(municipality.get(Role.TEACHER).username())))
                .andExpect(status().isForbidden());
    }

    private Document page(TestUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
