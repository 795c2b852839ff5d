package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.CommandShapes.asCommand;
import static se.kompetenskedjan.support.ExternalWorkplaceJson.aWorkplace;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;
import static se.kompetenskedjan.support.PlacementJson.aSupervisor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Places at a workplace without an account: the managing municipality's coordinator advertises them in the shared
 * pool, names a supervisor without a login and answers proposals for the employer; another municipality cannot
 * change them; after the employer takes over, the employer answers and the municipality no longer does.
 */
@ApiTest
class ExternalWorkplacePlacementsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestOrganisation municipality;
    TestUser coordinatorUser;
    ApiClient coordinator;
    ApiClient municipalityAdmin;
    ApiClient otherCoordinator;
    JsonNode workplace;
    String workplaceId;

    @BeforeEach
    void aManagedWorkplace() {
        IdentityTestData identity = new IdentityTestData(context);
        municipality = identity.organisation().name("Arbetsmarknad Sjömark-test").create();
        coordinatorUser = identity.user(municipality, Role.COORDINATOR).create();
        coordinator = coordinatorUser.api(port);
        municipalityAdmin = identity.user(municipality, Role.ADMIN).create().api(port);
        otherCoordinator = identity.user(identity.organisation().name("Grannkommunen").create(), Role.COORDINATOR)
                .create().api(port);
        workplace = created(coordinator.post("/api/v1/external-workplaces", aWorkplace().build()));
        workplaceId = workplace.path("organisationId").asString();
    }

    /** An open place in the shared pool at the workplace, supervised by a contact without a login. */
    JsonNode openPlace() {
        JsonNode supervisor = created(coordinator.post("/api/v1/supervisors",
                aSupervisor(UUID.fromString(workplace.path("unitId").asString()), 1)));
        assertThat(supervisor.path("organisationId").asString()).isEqualTo(workplaceId);
        assertThat(supervisor.path("userId").isMissingNode() || supervisor.path("userId").isNull()).isTrue();
        JsonNode draft = created(coordinator.post("/api/v1/placements", aPlacement()
                .with("unitId", workplace.path("unitId").asString())
                .with("supervisorIds", List.of(supervisor.path("id").asString())).build()));
        return ok(coordinator.post("/api/v1/placements/" + draft.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", draft.path("lockVersion").asLong())));
    }

    JsonNode propose(JsonNode place) {
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinatorUser)
                .consentingTo(UUID.fromString(workplaceId)).create();
        return created(coordinator.post("/api/v1/proposals", Map.of("placementId", place.path("id").asString(),
                "participantId", participant.toString(), "score", 70, "motivation", "Vill arbeta i butik")));
    }

    static Map<String, Object> accept(JsonNode proposal) {
        return Map.of("decision", "ACCEPT", "note", "Välkommen", "lockVersion", proposal.path("lockVersion").asLong());
    }

    static boolean lists(JsonNode page, JsonNode proposal) {
        return page.path("items").valueStream().anyMatch(p -> p.path("id").asString()
                .equals(proposal.path("id").asString()));
    }

    @Test
    void theManagingCoordinatorOffersAPlaceInTheSharedPoolAndAnswersProposals() {
        JsonNode place = openPlace();
        String path = "/api/v1/placements/" + place.path("id").asString();
        assertThat(place.path("organisationId").asString()).as("the employer's place").isEqualTo(workplaceId);
        assertThat(place.path("managedByName").asString()).isEqualTo(municipality.name());
        assertThat(place.path("status").asString()).isEqualTo("OPEN");
        assertThat(place.path("mayEdit").asBoolean()).isTrue();
        assertThat(ok(coordinator.get("/api/v1/placements?own=true&size=100")).path("items").valueStream()
                .anyMatch(p -> p.path("id").asString().equals(place.path("id").asString())))
                .as("among the coordinator's own places").isTrue();

        // Another municipality sees it in the shared pool, but cannot change it or put places there.
        JsonNode seen = ok(otherCoordinator.get(path));
        assertThat(seen.path("mayEdit").asBoolean()).isFalse();
        assertThat(seen.path("managedByName").asString()).isEqualTo(municipality.name());
        assertThat(otherCoordinator.put(path, asCommand(seen, PlacementCommand.class)).status()).isEqualTo(403);
        assertThat(otherCoordinator.post(path + "/status", Map.of("status", "PAUSED",
                "lockVersion", seen.path("lockVersion").asLong())).status()).isEqualTo(403);
        assertThat(otherCoordinator.post("/api/v1/placements", aPlacement()
                .with("unitId", workplace.path("unitId").asString()).build()).status()).isEqualTo(400);

        JsonNode proposal = propose(place);
        String proposalPath = "/api/v1/proposals/" + proposal.path("id").asString();
        assertThat(lists(ok(coordinator.get("/api/v1/proposals?size=100")), proposal))
                .as("in the coordinator's inbox of proposals to answer for the employer").isTrue();
        assertThat(ok(coordinator.get(proposalPath + "/actions")).path("review").asBoolean()).isTrue();
        assertThat(otherCoordinator.post(proposalPath + "/review", accept(proposal)).status()).isEqualTo(403);

        JsonNode accepted = ok(coordinator.post(proposalPath + "/review", accept(proposal)));
        assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(ok(coordinator.get(path)).path("freeSeats").asInt()).isEqualTo(place.path("freeSeats").asInt() - 1);
    }

    @Test
    void afterTheTakeOverTheEmployerAnswersAndTheMunicipalityNoLongerDoes() {
        JsonNode place = openPlace();
        String path = "/api/v1/placements/" + place.path("id").asString();
        JsonNode proposal = propose(place);
        String proposalPath = "/api/v1/proposals/" + proposal.path("id").asString();
        String username = "tar.over." + System.nanoTime();
        ok(municipalityAdmin.post("/api/v1/external-workplaces/" + workplaceId + "/take-over", Map.of(
                "username", username, "displayName", "Kim Kontakt", "password", "hallon-och-gurka-2026")));
        ApiClient employer = ApiClient.basic(port, username, "hallon-och-gurka-2026");

        JsonNode asCoordinator = ok(coordinator.get(path));
        assertThat(asCoordinator.path("mayEdit").asBoolean()).isFalse();
        assertThat(asCoordinator.path("managedByName").isNull()).isTrue();
        assertThat(coordinator.put(path, asCommand(asCoordinator, PlacementCommand.class)).status()).isEqualTo(403);
        assertThat(coordinator.post(proposalPath + "/review", accept(proposal)).status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/proposals").status()).as("no inbox of an employer any more")
                .isEqualTo(403);

        assertThat(lists(ok(employer.get("/api/v1/proposals?size=100")), proposal)).isTrue();
        assertThat(ok(employer.post(proposalPath + "/review", accept(proposal))).path("status").asString())
                .isEqualTo("ACCEPTED");
        JsonNode asEmployer = ok(employer.get(path));
        assertThat(asEmployer.path("mayEdit").asBoolean()).isTrue();
        assertThat(ok(employer.put(path, asCommand(asEmployer, PlacementCommand.class).put("title", "Butiksjobb")))
                .path("title").asString()).isEqualTo("Butiksjobb");
    }
}
