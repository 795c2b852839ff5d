package se.kompetenskedjan.participants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/** The participant register through the REST API, end to end on PostgreSQL. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ParticipantApiTests {

    /** The server keeps dates in Swedish time: from 23:00 UTC (22:00 in summer) it is already tomorrow there. */
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    String create(Map<String, Object> body) {
        ApiClient.Response created = as(DemoUsers.COORDINATOR).post("/api/v1/participants", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void createsReadsAndEditsAParticipant() {
        String personnummer = ParticipantJson.testPersonnummer();
        String id = create(aParticipant().with("firstName", "Leyla").with("personnummer", personnummer.replace("-", ""))
                .without("reserveIdentity").without("birthYear").build());

        JsonNode read = as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + id).json();
        assertThat(read.path("firstName").asString()).isEqualTo("Leyla");
        assertThat(read.path("personnummer").asString()).as("normalised").isEqualTo(personnummer);
        assertThat(read.path("birthYear").asInt()).as("taken from the personnummer")
                .isEqualTo(Integer.parseInt(personnummer.substring(0, 4)));
        assertThat(read.path("languages").toString()).isEqualTo("[\"ar\",\"sv\"]");

        Map<String, Object> change = aParticipant().with("firstName", "Leila").with("status", "ACTIVE")
                .with("personnummer", personnummer).with("version", read.path("version").asLong()).build();
        ApiClient.Response updated = as(DemoUsers.COORDINATOR).put("/api/v1/participants/" + id, change);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("firstName").asString()).isEqualTo("Leila");
        assertThat(updated.json().path("version").asLong()).isEqualTo(read.path("version").asLong() + 1);
    }

    @Test
    void withoutPersonnummerAReserveIdentityIsGenerated() {
        String id = create(aParticipant().without("reserveIdentity").build());
        assertThat(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + id).json().path("reserveIdentity").asString())
                .matches("KK-[0-9A-F]{8}");
    }

    @Test
    void searchesByNameStatusAndCoordinatorAPageAtATime() {
        String unique = "Zebulon" + System.nanoTime();
        String coordinatorId = as(DemoUsers.COORDINATOR).get("/api/v1/me").json().path("id").path("value").asString();
        for (int i = 0; i < 3; i++) {
            create(aParticipant().with("lastName", unique).with("status", "PAUSED").with("coordinatorId", coordinatorId).build());
        }
        create(aParticipant().with("lastName", unique).with("status", "ACTIVE").build());

        JsonNode byName = as(DemoUsers.COORDINATOR).get("/api/v1/participants?query=" + unique.toLowerCase() + "&size=2").json();
        assertThat(byName.path("totalItems").asInt()).isEqualTo(4);
        assertThat(byName.path("items").size()).isEqualTo(2);
        assertThat(byName.path("totalPages").asInt()).isEqualTo(2);

        JsonNode byStatus = as(DemoUsers.COORDINATOR).get("/api/v1/participants?query=" + unique + "&status=PAUSED").json();
        assertThat(byStatus.path("totalItems").asInt()).isEqualTo(3);

        JsonNode byCoordinator = as(DemoUsers.COORDINATOR)
                .get("/api/v1/participants?query=" + unique + "&coordinatorId=" + coordinatorId).json();
        assertThat(byCoordinator.path("totalItems").asInt()).isEqualTo(3);
        byCoordinator.path("items").forEach(p -> assertThat(p.path("coordinatorName").asString()).isNotBlank());
    }

    @Test
    void consentSharesWithAnotherOrganisationUntilItIsWithdrawn() {
        String id = create(aParticipant().build());
        String privateEmployer = as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/me").json()
                .path("organisationId").path("value").asString();
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/participants/" + id).status()).isEqualTo(403);

        ApiClient.Response consent = as(DemoUsers.COORDINATOR).post("/api/v1/participants/" + id + "/consents", Map.of(
                "purpose", "Praktik i hemtjänst", "organisationIds", List.of(privateEmployer),
                "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString()));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);

        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/participants/" + id).status()).isEqualTo(200);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/participants?query=" + lastNameOf(id)).json()
                .path("totalItems").asInt()).isEqualTo(1);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).put("/api/v1/participants/" + id,
                aParticipant().with("version", 0).build()).status()).as("shared data is read-only").isEqualTo(403);

        String consentId = consent.json().path("id").asString();
        ApiClient.Response withdrawn = as(DemoUsers.COORDINATOR)
                .post("/api/v1/participants/" + id + "/consents/" + consentId + "/withdrawal", null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("activeToday").asBoolean()).isFalse();

        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/participants/" + id).status())
                .as("withdrawal removes the sharing at once").isEqualTo(403);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/participants?query=" + lastNameOf(id)).json()
                .path("totalItems").asInt()).isZero();
    }

    @Test
    void aSupervisorSeesOnlyParticipantsPlacedWithThem() {
        String placed = create(aParticipant().build());
        String notPlaced = create(aParticipant().build());
        String supervisorId = as(DemoUsers.SUPERVISOR).get("/api/v1/me").json().path("id").path("value").asString();
        ApiClient.Response supervision = as(DemoUsers.COORDINATOR).post("/api/v1/participants/" + placed + "/supervisions",
                Map.of("supervisorId", supervisorId, "startsOn", TestDates.today().minusDays(1).toString()));
        assertThat(supervision.status()).as(supervision.body()).isEqualTo(201);

        // The placements module records the supervision; this module's access rule follows its event after commit.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as(DemoUsers.SUPERVISOR).get("/api/v1/participants/" + placed).status()).isEqualTo(200));
        assertThat(as(DemoUsers.SUPERVISOR).get("/api/v1/participants/" + notPlaced).status()).isEqualTo(403);
        JsonNode list = as(DemoUsers.SUPERVISOR).get("/api/v1/participants?size=100").json();
        List<String> ids = list.path("items").valueStream().map(p -> p.path("id").asString()).toList();
        assertThat(ids).contains(placed).doesNotContain(notPlaced);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM participant p WHERE p.id IN (:ids) AND NOT EXISTS (
                  SELECT 1 FROM supervision s JOIN user_account u ON u.id = s.supervisor_id
                   WHERE s.participant_id = p.id AND u.username = 'handledare'
                     AND s.starts_on <= :today AND (s.ends_on IS NULL OR s.ends_on >= :today))
                """).param("ids", ids.stream().map(java.util.UUID::fromString).toList()).param("today", TestDates.today())
                .query(Long.class).single())
                .as("every listed participant is supervised by handledare today").isZero();
    }

    @Test
    void otherMunicipalitiesAnalystsAndOtherParticipantsSeeNothing() {
        String id = create(aParticipant().build());
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/participants/" + id).status()).isEqualTo(403);
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/participants?query=" + lastNameOf(id)).json()
                .path("totalItems").asInt()).isZero();
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/participants").status()).isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/participants/" + id).status()).isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/participants/" + id).status()).isEqualTo(403);
        JsonNode own = as(DemoUsers.PARTICIPANT).get("/api/v1/participants").json();
        assertThat(own.path("totalItems").asInt()).as("a participant sees only themself").isEqualTo(1);
    }

    @Test
    void everyReadAndWriteIsAuditedAndShownToTheParticipant() {
        String id = create(aParticipant().build());
        as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + id);
        as(DemoUsers.COORDINATOR).get("/api/v1/participants?query=" + lastNameOf(id));
        as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/participants/" + id);

        JsonNode log = as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + id + "/access-log").json();
        List<String> actions = log.path("items").valueStream().map(e -> e.path("action").asString()).toList();
        assertThat(actions).as("the other municipality's denied read showed no data and is not recorded as a read")
                .containsExactly("LIST", "VIEW", "CREATE");
        JsonNode create = log.path("items").get(2);
        assertThat(create.path("actorName").asString()).isNotBlank();
        assertThat(create.path("purpose").asString()).isEqualTo("Handläggning i egen organisation");

        String mine = as(DemoUsers.PARTICIPANT).get("/api/v1/me").json().path("participantId").asString();
        as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + mine);
        JsonNode myLog = as(DemoUsers.PARTICIPANT).get("/api/v1/participants/" + mine + "/access-log").json();
        assertThat(myLog.path("items").get(0).path("actorName").asString())
                .isEqualTo(as(DemoUsers.COORDINATOR).get("/api/v1/me").json().path("displayName").asString());
    }

    @Test
    void readingTheAccessLogIsItselfRecordedOncePerRequest() {
        String id = create(aParticipant().build());
        ApiClient coordinator = as(DemoUsers.COORDINATOR);
        assertThat(logReads(id)).isZero();

        JsonNode first = coordinator.get("/api/v1/participants/" + id + "/access-log").json();
        assertThat(first.path("items").valueStream().map(e -> e.path("action").asString()).toList())
                .as("the log shows the reads before this one").containsExactly("CREATE");
        assertThat(logReads(id)).isEqualTo(1);
        coordinator.get("/api/v1/participants/" + id + "/access-log");
        assertThat(logReads(id)).isEqualTo(2);

        JsonNode latest = coordinator.get("/api/v1/participants/" + id + "/access-log").json().path("items").get(0);
        assertThat(latest.path("action").asString()).isEqualTo("VIEW");
        assertThat(latest.path("detail").asString()).isEqualTo("access log");
        assertThat(latest.path("actorName").asString())
                .isEqualTo(coordinator.get("/api/v1/me").json().path("displayName").asString());
        assertThat(latest.path("purpose").asString()).isEqualTo("Handläggning i egen organisation");

        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/participants/" + id + "/access-log")
                .status()).isEqualTo(403);
        assertThat(logReads(id)).as("a refused read showed nothing and is not recorded").isEqualTo(3);
    }

    private long logReads(String participantId) {
        return jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE participant_id = CAST(:p AS uuid) AND action = 'VIEW'
                   AND detail = 'access log'""").param("p", participantId).query(Long.class).single();
    }

    @Test
    void adminsFilterTheAuditTrailOfTheirOrganisation() {
        String id = create(aParticipant().build());
        as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + id);
        JsonNode entries = as(DemoUsers.ADMIN).get("/api/v1/audit-entries?participantId=" + id + "&action=VIEW&from="
                + TestDates.today().minusDays(1) + "&to=" + TestDates.today()).json();
        assertThat(entries.path("totalItems").asInt()).isEqualTo(1);
        assertThat(entries.path("items").get(0).path("action").asString()).isEqualTo("VIEW");

        JsonNode otherAdminsView = ApiClient.as(port, DemoUsers.PLATFORM_ADMIN)
                .get("/api/v1/audit-entries?participantId=" + id).json();
        assertThat(otherAdminsView.path("totalItems").asInt()).as("host admins see all").isEqualTo(2);
        assertThat(as(DemoUsers.COORDINATOR).get("/api/v1/audit-entries").status()).isEqualTo(403);
    }

    @Test
    void aRejectedDuplicateLeavesNoPersonalDataInTheLog(CapturedOutput log) {
        String personnummer = ParticipantJson.testPersonnummer();
        create(aParticipant().with("personnummer", personnummer).build());
        ApiClient.Response duplicate = as(DemoUsers.COORDINATOR).post("/api/v1/participants",
                aParticipant().with("personnummer", personnummer).with("lastName", "Loggsson").build());
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(log.getAll()).doesNotContain(personnummer).doesNotContain("Loggsson");
    }

    private String lastNameOf(String id) {
        return jdbc.sql("SELECT last_name FROM participant WHERE id = CAST(:id AS uuid)").param("id", id)
                .query(String.class).single();
    }
}
