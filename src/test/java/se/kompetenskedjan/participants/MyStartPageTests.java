package se.kompetenskedjan.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.plans.ActivityStatus;
import se.kompetenskedjan.plans.ActivityType;
import se.kompetenskedjan.plans.IndividualPlans;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.plans.PlanCommand;
import se.kompetenskedjan.plans.PlanView;
import se.kompetenskedjan.plans.Responsible;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.support.TestDates;

/**
 * Start pages of the participant and the analyst (issue 14, item 4). The participant's Min sida says what waits for
 * them: a plan for their yes, this week's check-in, plan activities late or due soon, in their language, each linking
 * to a page they may open. The analyst sees headline figures of their own organisation only, with every group under
 * the threshold (5) held back.
 */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class MyStartPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void minSidaSaysWhatWaitsForTheParticipantInTheirLanguage() throws Exception {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = staff.get(Role.COORDINATOR);
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        LocalDate today = TestDates.today();
        new JourneyTestData(context).journey(participant).on(ladder).since(today.minusWeeks(1)).by(coordinator)
                .create();
        UUID profileVersion = ladder.steps().stream().filter(s -> s.profileVersionId() != null).findFirst()
                .orElseThrow().profileVersionId();
        PlanView plan = SignedIn.as(coordinator.username(), () -> context.getBean(IndividualPlans.class)
                .create(participant, new PlanCommand(profileVersion,
                        List.of(new PlanCommand.Goal("Arbeta i hemtjänsten", List.of())), List.of(
                                activity("Skaffa busskort", today.minusDays(1), ActivityStatus.AGREED),
                                activity("Öva på körschemat", today.plusDays(3), ActivityStatus.PROPOSED),
                                activity("Hygienkurs", today.minusDays(2), ActivityStatus.DONE),
                                activity("Cykelkurs", today.plusDays(30), ActivityStatus.AGREED)),
                        "Vi pratar om det och gör en ny plan.", null, null)));
        TestUser me = new IdentityTestData(context).participantLogin(staff.organisation().id(), participant);
        // Follow-up learns of the journey from an event, after the commit.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM followup_journey_event WHERE participant_id = :p").param("p", participant)
                .query(Long.class).single() > 0);

        Document swedish = page(me, "/min-sida?lang=sv");
        assertThat(lines(swedish)).as("the late activity first").first()
                .isEqualTo("Sent En sak i din plan skulle ha varit klar");
        assertThat(lines(swedish)).containsExactlyInAnyOrder(
                "Sent En sak i din plan skulle ha varit klar",
                "Väntar Din plan väntar på ditt ja",
                "Väntar Svara på veckans avstämning",
                "Snart En sak i din plan ska bli klar snart");
        for (Element link : swedish.select(".kk-attention a")) {
            mvc.perform(get(link.attr("href")).with(user(me.username()))).andExpect(status().isOk());
        }
        assertThat(lines(page(me, "/min-sida?lang=ar"))).contains("متأخر كان يجب إنجاز أمر واحد في خطتك",
                "ينتظر خطتك تنتظر موافقتك");
        assertThat(lines(page(me, "/min-sida?lang=uk"))).contains("Чекає Ваш план чекає на вашу згоду");

        mvc.perform(get("/api/v1/start?lang=uk").with(user(me.username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures").isEmpty())
                .andExpect(jsonPath("$.attention[0].urgency").value("OVERDUE"))
                .andExpect(jsonPath("$.attention[?(@.messageKey == 'attention.plan.awaitingYes')].text")
                        .value("Ваш план чекає на вашу згоду"));

        SignedIn.as(me.username(), () -> context.getBean(IndividualPlans.class).agree(participant, plan.id(),
                plan.revision()));
        assertThat(lines(page(me, "/min-sida?lang=sv"))).doesNotContain("Väntar Din plan väntar på ditt ja")
                .contains("Sent En sak i din plan skulle ha varit klar");
    }

    @Test
    void theAnalystSeesTheirOrganisationsFiguresWithSmallGroupsHeldBack() throws Exception {
        TestStaff staff = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff other = new IdentityTestData(context).staffedOrganisation(OrganisationType.MUNICIPALITY);
        ParticipantTestData participants = new ParticipantTestData(context);
        for (int i = 0; i < 6; i++) {
            participants.participant().registeredBy(staff.get(Role.COORDINATOR)).create();
        }
        for (int i = 0; i < 5; i++) {
            participants.participant().registeredBy(staff.get(Role.COORDINATOR))
                    .status(ParticipantStatus.SUBSIDISED_EMPLOYMENT).create();
        }
        participants.participant().registeredBy(staff.get(Role.COORDINATOR))
                .status(ParticipantStatus.REGULAR_EMPLOYMENT).create();
        for (int i = 0; i < 7; i++) {
            participants.participant().registeredBy(other.get(Role.COORDINATOR))
                    .status(ParticipantStatus.REGULAR_EMPLOYMENT).create();
        }

        Document home = page(staff.get(Role.ANALYST), "/");
        assertThat(figure(home, "Deltagare i kedjan nu")).as("six referred and five subsidised").isEqualTo("11");
        assertThat(figure(home, "Deltagare i anställning med stöd nu")).as("at the threshold").isEqualTo("5");
        assertThat(figure(home, "Deltagare som har gått vidare till ett vanligt jobb"))
                .as("one here; the other organisation's seven are not counted").isEqualTo("färre än 5");
        assertThat(figure(home, "Deltagare på en kurs nu")).isEqualTo("färre än 5");
        assertThat(home.text()).contains("Grupper med färre än 5 personer visas inte som siffra")
                .doesNotContain(staff.get(Role.COORDINATOR).displayName());
        assertThat(home.select(".kk-figures a")).as("figures, not lists of people").isEmpty();

        assertThat(figure(page(other.get(Role.ANALYST), "/"), "Deltagare som har gått vidare till ett vanligt jobb"))
                .isEqualTo("7");
        assertThat(page(staff.get(Role.COORDINATOR), "/").select(".kk-figures")).as("the analyst's only").isEmpty();

        mvc.perform(get("/api/v1/start").with(user(staff.get(Role.ANALYST).username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.attention").isEmpty())
                .andExpect(jsonPath("$.figures[?(@.messageKey == 'figure.participants.inChain')].count").value(11))
                .andExpect(jsonPath("$.figures[?(@.messageKey == 'figure.participants.regularJob')].heldBack")
                        .value(true))
                .andExpect(jsonPath("$.figures[?(@.messageKey == 'figure.participants.regularJob')].count")
                        .value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
    }

    private static PlanCommand.Activity activity(String text, LocalDate due, ActivityStatus status) {
        return new PlanCommand.Activity(ActivityType.OTHER, text, Responsible.PARTICIPANT, null, null, due, status,
                List.of());
    }

    private Document page(TestUser user, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> lines(Document page) {
        return page.select(".kk-attention li").eachText();
    }

    private static String figure(Document page, String label) {
        return page.select(".kk-figures .govuk-summary-list__row").stream()
                .filter(row -> row.selectFirst("dt").text().equals(label)).findFirst()
                .map(row -> row.selectFirst("dd").text()).orElseThrow(() -> new AssertionError("no figure " + label));
    }
}
