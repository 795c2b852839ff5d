package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/** A journey enrolled at a later step of a ladder (built with the test data builders), as the API shows it. */
@ApiTest
class JourneyOnStepTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void aParticipantEnrolledAtALaterStepStandsThereAndOnlyTheirOwnSideSeesThem() {
        IdentityTestData identity = new IdentityTestData(context);
        TestOrganisation municipality = identity.organisation().create();
        TestUser coordinator = identity.user(municipality, Role.COORDINATOR).create();
        TestUser outsider = identity.user(identity.organisation().create(), Role.COORDINATOR).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView first = LadderTestData.firstStep(ladder);
        UUID second = first.nextStepIds().get(0);
        LocalDate since = SwedishTime.today(clock).minusWeeks(3);

        JourneyView journey = new JourneyTestData(context).journey(participant).on(ladder).atStep(second)
                .since(since).by(coordinator).create();

        assertThat(journey.currentStepId()).isEqualTo(second);
        assertThat(journey.since()).isEqualTo(since);
        assertThat(ladder.organisationId()).isEqualTo(municipality.id());
        String path = "/api/v1/ladders/" + ladder.id() + "/steps/" + second + "/participants";
        JsonNode onStep = ok(coordinator.api(port).get(path));
        assertThat(onStep.valueStream().map(o -> o.path("participant").path("id").asString()))
                .contains(participant.toString());
        JsonNode onFirst = ok(coordinator.api(port).get("/api/v1/ladders/" + ladder.id() + "/steps/" + first.id()
                + "/participants"));
        assertThat(onFirst.valueStream().map(o -> o.path("participant").path("id").asString()))
                .doesNotContain(participant.toString());
        assertThat(outsider.api(port).get(path).json().valueStream()
                .map(o -> o.path("participant").path("id").asString())).doesNotContain(participant.toString());
    }
}
