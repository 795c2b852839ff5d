package se.kompetenskedjan.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;
import static se.kompetenskedjan.support.PlacementJson.aSupervisor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.Parallel;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/** The selection workflow through the API: proposal, employer review, agreed start, agreement, active, ended. */
@ApiTest
class SelectionApiTests {

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

    @Test
    void aProposalGoesFromProposedToActiveAndCompleted() {
        String supervisor = supervisor(2);
        JsonNode placement = openPlacement(1, supervisor);
        String participant = consentingParticipant();

        JsonNode proposal = propose(placement, participant);
        assertThat(proposal.path("status").asString()).isEqualTo("PROPOSED");
        String id = proposal.path("id").asString();

        JsonNode inbox = ok(employer.get("/api/v1/proposals?status=PROPOSED&size=100"));
        assertThat(inbox.path("items").valueStream().map(p -> p.path("id").asString())).contains(id);
        assertThat(ok(employer.get("/api/v1/proposals?size=100&unitId=" + PlacementJson.HEMTJANST_NORR)).path("items")
                .valueStream().map(p -> p.path("id").asString())).as("the place's unit").contains(id);
        assertThat(ok(employer.get("/api/v1/proposals?size=100&unitId=" + PlacementJson.TILLAGNINGSKOKET)).path("items")
                .valueStream().map(p -> p.path("id").asString())).as("another unit").doesNotContain(id);
        JsonNode awaitingFirst = ok(employer.get("/api/v1/proposals?size=100"));
        assertThat(awaitingFirst.path("items").get(0).path("status").asString()).as("awaiting an answer first")
                .isIn("PROPOSED", "INTERVIEW_REQUESTED", "STUDY_VISIT_REQUESTED");
        assertThat(ok(coordinator.get("/api/v1/placements/" + placement.path("id").asString() + "/proposals"))
                .path("items").get(0).path("id").asString()).isEqualTo(id);

        proposal = ok(employer.post("/api/v1/proposals/" + id + "/review", Map.of("decision", "REQUEST_INTERVIEW",
                "note", "Välkommen på intervju tisdag", "lockVersion", proposal.path("lockVersion").asLong())));
        assertThat(proposal.path("status").asString()).isEqualTo("INTERVIEW_REQUESTED");
        proposal = accept(proposal);
        assertThat(proposal.path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode full = ok(employer.get("/api/v1/placements/" + placement.path("id").asString()));
        assertThat(full.path("status").asString()).as("the only seat is taken").isEqualTo("FULL");
        assertThat(full.path("freeSeats").asInt()).isZero();

        proposal = ok(coordinator.post("/api/v1/proposals/" + id + "/start", Map.of("startsOn", TestDates.today().toString(),
                "endsOn", TestDates.today().plusWeeks(8).toString(), "supervisorId", supervisor,
                "lockVersion", proposal.path("lockVersion").asLong())));
        assertThat(proposal.path("status").asString()).isEqualTo("AGREED");
        assertThat(ok(employer.get("/api/v1/supervisors/" + supervisor)).path("slotsUsed").asInt()).isEqualTo(1);

        ApiClient.Response tooEarly = coordinator.post("/api/v1/proposals/" + id + "/activate",
                Map.of("lockVersion", proposal.path("lockVersion").asLong()));
        assertThat(tooEarly.status()).as("activation needs every approval").isEqualTo(409);

        proposal = agreeAndApprove(id, proposal);
        assertThat(proposal.path("approvals")).hasSize(3);
        assertThat(proposal.path("approvals").valueStream()
                .filter(a -> a.path("party").asString().equals("PARTICIPANT")).findFirst().orElseThrow()
                .path("inMeeting").asBoolean()).as("recorded by the coordinator, given in a meeting").isTrue();

        proposal = ok(coordinator.post("/api/v1/proposals/" + id + "/activate",
                Map.of("lockVersion", proposal.path("lockVersion").asLong())));
        assertThat(proposal.path("status").asString()).isEqualTo("ACTIVE");

        proposal = ok(coordinator.post("/api/v1/proposals/" + id + "/end", Map.of("completed", true,
                "endedOn", TestDates.today().toString(), "lockVersion", proposal.path("lockVersion").asLong())));
        assertThat(proposal.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(proposal.path("events").valueStream().map(e -> e.path("status").asString()))
                .containsExactly("PROPOSED", "INTERVIEW_REQUESTED", "ACCEPTED", "AGREED", "ACTIVE", "COMPLETED");
        JsonNode after = ok(employer.get("/api/v1/placements/" + placement.path("id").asString()));
        assertThat(after.path("status").asString()).as("the seat is free again").isEqualTo("OPEN");
        assertThat(ok(employer.get("/api/v1/supervisors/" + supervisor)).path("slotsUsed").asInt()).isZero();

        long audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p AND action = 'UPDATE'")
                .param("p", UUID.fromString(participant)).query(Long.class).single();
        assertThat(audited).as("every step of the workflow is in the audit trail").isGreaterThanOrEqualTo(8);
    }

    @Test
    void endingAPlacementEarlyEndsTheSupervisorsViewOfTheParticipant() {
        String password = "handledar-losenord-2026";
        String username = "handledare.slut." + System.nanoTime();
        String supervisorUser = created(ApiClient.as(port, DemoUsers.PLATFORM_ADMIN).post("/api/v1/users", Map.of(
                "organisationId", PlacementJson.ALVSTAD_CARE.toString(), "unitId", PlacementJson.HEMTJANST_NORR.toString(),
                "username", username, "displayName", "Sara Slutdatum", "role", "SUPERVISOR", "password", password,
                "enabled", true))).path("id").asString();
        Map<String, Object> inventoryEntry = new LinkedHashMap<>(aSupervisor(PlacementJson.HEMTJANST_NORR, 1));
        inventoryEntry.put("userId", supervisorUser);
        String supervisor = created(employer.post("/api/v1/supervisors", inventoryEntry)).path("id").asString();
        String participant = consentingParticipant();
        String id = propose(openPlacement(1, supervisor), participant).path("id").asString();
        JsonNode proposal = accept(ok(employer.get("/api/v1/proposals/" + id)));
        LocalDate startedOn = TestDates.today().minusWeeks(3);
        proposal = ok(coordinator.post("/api/v1/proposals/" + id + "/start", Map.of("startsOn", startedOn.toString(),
                "endsOn", TestDates.today().plusWeeks(5).toString(), "supervisorId", supervisor,
                "lockVersion", proposal.path("lockVersion").asLong())));
        proposal = agreeAndApprove(id, proposal);
        proposal = ok(coordinator.post("/api/v1/proposals/" + id + "/activate",
                Map.of("lockVersion", proposal.path("lockVersion").asLong())));
        ApiClient supervisorClient = ApiClient.basic(port, username, password);
        // Placements owns the supervision; the participants module's access rule follows its events after commit.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(supervisorClient.get("/api/v1/participants/" + participant).status())
                        .as("the supervisor of an active placement sees the participant").isEqualTo(200));

        LocalDate lastDay = TestDates.today().minusDays(1);
        ok(employer.post("/api/v1/proposals/" + id + "/end", Map.of("completed", false, "reason", "HEALTH",
                "endedOn", lastDay.toString(), "lockVersion", proposal.path("lockVersion").asLong())));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode supervisions = ok(coordinator.get("/api/v1/participants/" + participant + "/supervisions"));
            assertThat(supervisions).hasSize(1);
            assertThat(supervisions.get(0).path("startsOn").asString()).isEqualTo(startedOn.toString());
            assertThat(supervisions.get(0).path("endsOn").asString()).as("the supervision ends with the placement")
                    .isEqualTo(lastDay.toString());
        });
        assertThat(supervisorClient.get("/api/v1/participants/" + participant).status())
                .as("after the last day the supervisor no longer sees the participant").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p AND action = 'SUPERVISION_ENDED'")
                .param("p", UUID.fromString(participant)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void declineNeedsAReasonAndTheParticipantSeesTheOutcome() {
        JsonNode placement = openPlacement(2, supervisor(1));
        String participant = consentingParticipant();
        JsonNode proposal = propose(placement, participant);
        String id = proposal.path("id").asString();

        ApiClient.Response noReason = employer.post("/api/v1/proposals/" + id + "/review",
                Map.of("decision", "DECLINE", "lockVersion", proposal.path("lockVersion").asLong()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("declineReason")).isEqualTo("Ange varför ni tackar nej");

        JsonNode declined = ok(employer.post("/api/v1/proposals/" + id + "/review", Map.of("decision", "DECLINE",
                "declineReason", "SCHEDULE", "note", "Passar inte med SFI-tiderna",
                "lockVersion", proposal.path("lockVersion").asLong())));
        assertThat(declined.path("status").asString()).isEqualTo("DECLINED");
        assertThat(declined.path("declineReason").asString()).isEqualTo("SCHEDULE");

        JsonNode ofParticipant = ok(coordinator.get("/api/v1/participants/" + participant + "/proposals"));
        assertThat(ofParticipant.get(0).path("status").asString()).isEqualTo("DECLINED");
    }

    @Test
    void proposingNeedsConsentToShareWithTheEmployerAndIsNotDoubled() {
        JsonNode placement = openPlacement(2, supervisor(1));
        String withoutConsent = created(coordinator.post("/api/v1/participants", aParticipant().build())).path("id").asString();
        ApiClient.Response refused = coordinator.post("/api/v1/proposals", Map.of(
                "placementId", placement.path("id").asString(), "participantId", withoutConsent));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("participantId"))
                .isEqualTo("Deltagaren har inget giltigt samtycke till att dela uppgifter med arbetsgivaren");

        String participant = consentingParticipant();
        propose(placement, participant);
        ApiClient.Response again = coordinator.post("/api/v1/proposals", Map.of(
                "placementId", placement.path("id").asString(), "participantId", participant));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).isEqualTo("Deltagaren är redan föreslagen till platsen");
    }

