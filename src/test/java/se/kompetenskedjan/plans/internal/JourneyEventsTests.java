package se.kompetenskedjan.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.plans.DropoutReason;
import se.kompetenskedjan.plans.JourneyEnded;
import se.kompetenskedjan.plans.JourneyEnrolled;
import se.kompetenskedjan.plans.JourneyOutcomeRecorded;
import se.kompetenskedjan.plans.JourneyPaused;
import se.kompetenskedjan.plans.JourneyResumed;
import se.kompetenskedjan.plans.JourneyStepEntered;
import se.kompetenskedjan.plans.Outcome;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/** The plans module's journey events, each published by the change that records it (through the REST API). */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class JourneyEventsTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void enrolmentStepsPauseResumeEndAndOutcomeArePublished(AssertablePublishedEvents events) {
        LocalDate today = TestDates.today();
        IdentityTestData identity = new IdentityTestData(context);
        ApiClient coordinator = identity.user(identity.organisation().create(), Role.COORDINATOR).create().api(port);
        JsonNode templates = coordinator.get("/api/v1/ladder-templates").json();
        String template = templates.get(0).path("id").asString();
        JsonNode ladder = coordinator.post("/api/v1/ladder-templates/" + template + "/copies",
                Map.of("name", "Händelsekedja " + System.nanoTime())).json();
        JsonNode created = coordinator.post("/api/v1/participants", aParticipant().build()).json();
        UUID participant = UUID.fromString(created.path("id").asString());
        UUID organisation = UUID.fromString(created.path("organisationId").asString());
        String base = "/api/v1/participants/" + participant + "/journeys";

        ApiClient.Response enrolled = coordinator.post(base, Map.of("ladderId", ladder.path("id").asString(),
                "on", today.minusDays(60).toString()));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        JsonNode journey = enrolled.json();
        UUID journeyId = UUID.fromString(journey.path("id").asString());
        String firstStep = journey.path("currentStepId").asString();
        assertThat(events.ofType(JourneyEnrolled.class).matching(e -> e.journeyId().equals(journeyId))).singleElement()
                .satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(participant);
                    assertThat(e.participantOrganisationId()).isEqualTo(organisation);
                    assertThat(e.stepId().toString()).isEqualTo(firstStep);
                    assertThat(e.on()).isEqualTo(today.minusDays(60));
                });

        String next = ladder.path("steps").valueStream().filter(s -> s.path("id").asString().equals(firstStep))
                .findFirst().orElseThrow().path("nextStepIds").get(0).asString();
        journey = record(coordinator, base, journey, Map.of("type", "ADVANCED", "on", today.minusDays(40).toString(),
                "toStepId", next));
        assertThat(events.ofType(JourneyStepEntered.class).matching(e -> e.journeyId().equals(journeyId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.stepId().toString()).isEqualTo(next);
                    assertThat(e.returned()).isFalse();
                });
        journey = record(coordinator, base, journey, Map.of("type", "PAUSED", "on", today.minusDays(30).toString()));
        assertThat(events.ofType(JourneyPaused.class).matching(e -> e.journeyId().equals(journeyId))).hasSize(1);
        journey = record(coordinator, base, journey, Map.of("type", "RESUMED", "on", today.minusDays(20).toString()));
        assertThat(events.ofType(JourneyResumed.class).matching(e -> e.journeyId().equals(journeyId))).hasSize(1);
        journey = record(coordinator, base, journey, Map.of("type", "ENDED_EARLY", "on", today.minusDays(10).toString(),
                "dropoutReason", "MOVED"));
        assertThat(events.ofType(JourneyEnded.class).matching(e -> e.journeyId().equals(journeyId))).singleElement()
                .satisfies(e -> {
                    assertThat(e.completed()).isFalse();
                    assertThat(e.dropoutReason()).isEqualTo(DropoutReason.MOVED);
                    assertThat(e.on()).isEqualTo(today.minusDays(10));
                });
        record(coordinator, base, journey, Map.of("type", "OUTCOME", "on", today.toString(), "outcome", "STUDIES"));
        assertThat(events.ofType(JourneyOutcomeRecorded.class).matching(e -> e.journeyId().equals(journeyId)))
                .singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.STUDIES));

        ApiClient.Response refused = coordinator.post(base + "/" + journeyId + "/events", Map.of("type", "PAUSED",
                "on", today.toString(), "version", 0));
        assertThat(refused.status()).isBetween(400, 409);
        assertThat(events.ofType(JourneyPaused.class).matching(e -> e.journeyId().equals(journeyId)))
                .as("a refused change publishes nothing").hasSize(1);

        // Coming back: a new journey on the same ladder, at the step the coordinator chooses; the ended one stays.
        String ladderId = ladder.path("id").asString();
        ApiClient.Response again = coordinator.post(base, Map.of("ladderId", ladderId, "stepId", next,
                "on", today.toString()));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        UUID returned = UUID.fromString(again.json().path("id").asString());
        assertThat(again.json().path("currentStepId").asString()).isEqualTo(next);
        assertThat(events.ofType(JourneyEnrolled.class).matching(e -> e.journeyId().equals(returned))).singleElement()
                .satisfies(e -> assertThat(e.returning()).isTrue());
        assertThat(events.ofType(JourneyEnrolled.class).matching(e -> e.journeyId().equals(journeyId))).singleElement()
                .satisfies(e -> assertThat(e.returning()).as("the first journey is not a return").isFalse());
        JsonNode both = coordinator.get(base).json();
        assertThat(both.valueStream().map(j -> j.path("id").asString() + " " + j.path("status").asString()))
                .containsExactly(journeyId + " ENDED_EARLY", returned + " ACTIVE");
        ApiClient.Response whileOpen = coordinator.post(base, Map.of("ladderId", ladderId, "on", today.toString()));
        assertThat(whileOpen.status()).as("one open journey per ladder").isEqualTo(409);
    }

    private static JsonNode record(ApiClient client, String base, JsonNode journey, Map<String, Object> change) {
        Map<String, Object> body = new java.util.HashMap<>(change);
        body.put("version", journey.path("version").asLong());
        ApiClient.Response response = client.post(base + "/" + journey.path("id").asString() + "/events", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
