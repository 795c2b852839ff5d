package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.ReadinessDecider;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * The step's decider records it: an employer manager or teacher who may see the participant (through consent) records
 * the move out of or into a step the ladder names them decider of; other moves and other journey events stay with
 * those who may change the participant.
 */
@ApiTest
class StepDeciderTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void theDeciderOfTheStepLeftOrEnteredRecordsTheMoveAndNobodyElseWhoOnlyReads() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation municipality = identity.organisation().create();
        TestUser coordinator = identity.user(municipality, Role.COORDINATOR).create();
        TestOrganisation care = identity.organisation().create();
        TestUser manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        TestOrganisation school = identity.organisation().type(OrganisationType.ADULT_EDUCATION).create();
        TestUser teacher = identity.user(school, Role.TEACHER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(care.id(), school.id()).create();
        // the elder-care template: "BEA" (decided by the employer manager) leads to "Servicebiträde" (employer
        // manager) and to "Svenska för vård och omsorg" (teacher)
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView bea = step(ladder, "BEA");
        StepView employment = step(ladder, "Servicebiträde");
        StepView swedish = step(ladder, "Svenska för vård");
        assertThat(bea.decider()).isEqualTo(ReadinessDecider.EMPLOYER_MANAGER);
        assertThat(employment.decider()).isEqualTo(ReadinessDecider.EMPLOYER_MANAGER);
        assertThat(swedish.decider()).isEqualTo(ReadinessDecider.TEACHER);
        assertThat(bea.nextStepIds()).contains(employment.id(), swedish.id());
        LocalDate today = SwedishTime.today(clock);
        JourneyView journey = new JourneyTestData(context).journey(participant).on(ladder).atStep(bea.id())
                .since(today.minusWeeks(8)).by(coordinator).create();

        // the teacher may see the participant but decides neither BEA nor Servicebiträde
        ApiClient.Response byTeacher = move(teacher, journey, "ADVANCED", employment.id(), today);
        assertThat(byTeacher.status()).isEqualTo(403);
        assertThat(byTeacher.contentType()).startsWith("application/problem+json");
        // a pause is not a move between steps: only those who may change the participant record it
        assertThat(move(manager, journey, "PAUSED", null, today).status()).isEqualTo(403);

        JsonNode moved = ok(move(manager, journey, "ADVANCED", employment.id(), today));

        assertThat(moved.path("currentStepId").asString()).isEqualTo(employment.id().toString());
        assertThat(moved.path("events").get(1).path("recordedByName").asString()).isEqualTo(manager.displayName());
        JsonNode log = ok(coordinator.api(port).get("/api/v1/participants/" + participant + "/access-log"));
        assertThat(log.path("items").valueStream()
                .filter(e -> e.path("actorName").asString().equals(manager.displayName()))
                .map(e -> e.path("action").asString() + " " + e.path("detail").asString()))
                .containsExactly("UPDATE journey: advanced");
    }

    @Test
    void theTeacherRecordsTheMoveIntoTheStepTheyDecide() {
        IdentityTestData identity = new IdentityTestData(context);
        TestUser coordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        TestOrganisation school = identity.organisation().type(OrganisationType.ADULT_EDUCATION).create();
        TestUser teacher = identity.user(school, Role.TEACHER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator)
                .consentingTo(school.id()).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView bea = step(ladder, "BEA");
        StepView swedish = step(ladder, "Svenska för vård");
        LocalDate today = SwedishTime.today(clock);
        JourneyView journey = new JourneyTestData(context).journey(participant).on(ladder).atStep(bea.id())
                .since(today.minusWeeks(8)).by(coordinator).create();

        JsonNode moved = ok(move(teacher, journey, "ADVANCED", swedish.id(), today));

        assertThat(moved.path("currentStepId").asString()).isEqualTo(swedish.id().toString());
    }

    private ApiClient.Response move(TestUser user, JourneyView journey, String type, UUID toStepId, LocalDate on) {
        Map<String, Object> body = toStepId == null
                ? Map.of("type", type, "on", on.toString(), "version", journey.version())
                : Map.of("type", type, "on", on.toString(), "toStepId", toStepId.toString(), "version", journey.version());
        return user.api(port).post("/api/v1/participants/" + journey.participantId() + "/journeys/" + journey.id()
                + "/events", body);
    }

    private static StepView step(LadderView ladder, String nameContains) {
        return ladder.steps().stream().filter(s -> s.name().contains(nameContains)).findFirst().orElseThrow();
    }
}
