package se.kompetenskedjan.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
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
import se.kompetenskedjan.participants.ConsentCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantTestData;
import se.kompetenskedjan.placements.PlacementTestData;
import se.kompetenskedjan.plans.JourneyTestData;
import se.kompetenskedjan.profiles.LadderTestData;
import se.kompetenskedjan.profiles.LadderView;
import se.kompetenskedjan.profiles.StepView;
import se.kompetenskedjan.shared.SwedishTime;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.SignedIn;
import se.kompetenskedjan.tasks.TaskCommand;
import se.kompetenskedjan.tasks.TaskSource;
import se.kompetenskedjan.tasks.Tasks;
import tools.jackson.databind.JsonNode;

/**
 * The caseload (issue 14, item 3): a coordinator's participants ordered by the signals the modules report, ready-made
 * and saved filters, the counts per coordinator for admins; the rows shown are audited, the counts are not.
 */
@ApiTest
class CaseloadApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Tasks tasks;

    @Autowired
    ParticipantRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theCoordinatorsParticipantsComeMostUrgentFirstAndFiltersNarrowThem() {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        TestStaff employer = identity.staffedOrganisation(OrganisationType.PRIVATE_EMPLOYER);
        TestUser coordinator = municipality.get(Role.COORDINATOR);
        TestUser colleague = identity.user(municipality.organisation(), Role.COORDINATOR).create();
        ParticipantTestData participants = new ParticipantTestData(context);
        LocalDate today = SwedishTime.today(clock);

        UUID late = participants.participant().registeredBy(coordinator).named("Ada", "Sen").create();
        tasks.openFor(new TaskSource("MEETING_DECISION", UUID.randomUUID()), municipality.organisation().id(),
                new TaskCommand("Ring arbetsgivaren", null, coordinator.id(), today.minusDays(3), late), null);
        UUID consenting = participants.participant().registeredBy(coordinator).named("Bo", "Samtycke").create();
        SignedIn.as(coordinator.username(), () -> register.giveConsent(consenting, new ConsentCommand(
                "Praktik", Set.of(employer.organisation().id()), today.minusMonths(5), today.plusDays(10))));
        UUID ending = participants.participant().registeredBy(coordinator).named("Cia", "Slutar")
                .consentingTo(employer.organisation().id()).create();
        new PlacementTestData(context).proposal(ending).by(coordinator).at(employer.get(Role.EMPLOYER_MANAGER))
                .period(today.minusWeeks(6), today.plusDays(5)).active().create();
        UUID lockedIn = participants.participant().registeredBy(coordinator).named("Dan", "Stilla").create();
        LadderView ladder = new LadderTestData(context).ladder().ownedBy(coordinator).create();
        StepView limited = ladder.steps().stream().filter(s -> s.maxWeeks() != null).findFirst().orElseThrow();
        new JourneyTestData(context).journey(lockedIn).on(ladder).atStep(limited.id())
                .since(today.minusWeeks(limited.maxWeeks() + 2L)).by(coordinator).create();
        UUID calm = participants.participant().registeredBy(coordinator).named("Eva", "Lugn").create();
        UUID someoneElses = participants.participant().registeredBy(colleague).create();

        ApiClient api = coordinator.api(port);
        // The follow-up module copies the journey from its event after the commit; then its weeks count as missed.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ok(api.get("/api/v1/caseload?size=1"))
                .path("participantsByKind").path("MISSED_CHECK_IN").asInt() == 1);
        long auditBefore = auditRows(late);
        JsonNode all = ok(api.get("/api/v1/caseload"));
        assertThat(auditRows(late)).as("a row shown is one audited list read").isEqualTo(auditBefore + 1);
        assertThat(all.path("caseloadSize").asInt()).isEqualTo(5);
        assertThat(all.path("overdueParticipants").asInt()).as("the task and the step's maximum are past").isEqualTo(2);
        // 20 + 14 days past the step's maximum and 30 + days since the last missed week; 40 + 3 days late; 35, not
        // yet due; 25, not yet due; nothing.
        assertThat(ids(all)).containsExactly(lockedIn.toString(), late.toString(), consenting.toString(),
                ending.toString(), calm.toString()).doesNotContain(someoneElses.toString());
        JsonNode first = all.path("rows").path("items").get(1);
        assertThat(first.path("signals").get(0).path("kind").asString()).isEqualTo("OVERDUE_ACTION");
        assertThat(first.path("overdue").asBoolean()).isTrue();
        assertThat(all.path("participantsByKind").path("STEP_TIME_EXCEEDED").asInt()).isEqualTo(1);
        assertThat(all.path("participantsByKind").path("PLACEMENT_ENDING").asInt()).isEqualTo(1);

        assertThat(ids(ok(api.get("/api/v1/caseload?filter=OVERDUE"))))
                .containsExactly(lockedIn.toString(), late.toString());
        assertThat(ids(ok(api.get("/api/v1/caseload?filter=CONSENTS")))).containsExactly(consenting.toString());
        assertThat(ids(ok(api.get("/api/v1/caseload?filter=PLACEMENTS_ENDING")))).containsExactly(ending.toString());
        assertThat(ids(ok(api.get("/api/v1/caseload?kinds=STEP_TIME_EXCEEDED,CONSENT_EXPIRING"))))
                .containsExactly(consenting.toString(), lockedIn.toString());
        JsonNode paged = ok(api.get("/api/v1/caseload?size=2&page=1"));
        assertThat(ids(paged)).containsExactly(consenting.toString(), ending.toString());
        assertThat(paged.path("rows").path("totalPages").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/caseload?filter=SOMETHING").status()).isEqualTo(400);

        assertThat(colleague.api(port).get("/api/v1/caseload?coordinatorId=" + coordinator.id()).status())
                .as("a coordinator sees their own caseload only").isEqualTo(403);
        ApiClient admin = municipality.get(Role.ADMIN).api(port);
        assertThat(ids(ok(admin.get("/api/v1/caseload?filter=OBSTACLES&coordinatorId=" + coordinator.id()))))
                .isEmpty();
        assertThat(ids(ok(admin.get("/api/v1/caseload?filter=CONSENTS&coordinatorId=" + coordinator.id()))))
                .containsExactly(consenting.toString());
        assertThat(admin.get("/api/v1/caseload").status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/caseload?coordinatorId=" + employer.get(Role.ADMIN).id()).status())
                .isEqualTo(404);
        JsonNode loads = ok(admin.get("/api/v1/caseload/coordinators"));
        JsonNode mine = null;
        for (JsonNode load : loads) {
            if (load.path("coordinatorId").asString().equals(coordinator.id().toString())) {
                mine = load;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("caseloadSize").asInt()).isEqualTo(5);
        assertThat(mine.path("overdueParticipants").asInt()).isEqualTo(2);
        assertThat(mine.path("overdueShare").asDouble()).as(mine.toString()).isEqualTo(0.4);
        assertThat(api.get("/api/v1/caseload/coordinators").status()).isEqualTo(403);
        assertThat(employer.get(Role.EMPLOYER_MANAGER).api(port).get("/api/v1/caseload").status()).isEqualTo(403);
    }

    @Test
    void aCoordinatorSavesNamedFiltersOfTheirOwn() {
        IdentityTestData identity = new IdentityTestData(context);
        TestStaff municipality = identity.staffedOrganisation(OrganisationType.MUNICIPALITY);
        ApiClient api = municipality.get(Role.COORDINATOR).api(port);
        ApiClient colleague = identity.user(municipality.organisation(), Role.COORDINATOR).create().api(port);

        ApiClient.Response saved = api.post("/api/v1/caseload/filters",
                Map.of("name", "Samtal denna vecka", "kinds", List.of("MISSED_CHECK_IN", "NO_CONTACT"),
                        "overdueOnly", true));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String id = saved.json().path("id").asString();
        assertThat(saved.header("Location")).endsWith("/api/v1/caseload/filters/" + id);
        ApiClient.Response taken = api.post("/api/v1/caseload/filters", Map.of("name", "samtal denna vecka",
                "kinds", List.of("NO_CONTACT")));
        assertThat(taken.fieldError("name")).as(taken.body()).contains("redan");
        assertThat(api.post("/api/v1/caseload/filters", Map.of("name", "Tomt")).fieldError("kinds"))
                .contains("minst en");
        assertThat(api.post("/api/v1/caseload/filters", Map.of("name", " ", "kinds", List.of("NO_CONTACT")))
                .fieldError("name")).contains("namn");
        assertThat(api.post("/api/v1/caseload/filters", Map.of("name", "X", "kinds", List.of("NOPE"))).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/caseload/filters", Map.of("name", "X", "kinds", List.of("NO_CONTACT"),
                "colour", "red")).status()).as("unknown fields are refused").isEqualTo(400);

        JsonNode filters = ok(api.get("/api/v1/caseload/filters"));
        assertThat(filters).hasSize(1);
        assertThat(filters.get(0).path("overdueOnly").asBoolean()).isTrue();
        assertThat(ok(colleague.get("/api/v1/caseload/filters"))).as("filters are one's own").isEmpty();
        assertThat(colleague.delete("/api/v1/caseload/filters/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/caseload/filters/" + id).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/caseload/filters/" + id).status()).isEqualTo(404);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode caseload) {
        List<String> ids = new ArrayList<>();
        caseload.path("rows").path("items").forEach(r -> ids.add(r.path("participantId").asString()));
        return ids;
    }

    private long auditRows(UUID participantId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :id").param("id", participantId)
                .query(Long.class).single();
    }
}
