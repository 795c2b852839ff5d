package se.kompetenskedjan.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;
import static se.kompetenskedjan.support.PlacementJson.aSupervisor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/** Ranking both ways with explanations, waivers, and cohort allocation through the API. */
@ApiTest
class MatchingApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient coordinator;
    ApiClient employer;

    @BeforeEach
    void clients() {
        coordinator = ApiClient.as(port, DemoUsers.COORDINATOR);
        employer = ApiClient.as(port, DemoUsers.EMPLOYER_MANAGER);
    }

    /** A seeking participant near Älvstad centre, sharing with Älvstad's elder care, interested in care work. */
    String seeker(String swedishLevel) {
        String id = created(coordinator.post("/api/v1/participants",
                aParticipant().with("swedishLevel", swedishLevel).build())).path("id").asString();
        created(coordinator.post("/api/v1/participants/" + id + "/consents", Map.of(
                "purpose", "Praktik i äldreomsorgen", "organisationIds", List.of(PlacementJson.ALVSTAD_CARE.toString()),
                "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString())));
        ok(coordinator.put("/api/v1/participants/" + id + "/candidate-profile", Map.of("seeking", true,
                "homeLatitude", 57.71, "homeLongitude", 12.93, "travelMode", "PUBLIC_TRANSPORT", "maxTravelMinutes", 40,
                "interests", List.of("5330"), "busy", List.of(Map.of("day", "MONDAY", "from", "08:00", "to", "11:00")))));
        return id;
    }

    JsonNode openPlacement(Map<String, Object> fields) {
        String supervisor = created(employer.post("/api/v1/supervisors", aSupervisor(PlacementJson.HEMTJANST_NORR, 2)))
                .path("id").asString();
        var builder = aPlacement().with("supervisorIds", List.of(supervisor));
        fields.forEach(builder::with);
        JsonNode draft = created(employer.post("/api/v1/placements", builder.build()));
        return ok(employer.post("/api/v1/placements/" + draft.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", draft.path("lockVersion").asLong())));
    }

    @Test
    void placesAreRankedForAParticipantWithTheReasonCriterionByCriterionInSwedish() {
        String participant = seeker("SFI_C");
        JsonNode near = openPlacement(Map.of("title", "Nära plats", "latitude", 57.715, "longitude", 12.935));
        JsonNode fluentOnly = openPlacement(Map.of("title", "Kräver flytande", "minSwedishLevel", "FLUENT"));

        JsonNode ranking = ok(coordinator.get("/api/v1/participants/" + participant + "/placement-matches?limit=100"));
        List<String> ids = ranking.path("matches").valueStream().map(m -> m.path("placementId").asString()).toList();
        assertThat(ids).contains(near.path("id").asString()).doesNotContain(fluentOnly.path("id").asString());
        JsonNode match = ranking.path("matches").valueStream()
                .filter(m -> m.path("placementId").asString().equals(near.path("id").asString())).findFirst().orElseThrow();
        assertThat(match.path("eligible").asBoolean()).isTrue();
        assertThat(match.path("criteria")).hasSize(5);
        assertThat(match.path("hardChecks")).hasSize(4);
        double points = match.path("criteria").valueStream().mapToDouble(c -> c.path("points").asDouble()).sum();
        assertThat(match.path("score").asInt()).isEqualTo((int) Math.round(points));
        JsonNode travel = match.path("criteria").valueStream()
                .filter(c -> c.path("criterion").asString().equals("TRAVEL")).findFirst().orElseThrow();
        assertThat(travel.path("label").asString()).isEqualTo("Resväg");
        assertThat(travel.path("explanation").asString()).contains("minuter");
        JsonNode interest = match.path("criteria").valueStream()
                .filter(c -> c.path("criterion").asString().equals("INTEREST")).findFirst().orElseThrow();
        assertThat(interest.path("explanation").asString()).contains("5330");
        JsonNode schedule = match.path("criteria").valueStream()
                .filter(c -> c.path("criterion").asString().equals("SCHEDULE")).findFirst().orElseThrow();
        assertThat(schedule.path("points").asDouble()).as("Monday 8–11 clashes with the place's Monday 8–12")
                .isLessThan(10.0);
    }

    @Test
    void aHardRequirementIsWaivedOnlyWithAWrittenReason() {
        String participant = seeker("SFI_B");
        JsonNode place = openPlacement(Map.of("minSwedishLevel", "SFI_D"));
        String placeId = place.path("id").asString();
        JsonNode explained = ok(coordinator.get("/api/v1/participants/" + participant + "/placement-matches/" + placeId));
        assertThat(explained.path("eligible").asBoolean()).isFalse();
        JsonNode swedish = explained.path("hardChecks").get(0);
        assertThat(swedish.path("requirement").asString()).isEqualTo("SWEDISH_LEVEL");
        assertThat(swedish.path("met").asBoolean()).isFalse();
        assertThat(swedish.path("explanation").asString()).contains("SFI kurs D").contains("SFI kurs B");

        ApiClient.Response noReason = coordinator.post("/api/v1/participants/" + participant + "/waivers",
                Map.of("placementId", placeId, "requirement", "SWEDISH_LEVEL", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isNotNull();
        assertThat(employer.post("/api/v1/participants/" + participant + "/waivers", Map.of("placementId", placeId,
                "requirement", "SWEDISH_LEVEL", "reason", "Språkpraktik med stöd av SFI-läraren")).status())
                .as("employers do not waive").isEqualTo(403);
        created(coordinator.post("/api/v1/participants/" + participant + "/waivers", Map.of("placementId", placeId,
                "requirement", "SWEDISH_LEVEL", "reason", "Språkpraktik med stöd av SFI-läraren")));

        JsonNode after = ok(coordinator.get("/api/v1/participants/" + participant + "/placement-matches/" + placeId));
        assertThat(after.path("eligible").asBoolean()).isTrue();
        assertThat(after.path("hardChecks").get(0).path("waived").asBoolean()).isTrue();
        assertThat(after.path("hardChecks").get(0).path("waiverReason").asString()).isEqualTo("Språkpraktik med stöd av SFI-läraren");
        assertThat(ok(coordinator.get("/api/v1/participants/" + participant + "/placement-matches?limit=100"))
                .path("matches").valueStream().map(m -> m.path("placementId").asString())).contains(placeId);
    }

    @Test
    void candidatesAreRankedForAPlaceAmongThoseTheReaderMaySee() {
        String participant = seeker("SFI_C");
        JsonNode place = openPlacement(Map.of());
        String path = "/api/v1/placements/" + place.path("id").asString() + "/candidate-matches?limit=100";
        JsonNode ranking = ok(coordinator.get(path));
        JsonNode match = ranking.path("matches").valueStream()
                .filter(m -> m.path("participantId").asString().equals(participant)).findFirst().orElseThrow();
        assertThat(match.path("participantName").asString()).startsWith("Testa ");
        assertThat(ranking.path("eligible").asInt()).isGreaterThanOrEqualTo(ranking.path("matches").size());

        String farAway = seeker("SFI_C");
        ok(coordinator.put("/api/v1/participants/" + farAway + "/candidate-profile", Map.of("seeking", true,
                "homeLatitude", 59.33, "homeLongitude", 18.06, "travelMode", "CAR", "maxTravelMinutes", 60)));
        assertThat(ok(coordinator.get(path)).path("matches").valueStream().map(m -> m.path("participantId").asString()))
                .as("someone who cannot reach the place in their longest travel time is not a candidate")
                .contains(participant).doesNotContain(farAway);

        JsonNode other = ok(ApiClient.as(port, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get(path));
        assertThat(other.path("matches").valueStream().map(m -> m.path("participantId").asString()))
                .doesNotContain(participant);
        assertThat(ApiClient.as(port, DemoUsers.PARTICIPANT).get(path).status()).isEqualTo(403);
    }

    @Test
    void aCohortIsAllocatedWithinSeatsAndSupervisorSlotsAndConfirmedAllOrNothing() {
        List<String> cohort = List.of(seeker("SFI_C"), seeker("SFI_D"), seeker("SAS_BASIC"));
        JsonNode one = openPlacement(Map.of("seats", 1, "title", "Fördelning A"));
        JsonNode two = openPlacement(Map.of("seats", 1, "title", "Fördelning B"));
        List<String> places = List.of(one.path("id").asString(), two.path("id").asString());

        JsonNode allocation = ok(coordinator.post("/api/v1/allocations", Map.of("participantIds", cohort,
                "placementIds", places)));
        assertThat(allocation.path("assignments")).hasSize(2);
        assertThat(allocation.path("unassigned")).hasSize(1);
        assertThat(allocation.path("assignments").valueStream().map(a -> a.path("placementId").asString()))
                .containsExactlyInAnyOrderElementsOf(places);
        long total = allocation.path("assignments").valueStream().mapToLong(a -> a.path("score").asInt()).sum();
        assertThat(allocation.path("totalScore").asLong()).isEqualTo(total);
        assertThat(jdbc.sql("SELECT count(*) FROM placement_proposal WHERE placement_id IN (:ids)")
                .param("ids", places.stream().map(UUID::fromString).toList()).query(Long.class).single())
                .as("allocating saves nothing").isZero();

        String withoutConsent = created(coordinator.post("/api/v1/participants", aParticipant().build())).path("id").asString();
        List<Map<String, Object>> pairs = new java.util.ArrayList<>(allocation.path("assignments").valueStream()
                .map(a -> (Map<String, Object>) new HashMap<String, Object>(Map.of("participantId", a.path("participantId").asString(),
                        "placementId", a.path("placementId").asString()))).toList());
        List<Map<String, Object>> withBadPair = new java.util.ArrayList<>(pairs);
        withBadPair.add(Map.of("participantId", withoutConsent, "placementId", places.get(0)));
        ApiClient.Response refused = coordinator.post("/api/v1/allocations/confirmations", Map.of("assignments", withBadPair));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM placement_proposal WHERE placement_id IN (:ids)")
                .param("ids", places.stream().map(UUID::fromString).toList()).query(Long.class).single())
                .as("nothing half-saved").isZero();

        JsonNode proposals = created(coordinator.post("/api/v1/allocations/confirmations", Map.of("assignments", pairs)));
        assertThat(proposals).hasSize(2);
        assertThat(proposals.valueStream().map(p -> p.path("status").asString())).containsOnly("PROPOSED");
    }

    @Test
    void badInputIsRejectedWithSwedishMessages() {
        ApiClient.Response empty = coordinator.post("/api/v1/allocations", Map.of("participantIds", List.of(),
                "placementIds", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.fieldError("participantIds")).isEqualTo("Välj minst en deltagare");
        String participant = seeker("SFI_C");
        ApiClient.Response far = coordinator.put("/api/v1/participants/" + participant + "/candidate-profile",
                Map.of("seeking", true, "travelMode", "WALK", "maxTravelMinutes", 500, "interests", List.of("vård")));
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.fieldError("maxTravelMinutes")).isEqualTo("Längsta restid ska vara mellan 5 och 180 minuter");
    }

    @Test
    void everyPlacementAndMatchingEndpointIsInTheOpenApiDocumentUnderASwedishTag() {
        JsonNode docs = ok(ApiClient.anonymous(port).get("/v3/api-docs"));
        assertThat(docs.path("paths").propertyNames()).contains("/api/v1/placements", "/api/v1/placements/{id}",
                "/api/v1/placements/{id}/status", "/api/v1/placements/{id}/interests",
                "/api/v1/placements/{id}/quality-notes", "/api/v1/supervisors", "/api/v1/supervisors/{id}",
                "/api/v1/supervision-report", "/api/v1/units/{id}/staffing", "/api/v1/proposals",
                "/api/v1/proposals/{id}", "/api/v1/proposals/{id}/review", "/api/v1/proposals/{id}/start",
                "/api/v1/proposals/{id}/agreement", "/api/v1/proposals/{id}/approvals", "/api/v1/proposals/{id}/activate",
                "/api/v1/proposals/{id}/end", "/api/v1/proposals/{id}/withdraw", "/api/v1/placements/{id}/proposals",
                "/api/v1/participants/{id}/proposals", "/api/v1/participants/{id}/placement-matches",
                "/api/v1/participants/{id}/placement-matches/{placementId}", "/api/v1/placements/{id}/candidate-matches",
                "/api/v1/participants/{id}/waivers", "/api/v1/participants/{id}/candidate-profile",
                "/api/v1/allocations", "/api/v1/allocations/confirmations");
        assertThat(docs.path("tags").findValuesAsString("name")).contains("Platsbank och handledare",
                "Urval och placering", "Matchning och fördelning");
        assertThat(docs.path("components").path("schemas").propertyNames()).contains("PlacementCommand",
                "PlacementView", "ProposalView", "MatchView", "AllocationView", "SupervisorCommand");
    }
}