    @Test
    void onlyTheEmployerReviewsAndOnlyStaffWhoSeeTheParticipantReadTheProposal() {
        JsonNode placement = openPlacement(2, supervisor(1));
        JsonNode proposal = propose(placement, consentingParticipant());
        String id = proposal.path("id").asString();
        Map<String, Object> accept = Map.of("decision", "ACCEPT", "lockVersion", proposal.path("lockVersion").asLong());
        assertThat(coordinator.post("/api/v1/proposals/" + id + "/review", accept).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, DemoUsers.PRIVATE_EMPLOYER_MANAGER).post("/api/v1/proposals/" + id + "/review",
                accept).status()).isEqualTo(403);
        assertThat(ApiClient.as(port, DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/proposals/" + id).status())
                .isEqualTo(403);
        assertThat(ApiClient.as(port, DemoUsers.ANALYST).get("/api/v1/proposals/" + id).status()).isEqualTo(403);
    }

    /**
     * The parties are the proposing side, the host employer and the participant. Arbetsförmedlingen sees the
     * participant through a consent: it reads Älvstad's proposal but changes nothing in it; when it proposes the
     * participant itself, it is the proposing side of that proposal, except for activation, which lets the
     * supervisor see the participant and so is for the organisation responsible for them.
     */
    @Test
    void aConsentSharingOrganisationReadsOthersProposalsAndActsOnlyOnItsOwn() {
        ApiClient employmentService = ApiClient.as(port, DemoUsers.EMPLOYMENT_SERVICE_COORDINATOR);
        String participant = consentingParticipant();
        created(coordinator.post("/api/v1/participants/" + participant + "/consents", Map.of(
                "purpose", "Samverkan med Arbetsförmedlingen", "organisationIds",
                List.of(uuid(ok(employmentService.get("/api/v1/me")).path("organisationId")).toString()),
                "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString())));
        String supervisor = supervisor(2);
        JsonNode placement = openPlacement(2, supervisor);

        // Älvstad's proposal: read, not changed
        JsonNode theirs = propose(placement, participant);
        String theirsPath = "/api/v1/proposals/" + theirs.path("id").asString();
        assertThat(ok(employmentService.get(theirsPath)).path("status").asString()).isEqualTo("PROPOSED");
        ApiClient.Response refused = employmentService.post(theirsPath + "/withdraw",
                Map.of("lockVersion", theirs.path("lockVersion").asLong()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(ok(coordinator.post(theirsPath + "/withdraw", Map.of("lockVersion", theirs.path("lockVersion").asLong())))
                .path("status").asString()).isEqualTo("WITHDRAWN");

        // Its own proposal: it agrees the start, writes the agreement and approves for the coordinator
        JsonNode own = created(employmentService.post("/api/v1/proposals", Map.of("placementId",
                placement.path("id").asString(), "participantId", participant, "score", 60, "motivation", "Från AF")));
        String id = own.path("id").asString();
        String path = "/api/v1/proposals/" + id;
        own = accept(own);
        own = ok(employmentService.post(path + "/start", Map.of("startsOn", TestDates.today().toString(),
                "supervisorId", supervisor, "lockVersion", own.path("lockVersion").asLong())));
        ok(employmentService.put(path + "/agreement", Map.of("goals", "Klara morgonrutiner", "tasks", "Bädda",
                "hours", "Mån 8–12", "followUp", "Samtal varje vecka", "lockVersion", own.path("lockVersion").asLong())));
        ok(employmentService.post(path + "/approvals", Map.of("party", "PARTICIPANT")));
        ok(employmentService.post(path + "/approvals", Map.of("party", "COORDINATOR")));
        own = ok(employer.post(path + "/approvals", Map.of("party", "EMPLOYER")));
        assertThat(employmentService.post(path + "/activate", Map.of("lockVersion", own.path("lockVersion").asLong()))
                .status()).as("activation: the organisation responsible for the participant").isEqualTo(403);
        own = ok(coordinator.post(path + "/activate", Map.of("lockVersion", own.path("lockVersion").asLong())));
        assertThat(ok(employmentService.post(path + "/end", Map.of("completed", true, "endedOn",
                TestDates.today().toString(), "lockVersion", own.path("lockVersion").asLong()))).path("status").asString())
                .isEqualTo("COMPLETED");
    }

    @Test
    void theLastSeatCannotBeGivenTwiceUnderParallelRequests() throws Exception {
        JsonNode placement = openPlacement(1, supervisor(3));
        List<JsonNode> proposals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            proposals.add(propose(placement, consentingParticipant()));
        }
        List<Integer> statuses = Parallel.run(proposals.stream().<Callable<Integer>>map(p -> () -> employer.post(
                "/api/v1/proposals/" + p.path("id").asString() + "/review",
                Map.of("decision", "ACCEPT", "lockVersion", p.path("lockVersion").asLong())).status()).toList());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        assertThat(jdbc.sql("SELECT seats_taken FROM placement WHERE id = :id")
                .param("id", UUID.fromString(placement.path("id").asString())).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM placement_proposal WHERE placement_id = :id AND status = 'ACCEPTED'")
                .param("id", UUID.fromString(placement.path("id").asString())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLastSupervisorSlotCannotBeGivenTwiceUnderParallelRequests() throws Exception {
        String supervisor = supervisor(1);
        JsonNode placement = openPlacement(5, supervisor);
        List<JsonNode> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            accepted.add(accept(propose(placement, consentingParticipant())));
        }
        List<Integer> statuses = Parallel.run(accepted.stream().<Callable<Integer>>map(p -> () -> coordinator.post(
                "/api/v1/proposals/" + p.path("id").asString() + "/start", Map.of("startsOn", TestDates.today().toString(),
                        "supervisorId", supervisor, "lockVersion", p.path("lockVersion").asLong())).status()).toList());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(4);
        assertThat(ok(employer.get("/api/v1/supervisors/" + supervisor)).path("slotsUsed").asInt()).isEqualTo(1);
    }
}
