package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantStatus;
import se.kompetenskedjan.participants.ParticipantStatusChanged;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * One status (issue 13, item 3; decision 73): the register's status follows from the participant's journeys, event by
 * event, through the REST API, and once a journey decides it, it can no longer be set by hand.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class RegisterStatusFollowsJourneysTests {

    private static final String CARE_TEMPLATE = "Kompetenskedja i äldreomsorgen – från introduktion till undersköterska";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MessageSource messages;

    @Test
    void theRegisterStatusFollowsEveryJourneyEventAndAReturn(AssertablePublishedEvents events) {
        LocalDate today = TestDates.today();
        ApiClient coordinator = coordinator();
        JsonNode ladder = careLadder(coordinator);
        UUID introduction = stepOfType(ladder, "INTRODUCTION");
        UUID shadowing = stepOfType(ladder, "SHADOWING");
        UUID subsidised = stepOfType(ladder, "SUBSIDISED_EMPLOYMENT");

        // Before any journey the register's own status stands, and may be set by hand.
        String lastName = "Statusson" + System.nanoTime();
        JsonNode created = coordinator.post("/api/v1/participants", aParticipant().with("lastName", lastName)
                .without("status").build()).json();
        UUID participant = UUID.fromString(created.path("id").asString());
        assertThat(created.path("status").asString()).as("a new participant is referred").isEqualTo("REFERRED");
        assertThat(created.path("statusFromJourney").asBoolean()).isFalse();
        ApiClient.Response handSet = coordinator.put("/api/v1/participants/" + participant, aParticipant()
                .with("lastName", lastName).with("reserveIdentity", created.path("reserveIdentity").asString())
                .with("status", "STUDIES").with("version", created.path("version").asLong()).build());
        assertThat(handSet.status()).as(handSet.body()).isEqualTo(200);
        assertThat(status(coordinator, participant)).isEqualTo("STUDIES");

        String base = "/api/v1/participants/" + participant + "/journeys";
        ApiClient.Response enrolled = coordinator.post(base, Map.of("ladderId", ladder.path("id").asString(),
                "on", today.minusDays(100).toString()));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        JsonNode journey = enrolled.json();
        assertThat(journey.path("currentStepId").asString()).isEqualTo(introduction.toString());
        assertThat(status(coordinator, participant)).as("enrolled on the introduction").isEqualTo("MAPPING");
        assertThat(coordinator.get("/api/v1/participants/" + participant).json().path("statusFromJourney").asBoolean())
                .isTrue();

        journey = record(coordinator, base, journey, Map.of("type", "ADVANCED", "toStepId", shadowing.toString(),
                "on", today.minusDays(90).toString()));
        assertThat(status(coordinator, participant)).isEqualTo("ACTIVE");
        journey = record(coordinator, base, journey, Map.of("type", "PAUSED", "on", today.minusDays(80).toString()));
        assertThat(status(coordinator, participant)).isEqualTo("PAUSED");
        journey = record(coordinator, base, journey, Map.of("type", "RESUMED", "on", today.minusDays(70).toString()));
        assertThat(status(coordinator, participant)).isEqualTo("ACTIVE");
        journey = record(coordinator, base, journey, Map.of("type", "ADVANCED", "toStepId", subsidised.toString(),
                "on", today.minusDays(60).toString()));
        assertThat(status(coordinator, participant)).isEqualTo("SUBSIDISED_EMPLOYMENT");
        journey = record(coordinator, base, journey, Map.of("type", "ENDED_EARLY", "dropoutReason", "HEALTH",
                "on", today.minusDays(50).toString()));
        assertThat(status(coordinator, participant)).as("ended early").isEqualTo("DROPPED_OUT");
        journey = record(coordinator, base, journey, Map.of("type", "OUTCOME", "outcome", "NO_ACTIVITY",
                "on", today.minusDays(45).toString()));
        assertThat(status(coordinator, participant)).isEqualTo("DROPPED_OUT");
        record(coordinator, base, journey, Map.of("type", "OUTCOME", "outcome", "STUDIES",
                "on", today.minusDays(40).toString()));
        assertThat(status(coordinator, participant)).as("left for studies").isEqualTo("STUDIES");

        // Coming back: a new journey decides.
        ApiClient.Response again = coordinator.post(base, Map.of("ladderId", ladder.path("id").asString(),
                "stepId", shadowing.toString(), "on", today.minusDays(30).toString()));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode second = again.json();
        assertThat(status(coordinator, participant)).as("back on a journey").isEqualTo("ACTIVE");
        second = record(coordinator, base, second, Map.of("type", "COMPLETED", "on", today.minusDays(10).toString()));
        assertThat(status(coordinator, participant)).isEqualTo("COMPLETED");
        record(coordinator, base, second, Map.of("type", "OUTCOME", "outcome", "REGULAR_EMPLOYMENT",
                "on", today.toString()));
        assertThat(status(coordinator, participant)).as("completed with a job").isEqualTo("REGULAR_EMPLOYMENT");

        // Every change of status was published once, dated the day of the journey event that made it.
        assertThat(events.ofType(ParticipantStatusChanged.class).matching(e -> e.participantId().equals(participant)))
                .extracting(e -> e.from() + ">" + e.to() + "@" + e.changedOn())
                .containsExactly(
                        "REFERRED>STUDIES@" + today,
                        "STUDIES>MAPPING@" + today.minusDays(100),
                        "MAPPING>ACTIVE@" + today.minusDays(90),
                        "ACTIVE>PAUSED@" + today.minusDays(80),
                        "PAUSED>ACTIVE@" + today.minusDays(70),
                        "ACTIVE>SUBSIDISED_EMPLOYMENT@" + today.minusDays(60),
                        "SUBSIDISED_EMPLOYMENT>DROPPED_OUT@" + today.minusDays(50),
                        "DROPPED_OUT>STUDIES@" + today.minusDays(40),
                        "STUDIES>ACTIVE@" + today.minusDays(30),
                        "ACTIVE>COMPLETED@" + today.minusDays(10),
                        "COMPLETED>REGULAR_EMPLOYMENT@" + today);

        // The register's list filter finds the participant by the derived status.
        assertThat(ids(coordinator.get("/api/v1/participants?query=" + lastName + "&status=REGULAR_EMPLOYMENT").json()))
                .containsExactly(participant.toString());
        assertThat(ids(coordinator.get("/api/v1/participants?query=" + lastName + "&status=STUDIES").json())).isEmpty();
    }

    @Test
    void aStatusThatAJourneyDecidesCannotBeSetByHand(AssertablePublishedEvents events) {
        ApiClient coordinator = coordinator();
        JsonNode ladder = careLadder(coordinator);
        String lastName = "Handsson" + System.nanoTime();
        JsonNode created = coordinator.post("/api/v1/participants", aParticipant().with("lastName", lastName)
                .with("status", "ACTIVE").build()).json();
        UUID participant = UUID.fromString(created.path("id").asString());
        String path = "/api/v1/participants/" + participant;
        ApiClient.Response enrolled = coordinator.post(path + "/journeys", Map.of("ladderId",
                ladder.path("id").asString(), "on", TestDates.today().toString()));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        JsonNode read = coordinator.get(path).json();
        assertThat(read.path("status").asString()).isEqualTo("MAPPING");
        long version = read.path("version").asLong();
        assertThat(version).as("the status change is a change of the row").isGreaterThan(created.path("version").asLong());

        ApiClient.Response refused = coordinator.put(path, change(created, lastName).with("firstName", "Ändrad")
                .with("status", "REGULAR_EMPLOYMENT").with("version", version).build());
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString())
                .isEqualTo(messages.getMessage("participant.status.followsJourney", null, Locale.forLanguageTag("sv")));
        JsonNode after = coordinator.get(path).json();
        assertThat(after.path("status").asString()).as("nothing changed").isEqualTo("MAPPING");
        assertThat(after.path("firstName").asString()).isEqualTo("Testa");
        assertThat(after.path("version").asLong()).isEqualTo(version);

        // The same status, or none, is no attempt to change it: the other fields are saved.
        ApiClient.Response same = coordinator.put(path, change(created, lastName).with("firstName", "Samma")
                .with("status", "MAPPING").with("version", version).build());
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        ApiClient.Response none = coordinator.put(path, change(created, lastName).with("firstName", "Ingen")
                .without("status").with("version", same.json().path("version").asLong()).build());
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().path("firstName").asString()).isEqualTo("Ingen");
        assertThat(none.json().path("status").asString()).isEqualTo("MAPPING");
        assertThat(events.ofType(ParticipantStatusChanged.class).matching(e -> e.participantId().equals(participant)))
                .extracting(ParticipantStatusChanged::to)
                .as("only the journey changed the status").containsExactly(ParticipantStatus.MAPPING);
    }

    private se.kompetenskedjan.support.ParticipantJson change(JsonNode created, String lastName) {
        return aParticipant().with("lastName", lastName)
                .with("reserveIdentity", created.path("reserveIdentity").asString());
    }

    private ApiClient coordinator() {
        IdentityTestData identity = new IdentityTestData(context);
        return identity.user(identity.organisation().create(), Role.COORDINATOR).create().api(port);
    }

    /** The organisation's own copy of the elder-care chain: introduction, shadowing, wage subsidy, jobs. */
    private static JsonNode careLadder(ApiClient coordinator) {
        String template = coordinator.get("/api/v1/ladder-templates").json().valueStream()
                .filter(t -> CARE_TEMPLATE.equals(t.path("name").asString())).findFirst().orElseThrow()
                .path("id").asString();
        ApiClient.Response copy = coordinator.post("/api/v1/ladder-templates/" + template + "/copies",
                Map.of("name", "Statuskedja " + System.nanoTime()));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        return copy.json();
    }

    private static UUID stepOfType(JsonNode ladder, String type) {
        return UUID.fromString(ladder.path("steps").valueStream().filter(s -> type.equals(s.path("type").asString()))
                .findFirst().orElseThrow().path("id").asString());
    }

    private static String status(ApiClient client, UUID participant) {
        ApiClient.Response response = client.get("/api/v1/participants/" + participant);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("status").asString();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(p -> p.path("id").asString()).toList();
    }

    private static JsonNode record(ApiClient client, String base, JsonNode journey, Map<String, Object> change) {
        Map<String, Object> body = new HashMap<>(change);
        body.put("version", journey.path("version").asLong());
        ApiClient.Response response = client.post(base + "/" + journey.path("id").asString() + "/events", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
