package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.modulith.test.Scenario;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.participants.SupervisionEnded;
import se.kompetenskedjan.participants.SupervisionStarted;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
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

    @Autowired
    ApplicationContext context;

    IdentityTestData identity;
    ParticipantTestData participants;
    PlacementTestData placements;
    TestOrganisation labourMarket;
    TestOrganisation care;
    TestUser coordinatorUser;
    TestUser manager;
    ApiClient coordinator;
    ApiClient employer;

    @BeforeEach
    void aLabourMarketAdministrationAndAnEmployer() {
        identity = new IdentityTestData(context);
        participants = new ParticipantTestData(context);
        placements = new PlacementTestData(context);
        labourMarket = identity.organisation().name("Arbetsmarknadsförvaltningen").create();
        care = identity.organisation().name("Omsorgsförvaltningen").unit("Hemtjänst Norr", "Hemtjänst").create();
        coordinatorUser = identity.user(labourMarket, Role.COORDINATOR).create();
        manager = identity.user(care, Role.EMPLOYER_MANAGER).create();
        coordinator = coordinatorUser.api(port);
        employer = manager.api(port);
    }

    /** A participant of the labour-market administration who consents to share with the care organisation. */
    String consentingParticipant() {
        return participants.participant().registeredBy(coordinatorUser).consentingTo(care.id()).create().toString();
    }

    JsonNode openPlacement(int seats, String... supervisorIds) {
        JsonNode placement = created(employer.post("/api/v1/placements", aPlacement().with("unitId", care.unitId().toString())
                .with("seats", seats).with("supervisorIds", List.of(supervisorIds)).build()));
        return ok(employer.post("/api/v1/placements/" + placement.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", placement.path("lockVersion").asLong())));
    }

    String supervisor(int capacity) {
        return placements.supervisor().at(manager).capacity(capacity).create().id().toString();
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

    /** A supervisor with a login at the care organisation's unit and their inventory entry. */
    record Supervisor(ApiClient client, UUID userId, String inventoryId) {
    }

    Supervisor supervisorWithLogin() {
        TestUser login = identity.user(care, Role.SUPERVISOR).create();
        String inventoryId = placements.supervisor().at(manager).withLogin(login).capacity(1).create().id().toString();
        return new Supervisor(login.api(port), login.id(), inventoryId);
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
                    assertThat(e.unitId()).isEqualTo(care.unitId());
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
                    assertThat(e.employerOrganisationId()).isEqualTo(care.id());
                    assertThat(e.proposingOrganisationId()).isEqualTo(labourMarket.id());
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

    @Test
    void anActivePlacementMadeThroughTheFacadesGivesItsSupervisorTheParticipant(Scenario scenario) {
        TestUser login = identity.user(care, Role.SUPERVISOR).create();
        SupervisorView supervisor = placements.supervisor().at(manager).withLogin(login).capacity(1).create();
        UUID participant = participants.participant().registeredBy(coordinatorUser).consentingTo(care.id()).create();
        ApiClient supervisorApi = login.api(port);

        ProposalView active = placements.proposal(participant).by(coordinatorUser).at(manager)
                .supervisedBy(supervisor).active().create();

        assertThat(active.status()).isEqualTo(ProposalStatus.ACTIVE);
        assertThat(active.supervisorId()).isEqualTo(supervisor.id());
        assertThat(active.approvals()).hasSize(3);
        scenario.stimulate(() -> null)
                .customize(wait -> wait.atMost(PATIENCE))
                .andWaitForStateChange(() -> supervisorApi.get("/api/v1/participants/" + participant).status(),
                        status -> status == 200)
                .andVerify(status -> assertThat(status).isEqualTo(200));
    }
}
