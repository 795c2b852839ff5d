package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;
import static se.kompetenskedjan.support.PlacementJson.aSupervisor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.modulith.test.Scenario;
import se.kompetenskedjan.participants.SupervisionEnded;
import se.kompetenskedjan.participants.SupervisionStarted;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * The event flows of a placement: its domain events, and the supervision it starts and ends reaching the
 * participants module's access rule (placement activated: the supervisor may read the participant; ended: may not).
 */
@ApiTest
@EnableScenarios
@ExtendWith(PublishedEventsExtension.class)
class PlacementEventFlowTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

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

    /** A participant of Älvstad's labour-market administration who consents to share with Älvstad's elder care. */
    String consentingParticipant() {
        String id = created(coordinator.post("/api/v1/participants", aParticipant().build())).path("id").asString();
        created(coordinator.post("/api/v1/participants/" + id + "/consents", Map.of(
                "purpose", "Praktik i äldreomsorgen", "organisationIds", List.of(PlacementJson.ALVSTAD_CARE.toString()),
                "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString())));
        return id;
    }

    JsonNode openPlacement(int seats, String... supervisorIds) {
        JsonNode placement = created(employer.post("/api/v1/placements",
                aPlacement().with("seats", seats).with("supervisorIds", List.of(supervisorIds)).build()));
        return ok(employer.post("/api/v1/placements/" + placement.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", placement.path("lockVersion").asLong())));
    }

    String supervisor(int capacity) {
        return created(employer.post("/api/v1/supervisors", aSupervisor(PlacementJson.HEMTJANST_NORR, capacity)))
                .path("id").asString();
    }

    JsonNode propose(JsonNode placement, String participant) {
        return created(coordinator.post("/api/v1/proposals", Map.of("placementId", placement.path("id").asString(),
                "participantId", participant, "score", 72, "motivation", "Vill arbeta i hemtjänsten")));
    }

    JsonNode accept(JsonNode proposal) {
        return ok(employer.post("/api/v1/proposals/" + proposal.path("id").asString() + "/review",
                Map.of("decision", "ACCEPT", "lockVersion", proposal.path("lockVersion").asLong())));
    }

    /** Writes the placement agreement and records the three approvals (the participant's given in a meeting). */
    JsonNode agreeAndApprove(String id, JsonNode proposal) {
        ok(coordinator.put("/api/v1/proposals/" + id + "/agreement", Map.of("goals", "Klara morgonrutiner",
                "tasks", "Bädda, städa, handla", "hours", "Mån och ons 8–12", "followUp", "Trepartssamtal var fjärde vecka",
                "lockVersion", proposal.path("lockVersion").asLong())));
        ok(coordinator.post("/api/v1/proposals/" + id + "/approvals", Map.of("party", "PARTICIPANT")));
        ok(employer.post("/api/v1/proposals/" + id + "/approvals", Map.of("party", "EMPLOYER")));
        return ok(coordinator.post("/api/v1/proposals/" + id + "/approvals", Map.of("party", "COORDINATOR")));
    }

    /** A supervisor with a login at Hemtjänst Norr and their inventory entry; returns [login client, inventory id]. */
    record Supervisor(ApiClient client, UUID userId, String inventoryId) {
    }

    Supervisor supervisorWithLogin() {
        String password = "handledar-losenord-2026";
        String username = "handledare.flode." + System.nanoTime();
        String user = created(ApiClient.as(port, DemoUsers.PLATFORM_ADMIN).post("/api/v1/users", Map.of(
                "organisationId", PlacementJson.ALVSTAD_CARE.toString(), "unitId", PlacementJson.HEMTJANST_NORR.toString(),
                "username", username, "displayName", "Hanna Handledare", "role", "SUPERVISOR", "password", password,
                "enabled", true))).path("id").asString();
        Map<String, Object> entry = new LinkedHashMap<>(aSupervisor(PlacementJson.HEMTJANST_NORR, 1));
        entry.put("userId", user);
        String inventoryId = created(employer.post("/api/v1/supervisors", entry)).path("id").asString();
        return new Supervisor(ApiClient.basic(port, username, password), UUID.fromString(user), inventoryId);
    }

    /** An agreed placement, approved by every party, ready to activate; returns the proposal. */
    JsonNode readyToActivate(Supervisor supervisor, String participant, LocalDate startsOn) {
        JsonNode placement = openPlacement(1, supervisor.inventoryId());
        String id = propose(placement, participant).path("id").asString();
        JsonNode proposal = accept(ok(employer.get("/api/v1/proposals/" + id)));
        proposal = ok(coordinator.post("/api/v1/proposals/" + id + "/start", Map.of("startsOn", startsOn.toString(),
                "endsOn", TestDates.today().plusWeeks(5).toString(), "supervisorId", supervisor.inventoryId(),
                "lockVersion", proposal.path("lockVersion").asLong())));
        return agreeAndApprove(id, proposal);
    }

    @Test
    void theSupervisorMayReadTheParticipantWhileThePlacementIsActiveAndNotAfterItEnds(Scenario scenario) {
        Supervisor supervisor = supervisorWithLogin();
        String participant = consentingParticipant();
        UUID participantId = UUID.fromString(participant);
        JsonNode agreed = readyToActivate(supervisor, participant, TestDates.today().minusWeeks(2));
        String id = agreed.path("id").asString();
        assertThat(supervisor.client().get("/api/v1/participants/" + participant).status())
                .as("before the placement is active the supervisor does not see the participant").isEqualTo(403);

        scenario.stimulate(() -> ok(coordinator.post("/api/v1/proposals/" + id + "/activate",
                        Map.of("lockVersion", agreed.path("lockVersion").asLong()))))
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForEventOfType(SupervisionStarted.class)
                .matching(e -> e.participantId().equals(participantId))
                .toArriveAndVerify(e -> {
                    assertThat(e.supervisorUserId()).isEqualTo(supervisor.userId());
                    assertThat(e.placementProposalId()).isEqualTo(UUID.fromString(id));
                    assertThat(e.unitId()).isEqualTo(PlacementJson.HEMTJANST_NORR);
                });
        scenario.stimulate(() -> null)
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(() -> supervisor.client().get("/api/v1/participants/" + participant).status(),
                        status -> status == 200)
                .andVerify(status -> assertThat(status).as("the supervisor of the active placement sees the participant")
                        .isEqualTo(200));

        JsonNode active = ok(coordinator.get("/api/v1/proposals/" + id));
        LocalDate lastDay = TestDates.today().minusDays(1);
        scenario.stimulate(() -> ok(employer.post("/api/v1/proposals/" + id + "/end", Map.of("completed", false,
                        "reason", "HEALTH", "endedOn", lastDay.toString(),
                        "lockVersion", active.path("lockVersion").asLong()))))
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForEventOfType(SupervisionEnded.class)
                .matching(e -> e.participantId().equals(participantId))
                .toArriveAndVerify(e -> assertThat(e.lastDay()).isEqualTo(lastDay));
        scenario.stimulate(() -> null)
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(() -> supervisor.client().get("/api/v1/participants/" + participant).status(),
                        status -> status == 403)
                .andVerify(status -> assertThat(status).as("after the placement ends the supervisor no longer sees them")
                        .isEqualTo(403));

        assertThat(jdbc.sql("""
                SELECT count(*) FROM event_publication
                WHERE event_type LIKE '%Supervision%' AND serialized_event LIKE :participant AND completion_date IS NULL""")
                .param("participant", "%" + participant + "%").query(Long.class).single())
                .as("the participants module's listener completed both publications").isZero();
    }

    @Test
    void aPlacementPublishesEachStepOfTheSelectionWorkflow(AssertablePublishedEvents events) {
        Supervisor supervisor = supervisorWithLogin();
        String participant = consentingParticipant();
        UUID participantId = UUID.fromString(participant);
        LocalDate startsOn = TestDates.today().minusWeeks(1);
        JsonNode agreed = readyToActivate(supervisor, participant, startsOn);
        UUID id = UUID.fromString(agreed.path("id").asString());
        JsonNode active = ok(coordinator.post("/api/v1/proposals/" + id + "/activate",
                Map.of("lockVersion", agreed.path("lockVersion").asLong())));
        ok(coordinator.post("/api/v1/proposals/" + id + "/end", Map.of("completed", true,
                "endedOn", TestDates.today().toString(), "lockVersion", active.path("lockVersion").asLong())));

        assertThat(events.ofType(ProposalMade.class).matching(e -> e.proposalId().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(participantId);
                    assertThat(e.employerOrganisationId()).isEqualTo(PlacementJson.ALVSTAD_CARE);
                    assertThat(e.proposingOrganisationId()).isEqualTo(PlacementJson.ALVSTAD_LABOUR_MARKET);
                });
        assertThat(events.ofType(ProposalAccepted.class).matching(e -> e.proposalId().equals(id))).hasSize(1);
        assertThat(events.ofType(PlacementAgreed.class).matching(e -> e.proposalId().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.startsOn()).isEqualTo(startsOn);
                    assertThat(e.supervisorId()).isEqualTo(UUID.fromString(supervisor.inventoryId()));
                });
        assertThat(events.ofType(PlacementActivated.class).matching(e -> e.proposalId().equals(id))).singleElement()
                .satisfies(e -> assertThat(e.supervisorUserId()).isEqualTo(supervisor.userId()));
        assertThat(events.ofType(PlacementEnded.class).matching(e -> e.proposalId().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.completed()).isTrue();
                    assertThat(e.reason()).isNull();
                    assertThat(e.endedOn()).isEqualTo(TestDates.today());
                });
        assertThat(events.ofType(SupervisionStarted.class).matching(e -> id.equals(e.placementProposalId())))
                .hasSize(1);
        assertThat(events.ofType(SupervisionEnded.class).matching(e -> e.participantId().equals(participantId)))
                .hasSize(1);

        String other = consentingParticipant();
        JsonNode declined = propose(openPlacement(1, supervisor(1)), other);
        ok(employer.post("/api/v1/proposals/" + declined.path("id").asString() + "/review", Map.of("decision", "DECLINE",
                "declineReason", "LANGUAGE", "lockVersion", declined.path("lockVersion").asLong())));
        assertThat(events.ofType(ProposalDeclined.class)
                .matching(e -> e.proposalId().toString().equals(declined.path("id").asString())))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(DeclineReason.LANGUAGE));
    }
}
