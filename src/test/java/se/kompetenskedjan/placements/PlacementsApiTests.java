package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;
import static se.kompetenskedjan.support.PlacementJson.aSupervisor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import tools.jackson.databind.JsonNode;

/** The placement bank, sharing, interest, quality notes and the supervisor inventory through the API. */
@ApiTest
class PlacementsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestOrganisation care;
    TestOrganisation labourMarket;
    TestUser manager;
    ApiClient employer;
    ApiClient coordinator;
    ApiClient otherMunicipalityCoordinator;
    ApiClient privateEmployer;

    /** An employer (the care administration), a coordinator of the same municipality, and outsiders. */
    @BeforeEach
    void organisationsAndAccounts() {
        IdentityTestData identity = new IdentityTestData(context);
        care = identity.organisation().name("Omsorgsförvaltningen").unit("Tillagningsköket", "Kök").create();
        labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        employer = manager.api(port);
        coordinator = identity.user(labourMarket, Role.COORDINATOR).create().api(port);
        otherMunicipalityCoordinator = identity.user(identity.organisation().name("Grannkommunen").create(),
                Role.COORDINATOR).create().api(port);
        privateEmployer = identity.user(identity.organisation().name("Omsorgsbolaget")
                .type(OrganisationType.PRIVATE_EMPLOYER).create(), Role.EMPLOYER_MANAGER).create().api(port);
    }

    /** A valid place at the employer's unit. */
    PlacementJson place() {
        return aPlacement().with("unitId", care.unitId().toString());
    }

    JsonNode publish(JsonNode placement) {
        return ok(employer.post("/api/v1/placements/" + placement.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", placement.path("lockVersion").asLong())));
    }

    boolean listed(ApiClient client, String query, String id) {
        JsonNode page = ok(client.get("/api/v1/placements?size=100&query=" + query));
        return page.path("items").valueStream().anyMatch(p -> p.path("id").asString().equals(id));
    }

    @Test
    void aDraftIsSeenOnlyByTheOwnerAndPublishingPutsItInTheRegionsBank() {
        JsonNode draft = created(employer.post("/api/v1/placements", place().with("title", "Köksbiträde dragé").build()));
        String id = draft.path("id").asString();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("schedule")).hasSize(2);
        assertThat(draft.path("schedule").get(0).path("from").asString()).startsWith("08:00");
        assertThat(coordinator.get("/api/v1/placements/" + id).status()).isEqualTo(404);
        assertThat(listed(coordinator, "drag", id)).isFalse();

        publish(draft);
        assertThat(listed(coordinator, "drag", id)).isTrue();
        assertThat(listed(otherMunicipalityCoordinator, "drag", id)).isTrue();
        assertThat(listed(ApiClient.as(port, DemoUsers.PARTICIPANT), "drag", id)).as("participants browse the bank").isTrue();
    }

    @Test
    void aPlaceSharedWithPartnersIsSeenByThemOnly() {
        JsonNode draft = created(employer.post("/api/v1/placements", place().with("title", "Partnerplats kanel")
                .with("sharing", "PARTNERS").with("partnerOrganisationIds", List.of(labourMarket.id().toString()))
                .build()));
        publish(draft);
        String id = draft.path("id").asString();
        assertThat(listed(coordinator, "kanel", id)).isTrue();
        assertThat(listed(otherMunicipalityCoordinator, "kanel", id)).isFalse();
        assertThat(otherMunicipalityCoordinator.get("/api/v1/placements/" + id).status())
                .isEqualTo(404);
        assertThat(ok(employer.get("/api/v1/placements/" + id)).path("partnerOrganisations").get(0).path("id").asString())
                .isEqualTo(labourMarket.id().toString());
    }

    @Test
    void onlyTheOwnersStaffChangeAPlaceAndAStaleVersionIsAConflict() {
        JsonNode draft = created(employer.post("/api/v1/placements", place().build()));
        String id = draft.path("id").asString();
        publish(draft);
        Map<String, Object> change = place().with("title", "Ändrad").with("lockVersion", draft.path("lockVersion").asLong()).build();
        assertThat(otherMunicipalityCoordinator.put("/api/v1/placements/" + id, change).status())
                .as("shared with the region, so seen, but not theirs").isEqualTo(403);
        assertThat(privateEmployer.put("/api/v1/placements/" + id, change).status())
                .isEqualTo(403);
        ApiClient.Response stale = employer.put("/api/v1/placements/" + id, change);
        assertThat(stale.status()).as("published since it was read").isEqualTo(409);
        long current = ok(employer.get("/api/v1/placements/" + id)).path("lockVersion").asLong();
        JsonNode saved = ok(employer.put("/api/v1/placements/" + id, place().with("title", "Ändrad")
                .with("lockVersion", current).build()));
        assertThat(saved.path("title").asString()).isEqualTo("Ändrad");
        assertThat(saved.path("status").asString()).as("still published").isEqualTo("OPEN");
    }

    @Test
    void badInputIsRejectedWithSwedishMessagesPerField() {
        ApiClient.Response bad = employer.post("/api/v1/placements", place().with("seats", 0).with("title", " ")
                .with("ssykCode", "53").with("minSwedishLevel", "SFI_X").build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");

        ApiClient.Response fields = employer.post("/api/v1/placements", place().with("seats", 0).with("title", " ")
                .with("ssykCode", "53").with("endsOn", "2020-01-01").build());
        assertThat(fields.status()).isEqualTo(400);
        assertThat(fields.fieldError("seats")).isEqualTo("Antal platser ska vara mellan 1 och 100");
        assertThat(fields.fieldError("title")).isEqualTo("Skriv en rubrik för platsen");
        assertThat(fields.fieldError("ssykCode")).isEqualTo("SSYK-koden ska vara fyra siffror");

        ApiClient.Response rules = employer.post("/api/v1/placements", place().with("endsOn", "2020-01-01")
                .with("unitId", labourMarket.unitId().toString())
                .with("schedule", List.of(Map.of("day", "MONDAY", "from", "12:00", "to", "08:00")))
                .with("sharing", "PARTNERS").build());
        assertThat(rules.status()).isEqualTo(400);
        assertThat(rules.fieldError("unitId")).isEqualTo("Enheten finns inte i din organisation");
        assertThat(rules.fieldError("endsOn")).isEqualTo("Slutdatum kan inte vara före startdatum");
        assertThat(rules.fieldError("schedule[0].to")).isEqualTo("Passet måste sluta efter att det börjar");
        assertThat(rules.fieldError("partnerOrganisationIds"))
                .isEqualTo("Välj minst en partnerorganisation, eller dela på annat sätt");

        JsonNode draft = created(employer.post("/api/v1/placements", place().build()));
        ApiClient.Response full = employer.post("/api/v1/placements/" + draft.path("id").asString() + "/status",
                Map.of("status", "FULL", "lockVersion", draft.path("lockVersion").asLong()));
        assertThat(full.status()).isEqualTo(400);
    }

    @Test
    void aParticipantRegistersInterestOnceAndTheCoordinatorSeesIt() {
        JsonNode placement = publish(created(employer.post("/api/v1/placements", place().build())));
        String id = placement.path("id").asString();
        // The demo region's participant account and their coordinator: the builders make no participant accounts yet.
        ApiClient participant = ApiClient.as(port, DemoUsers.PARTICIPANT);
        ApiClient coordinator = ApiClient.as(port, DemoUsers.COORDINATOR);
        JsonNode interest = created(participant.post("/api/v1/placements/" + id + "/interests",
                Map.of("note", "Jag vill prova")));
        assertThat(interest.path("bySelf").asBoolean()).isTrue();
        assertThat(participant.post("/api/v1/placements/" + id + "/interests", Map.of()).status()).isEqualTo(409);
        assertThat(participant.post("/api/v1/placements/" + id + "/interests",
                Map.of("participantId", java.util.UUID.randomUUID().toString())).status())
                .as("a participant registers interest for themself only").isEqualTo(403);

        JsonNode seen = ok(coordinator.get("/api/v1/placements/" + id + "/interests"));
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).path("participantName").asString()).isNotBlank();
        assertThat(otherMunicipalityCoordinator.get("/api/v1/placements/" + id + "/interests")
                .json()).as("a coordinator who may not see the participant sees no row").isEmpty();
    }

    @Test
    void qualityNotesAreForCoordinatorsOnly() {
        JsonNode placement = publish(created(employer.post("/api/v1/placements", place().build())));
        String path = "/api/v1/placements/" + placement.path("id").asString() + "/quality-notes";
        created(coordinator.post(path, Map.of("rating", "GOOD", "note", "Handledaren tar sig tid och förklarar")));
        assertThat(ok(coordinator.get(path)).get(0).path("rating").asString()).isEqualTo("GOOD");
        assertThat(ok(otherMunicipalityCoordinator.get(path))).hasSize(1);
        assertThat(employer.get(path).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, DemoUsers.PARTICIPANT).get(path).status()).isEqualTo(403);
        assertThat(coordinator.post(path, Map.of("rating", "GOOD")).fieldError("note")).isEqualTo("Skriv varför");
    }

    @Test
    void theSupervisionReportCountsTrainedWillingAndFreeSlotsAndTheShareOfStaffReady() {
        var unit = care.unitId();
        assertThat(employer.put("/api/v1/units/" + unit + "/staffing", Map.of("staffCount", 12)).status()).isEqualTo(204);
        created(employer.post("/api/v1/supervisors", aSupervisor(unit, 2)));
        Map<String, Object> untrained = aSupervisor(unit, 1);
        untrained.remove("supervisorTrainingOn");
        created(employer.post("/api/v1/supervisors", untrained));
        Map<String, Object> unwilling = aSupervisor(unit, 1);
        unwilling.put("willing", false);
        created(employer.post("/api/v1/supervisors", unwilling));

        JsonNode after = row(unit);
        assertThat(after.path("supervisors").asInt()).as("a new unit: only this test's supervisors").isEqualTo(3);
        assertThat(after.path("trained").asInt()).isEqualTo(2);
        assertThat(after.path("ready").asInt()).isEqualTo(1);
        assertThat(after.path("freeSlots").asInt()).isEqualTo(3);
        assertThat(after.path("staffCount").asInt()).isEqualTo(12);
        assertThat(after.path("readySharePercent").asInt()).isEqualTo(Math.round(100f * after.path("ready").asInt() / 12));

        assertThat(ApiClient.as(port, DemoUsers.PARTICIPANT).get("/api/v1/supervision-report").status()).isEqualTo(403);
        ApiClient.Response bad = employer.post("/api/v1/supervisors", Map.of("unitId", unit.toString(), "name", "X", "capacity", 11));
        assertThat(bad.fieldError("capacity")).isEqualTo("Kapaciteten ska vara mellan 0 och 10");
        ApiClient.Response notASupervisorAccount = employer.post("/api/v1/supervisors", Map.of("unitId", unit.toString(),
                "name", "X", "capacity", 1, "userId", manager.id().toString()));
        assertThat(notASupervisorAccount.fieldError("userId"))
                .isEqualTo("Kontot måste vara ett aktivt handledarkonto i din organisation");
    }

    private JsonNode row(java.util.UUID unit) {
        return ok(employer.get("/api/v1/supervision-report?size=100")).path("items").valueStream()
                .filter(r -> r.path("unitId").asString().equals(unit.toString())).findFirst().orElseThrow();
    }
}
