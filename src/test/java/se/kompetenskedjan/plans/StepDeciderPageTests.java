package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.SwedishTime;

/** The journey page offers a reader who decides a step the move they may record, and only that. */
@Tag("db")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StepDeciderPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void theDecidersSeeTheMovesTheyMayRecordAndRecordThem() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestUser coordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        TestOrganisation care = identity.organisation().create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        TestOrganisation school = identity.organisation().type(OrganisationType.ADULT_EDUCATION).create();
        TestUser teacher = identity.user(school, Role.TEACHER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id(), school.id()).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView bea = step(ladder, "BEA");
        StepView employment = step(ladder, "Servicebiträde");
        StepView swedish = step(ladder, "Svenska för vård");
        LocalDate today = SwedishTime.today(clock);
        new JourneyTestData(context).journey(participant).on(ladder).atStep(bea.id()).since(today.minusWeeks(8))
                .by(coordinator).create();
        String path = "/deltagare/" + participant + "/resa";

        // the employer manager decides BEA, so may move on to either next step; the teacher decides only Swedish
        assertThat(moves(page(manager, path))).containsExactlyInAnyOrder(employment.name(), swedish.name());
        assertThat(moves(page(teacher, path))).containsExactly(swedish.name());
        Document forCoordinator = page(coordinator, path);
        assertThat(forCoordinator.select("select[id^=decider-to-]")).as("the coordinator has the full form").isEmpty();
        assertThat(forCoordinator.select("select[name=type]")).isNotEmpty();

        Element form = page(manager, path).selectFirst("select[id^=decider-to-]").closest("form");
        mvc.perform(post(form.attr("action")).with(user(manager.username())).with(csrf())
                        .param("type", "ADVANCED").param("toStepId", employment.id().toString())
                        .param("on", today.toString()).param("version", form.selectFirst("input[name=version]").val()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(path));

        Document after = page(manager, path);
        assertThat(after.select(".kk-step--current").text()).contains(employment.name());
        assertThat(moves(after)).as("the manager decides Servicebiträde too, which leads on to Vårdbiträde")
                .containsExactly(step(ladder, "Vårdbiträde").name());
    }

    @Test
    void theEnrolFormOffersOnlyLaddersTheParticipantIsNotOnAlready() throws Exception {
        IdentityTestData identity = new IdentityTestData(context);
        TestUser coordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        LadderTestData ladders = new LadderTestData(context);
        LadderView onIt = ladders.ladder().ownedBy(coordinator).create();
        LadderView other = ladders.ladder().ownedBy(coordinator).create();
        String path = "/deltagare/" + participant + "/resa";
        assertThat(page(coordinator, path).select("select#ladderId option").eachAttr("value"))
                .contains(onIt.id().toString(), other.id().toString());

        new JourneyTestData(context).journey(participant).on(onIt).atStep(step(onIt, "BEA").id())
                .since(SwedishTime.today(clock).minusWeeks(2)).by(coordinator).create();

        assertThat(page(coordinator, path).select("select#ladderId option").eachAttr("value"))
                .as("one open journey per ladder: enrolling on it again would be refused")
                .contains(other.id().toString()).doesNotContain(onIt.id().toString());
    }

    private Document page(TestUser user, String path) throws Exception {
        String html = mvc.perform(get(path).with(user(user.username()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> moves(Document page) {
        return page.select("select[id^=decider-to-] option").eachText();
    }

    private static StepView step(LadderView ladder, String nameContains) {
        return ladder.steps().stream().filter(s -> s.name().contains(nameContains)).findFirst().orElseThrow();
    }
}
