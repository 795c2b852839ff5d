package se.kompetenskedjan.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestStaff;
import se.kompetenskedjan.identity.IdentityTestData.TestUser;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Projects through the API: created, read, listed a page at a time and changed with optimistic locking by the
 * organisation's coordinators; participants taken in (own or shared by consent, audited) and out with dates, the
 * history kept; who sees what, counts held back from analysts under the threshold; bad input in Swedish.
 */
@ApiTest
class ProjectApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Projects projects;

    TestStaff municipality;
    TestStaff other;
    TestUser coordinator;
    ApiClient koordinator;
    LadderView ladder;
    LocalDate today;

    @BeforeEach
    void organisations() {
        IdentityTestData identity = new IdentityTestData(context);
        municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        other = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        coordinator = municipality.get(Role.COORDINATOR);
        koordinator = coordinator.api(port);
        ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        today = TestDates.today();
    }

    @Test
    void aProjectIsCreatedReadListedAndChangedAtTheVersionRead() {
        ApiClient.Response created = koordinator.post("/api/v1/projects", project("Vägen in", today.minusMonths(2),
                null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode project = created.json();
        String id = project.path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/projects/" + id);
        assertThat(project.path("funder").asString()).isEqualTo("ESF+");
        assertThat(project.path("funderReference").asString()).isEqualTo("2023-00123");
        assertThat(project.path("organisationId").asString()).isEqualTo(municipality.organisation().id().toString());
        assertThat(project.path("ladders").get(0).path("name").asString()).isEqualTo(ladder.name());
        assertThat(project.path("participantsNow").path("value").asLong()).isZero();
        assertThat(project.path("mayEdit").asBoolean()).isTrue();

        JsonNode read = koordinator.get("/api/v1/projects/" + id).json();
        assertThat(read.path("name").asString()).isEqualTo("Vägen in");
        assertThat(read.path("to").isNull()).as("open while it runs").isTrue();

        for (int i = 0; i < 2; i++) {
            assertThat(koordinator.post("/api/v1/projects", project("Fler " + i, today.minusMonths(1), null))
                    .status()).isEqualTo(201);
        }
        JsonNode page = koordinator.get("/api/v1/projects?size=2").json();
        assertThat(page.path("totalItems").asLong()).isEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(2);
        assertThat(koordinator.get("/api/v1/projects?size=2&page=1").json().path("items").get(0).path("name")
                .asString()).as("the latest start first").isEqualTo("Vägen in");

        Map<String, Object> change = project("Vägen in 2", today.minusMonths(2), today.plusMonths(10));
        change.put("ladderIds", List.of());
        change.put("version", read.path("version").asLong());
        ApiClient.Response changed = koordinator.put("/api/v1/projects/" + id, change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("Vägen in 2");
        assertThat(changed.json().path("to").asString()).isEqualTo(today.plusMonths(10).toString());
        assertThat(changed.json().path("ladders")).isEmpty();

        ApiClient.Response stale = koordinator.put("/api/v1/projects/" + id, change);
        assertThat(stale.status()).as("the version read is no longer current").isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(koordinator.get("/api/v1/projects/" + id).json().path("name").asString()).isEqualTo("Vägen in 2");
    }

    @Test
    void participantsAreTakenInAndOutWithDatesAndTheHistoryStays() {
        String id = created(project("Deltagarprojekt", today.minusMonths(6), null));
        UUID own = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        UUID shared = new ParticipantTestData(context).participant().registeredBy(other.get(Role.COORDINATOR))
                .consentingTo(municipality.organisation().id()).create();
        UUID notShared = new ParticipantTestData(context).participant().registeredBy(other.get(Role.COORDINATOR))
                .create();
        long auditBefore = auditRows(own);

        ApiClient.Response in = koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", own.toString(), "on", today.minusMonths(3).toString()));
        assertThat(in.status()).as(in.body()).isEqualTo(201);
        assertThat(in.json().path("takenInOn").asString()).isEqualTo(today.minusMonths(3).toString());
        assertThat(in.json().path("removedOn").isNull()).isTrue();
        assertThat(auditRows(own)).as("one audited write of the participant").isEqualTo(auditBefore + 1);
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE participant_id = :p ORDER BY id DESC LIMIT 1")
                .param("p", own).query(String.class).single()).contains("project: taken in " + id);
        assertThat(koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", shared.toString(), "on", today.toString())).status())
                .as("shared with the organisation by a consent").isEqualTo(201);

        ApiClient.Response notYours = koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", notShared.toString(), "on", today.toString()));
        assertThat(notYours.status()).isEqualTo(400);
        assertThat(notYours.fieldError("participantId")).startsWith("Deltagaren finns inte, eller tillhör inte");
        ApiClient.Response again = koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", own.toString(), "on", today.toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).isEqualTo("Deltagaren är redan med i projektet");
        ApiClient.Response before = koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", shared.toString(), "on", today.minusYears(1).toString()));
        assertThat(before.status()).isEqualTo(400);

        ApiClient.Response tooEarly = koordinator.post("/api/v1/projects/" + id + "/participants/" + own + "/removal",
                Map.of("on", today.minusMonths(4).toString()));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.fieldError("on")).isEqualTo("Den sista dagen kan inte vara före dagen deltagaren kom med");
        ApiClient.Response out = koordinator.post("/api/v1/projects/" + id + "/participants/" + own + "/removal",
                Map.of("on", today.minusDays(1).toString()));
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        assertThat(out.json().path("removedOn").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(koordinator.post("/api/v1/projects/" + id + "/participants/" + own + "/removal",
                Map.of("on", today.toString())).status()).as("no longer in").isEqualTo(404);
        assertThat(koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", own.toString(), "on", today.toString())).status())
                .as("taken in again: a new period").isEqualTo(201);

        JsonNode members = koordinator.get("/api/v1/projects/" + id + "/participants").json();
        assertThat(members.path("totalItems").asLong()).as("both of own's periods and shared's").isEqualTo(3);
        assertThat(members.path("items").valueStream().filter(m -> m.path("participantId").asString()
                .equals(own.toString())).map(m -> m.path("removedOn").isNull() ? "open" : m.path("removedOn")
                .asString())).containsExactlyInAnyOrder("open", today.minusDays(1).toString());
        JsonNode project = koordinator.get("/api/v1/projects/" + id).json();
        assertThat(project.path("participantsNow").path("value").asLong()).isEqualTo(2);
        assertThat(project.path("participantsEver").path("value").asLong()).isEqualTo(2);

        ProjectView view = se.kompetenskedjan.support.SignedIn.as(coordinator.username(),
                () -> projects.find(UUID.fromString(id))).orElseThrow();
        assertThat(view.participantIds()).containsExactlyInAnyOrder(own, shared);
        assertThat(view.funderReference()).isEqualTo("2023-00123");
        assertThat(se.kompetenskedjan.support.SignedIn.as(coordinator.username(),
                () -> projects.memberships(UUID.fromString(id)))).hasSize(3);
    }

    @Test
    void theOrganisationsFigureStaffAndTheRegionsAnalystsSeeItOnlyTheOrganisationsCoordinatorsChangeIt() {
        String id = created(project("Synlighet", today.minusMonths(1), null));
        UUID own = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("participantId", own.toString(), "on", today.toString()));
        String path = "/api/v1/projects/" + id;

        assertThat(municipality.get(Role.ADMIN).api(port).get(path).status()).isEqualTo(200);
        ApiClient manager = municipality.get(Role.EMPLOYER_MANAGER).api(port);
        assertThat(manager.get(path).json().path("mayEdit").asBoolean()).isFalse();
        Map<String, Object> change = project("Av chefen", today.minusMonths(1), null);
        change.put("version", 0);
        assertThat(manager.put(path, change).status()).isEqualTo(403);
        assertThat(manager.post("/api/v1/projects", project("Chefens", today, null)).status()).isEqualTo(403);
        assertThat(municipality.get(Role.SUPERVISOR).api(port).get(path).status()).isEqualTo(403);
        assertThat(municipality.get(Role.TEACHER).api(port).get("/api/v1/projects").status()).isEqualTo(403);
        assertThat(other.get(Role.COORDINATOR).api(port).get(path).status()).as("another organisation's")
                .isEqualTo(404);
        assertThat(other.get(Role.COORDINATOR).api(port).get("/api/v1/projects").json().path("items").valueStream()
                .map(p -> p.path("id").asString())).doesNotContain(id);

        JsonNode analysts = ApiClient.as(port, DemoUsers.ANALYST).get(path).json();
        assertThat(analysts.path("participantsNow").path("protection").asString())
                .as("1 is under the threshold").isEqualTo("SMALL");
        assertThat(analysts.path("participantsNow").path("value").isNull()).isTrue();
        assertThat(ApiClient.as(port, DemoUsers.ANALYST).get(path + "/participants").json().path("items"))
                .as("analysts see no one").isEmpty();
        JsonNode ownAnalyst = municipality.get(Role.ANALYST).api(port).get(path).json();
        assertThat(ownAnalyst.path("participantsEver").path("protection").asString()).isEqualTo("SMALL");
        assertThat(manager.get(path).json().path("participantsNow").path("value").asLong())
                .as("the organisation's own staff see the count").isEqualTo(1);
    }

    @Test
    void badInputIsRefusedInSwedishAndNothingIsSaved() {
        long before = jdbc.sql("SELECT count(*) FROM project").query(Long.class).single();

        ApiClient.Response noName = koordinator.post("/api/v1/projects", project(" ", today, null));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.fieldError("name")).isEqualTo("Skriv projektets namn");

        ApiClient.Response backwards = koordinator.post("/api/v1/projects", project("Baklänges", today,
                today.minusDays(1)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.fieldError("to")).isEqualTo("Slutdatumet kan inte vara före startdatumet");

        Map<String, Object> unknownLadder = project("Okänd stegmodell", today, null);
        unknownLadder.put("ladderIds", List.of(UUID.randomUUID().toString()));
        ApiClient.Response unknown = koordinator.post("/api/v1/projects", unknownLadder);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldError("ladderIds")).isEqualTo("Stegmodellen finns inte");

        Map<String, Object> extra = project("Extra fält", today, null);
        extra.put("budget", 100);
        assertThat(koordinator.post("/api/v1/projects", extra).status()).isEqualTo(400);
        Map<String, Object> badDate = project("Fel datum", today, null);
        badDate.put("from", "31/12/2026");
        assertThat(koordinator.post("/api/v1/projects", badDate).status()).isEqualTo(400);

        assertThat(jdbc.sql("SELECT count(*) FROM project").query(Long.class).single()).isEqualTo(before);
        String id = created(project("Finns", today, null));
        ApiClient.Response noVersion = koordinator.put("/api/v1/projects/" + id, project("Utan version", today, null));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.fieldError("version")).isEqualTo("Ange versionen du läste");
        assertThat(koordinator.get("/api/v1/projects/" + UUID.randomUUID()).status()).isEqualTo(404);
        ApiClient.Response noParticipant = koordinator.post("/api/v1/projects/" + id + "/participants",
                Map.of("on", today.toString()));
        assertThat(noParticipant.status()).isEqualTo(400);
        assertThat(noParticipant.fieldError("participantId")).isEqualTo("Välj en deltagare");
    }

    private String created(Map<String, Object> body) {
        ApiClient.Response response = koordinator.post("/api/v1/projects", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private Map<String, Object> project(String name, LocalDate from, LocalDate to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("funder", "ESF+");
        body.put("funderReference", "2023-00123");
        body.put("from", from.toString());
        body.put("to", to == null ? null : to.toString());
        body.put("ladderIds", List.of(ladder.id().toString()));
        return body;
    }

    private long auditRows(UUID participantId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p").param("p", participantId)
                .query(Long.class).single();
    }
}
