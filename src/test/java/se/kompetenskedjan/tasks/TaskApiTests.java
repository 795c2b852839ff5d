package se.kompetenskedjan.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1/tasks: open a task for a colleague, read it as a party, list mine (open, or all), mark it done once, a
 * participant's tasks; strangers get 404, bad input a Swedish 400, and a task about a participant is one audited read.
 */
@ApiTest
class TaskApiTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTaskIsOpenedForAColleagueReadByThePartiesListedAndDoneOnce() {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff other = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser colleague = identity.user(municipality.organisation(), Role.TEACHER).create();
        UUID participant = new ParticipantTestData(context).participant().registeredBy(coordinator).create();
        ApiClient api = coordinator.api(port);
        LocalDate due = TestDates.today().plusDays(4);

        long auditBefore = auditRows(participant);
        JsonNode opened = created(api.post("/api/v1/tasks", body("Boka tolk till mötet", colleague.id(), due,
                participant)));
        assertThat(auditRows(participant)).isEqualTo(auditBefore + 1);
        String path = "/api/v1/tasks/" + opened.path("id").asString();
        assertThat(opened.path("status").asString()).isEqualTo("OPEN");
        assertThat(opened.path("dueDate").asString()).isEqualTo(due.toString());
        assertThat(opened.path("ownerName").asString()).isEqualTo(colleague.displayName());

        ApiClient owner = colleague.api(port);
        JsonNode mine = ok(owner.get("/api/v1/tasks?size=5"));
        assertThat(mine.path("items").valueStream().map(t -> t.path("id").asString()))
                .containsExactly(opened.path("id").asString());
        assertThat(mine.path("size").asInt()).isEqualTo(5);
        assertThat(ok(owner.get(path)).path("title").asString()).isEqualTo("Boka tolk till mötet");
        assertThat(other.get(Role.COORDINATOR).api(port).get(path).status()).isEqualTo(404);
        assertThat(municipality.get(Role.ADMIN).api(port).get(path).status()).isEqualTo(200);
        assertThat(ok(api.get("/api/v1/participants/" + participant + "/tasks")).size()).isEqualTo(1);
        assertThat(other.get(Role.COORDINATOR).api(port).get("/api/v1/participants/" + participant + "/tasks")
                .status()).isEqualTo(403);

        JsonNode done = ok(owner.post(path + "/completion", Map.of("note", "Tolk bokad")));
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("completionNote").asString()).isEqualTo("Tolk bokad");
        Response again = owner.post(path + "/completion", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).isEqualTo("Uppgiften är redan klar.");
        assertThat(ok(owner.get("/api/v1/tasks")).path("items")).isEmpty();
        assertThat(ok(owner.get("/api/v1/tasks?includeClosed=true")).path("items").size()).isEqualTo(1);
    }

    @Test
    void badInputIsASwedish400AndNothingIsSaved() {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff other = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        ApiClient api = coordinator.api(port);
        LocalDate due = TestDates.today();

        Response otherOrganisation = api.post("/api/v1/tasks", body("Fel ansvarig", other.get(Role.COORDINATOR).id(),
                due, null));
        assertThat(otherOrganisation.status()).isEqualTo(400);
        assertThat(otherOrganisation.fieldError("ownerId")).isEqualTo("Ansvarig måste höra till din organisation.");
        Map<String, Object> unknownField = body("Okänt fält", coordinator.id(), due, null);
        unknownField.put("priority", "HIGH");
        assertThat(api.post("/api/v1/tasks", unknownField).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/tasks", body(" ", coordinator.id(), due, null)).fieldError("title")).isNotBlank();
        Map<String, Object> noDate = body("Utan datum", coordinator.id(), due, null);
        noDate.remove("dueDate");
        assertThat(api.post("/api/v1/tasks", noDate).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tasks/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(ok(api.get("/api/v1/tasks?includeClosed=true")).path("totalItems").asInt()).isZero();
    }

    private static Map<String, Object> body(String title, UUID owner, LocalDate due, UUID participant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("ownerId", owner.toString());
        body.put("dueDate", due.toString());
        if (participant != null) {
            body.put("participantId", participant.toString());
        }
        return body;
    }

    private long auditRows(UUID participantId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :id").param("id", participantId)
                .query(Long.class).single();
    }
}
