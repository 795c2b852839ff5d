package se.kompetenskedjan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.identity.IdentityTestData;
import se.kompetenskedjan.identity.IdentityTestData.TestOrganisation;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/** Journeys, mapping, gap analysis and individual plans through the REST API, on a ladder copied from a template. */
@ApiTest
class PlansApiTests {

    static final LocalDate TODAY = TestDates.today();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    IdentityTestData identity;
    TestOrganisation municipality;
    ApiClient coordinator;
    JsonNode ladder;
    String participant;

    @BeforeEach
    void aLadderAndAParticipant() {
        identity = new IdentityTestData(context);
        municipality = identity.organisation().create();
        coordinator = identity.user(municipality, Role.COORDINATOR).create().api(port);
        JsonNode templates = coordinator.get("/api/v1/ladder-templates").json();
        String template = templates.valueStream().filter(t -> t.path("name").asString().toLowerCase().contains("äldre"))
                .findFirst().orElse(templates.get(0)).path("id").asString();
        ApiClient.Response copy = coordinator.post("/api/v1/ladder-templates/" + template + "/copies",
                Map.of("name", "Testkedja " + System.nanoTime()));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        ladder = copy.json();
        ApiClient.Response created = coordinator.post("/api/v1/participants", aParticipant().build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        participant = created.json().path("id").asString();
    }

    JsonNode step(int index) {
        return ladder.path("steps").get(index);
    }

    JsonNode firstStep() {
        return ladder.path("steps").valueStream().filter(s -> !s.path("sideTrack").asBoolean())
                .min(java.util.Comparator.comparingInt(s -> s.path("position").asInt())).orElseThrow();
    }

    JsonNode stepById(String id) {
        return ladder.path("steps").valueStream().filter(s -> s.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    JsonNode enrol(LocalDate on) {
        ApiClient.Response enrolled = coordinator.post("/api/v1/participants/" + participant + "/journeys",
                Map.of("ladderId", ladder.path("id").asString(), "on", on.toString()));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        return enrolled.json();
    }

    ApiClient.Response event(JsonNode journey, Map<String, Object> body) {
        return coordinator.post("/api/v1/participants/" + participant + "/journeys/" + journey.path("id").asString()
                + "/events", body);
    }

    @Test
    void aJourneyMovesStepByStepAndTheCurrentStepIsDerived() {
        JsonNode journey = enrol(TODAY.minusDays(60));
        assertThat(journey.path("currentStepId").asString()).isEqualTo(firstStep().path("id").asString());
        String next = firstStep().path("nextStepIds").get(0).asString();

        ApiClient.Response advanced = event(journey, Map.of("type", "ADVANCED", "on", TODAY.minusDays(20).toString(),
                "toStepId", next, "reason", "Klar med introduktionen", "version", journey.path("version").asLong()));
        assertThat(advanced.status()).as(advanced.body()).isEqualTo(200);
        JsonNode moved = advanced.json();
        assertThat(moved.path("currentStepId").asString()).isEqualTo(next);
        assertThat(moved.path("stays").size()).isEqualTo(2);
        assertThat(moved.path("stays").get(0).path("weeks").asInt()).isEqualTo(5);
        assertThat(moved.path("events").get(1).path("recordedByName").asString()).isNotBlank();

        ApiClient.Response stale = event(journey, Map.of("type", "PAUSED", "on", TODAY.toString(),
                "version", journey.path("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);

        ApiClient.Response backwards = event(moved, Map.of("type", "PAUSED", "on", TODAY.minusDays(30).toString(),
                "version", moved.path("version").asLong()));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.fieldError("on")).isEqualTo("Datumet är före resans senaste händelse");

        ApiClient.Response toItself = event(moved, Map.of("type", "ADVANCED", "on", TODAY.toString(), "toStepId", next,
                "version", moved.path("version").asLong()));
        assertThat(toItself.fieldError("toStepId")).isEqualTo("Deltagaren står redan på det steget");

        ApiClient.Response dropout = event(moved, Map.of("type", "ENDED_EARLY", "on", TODAY.toString(),
                "version", moved.path("version").asLong()));
        assertThat(dropout.fieldError("dropoutReason")).isEqualTo("Välj orsak till avbrottet");

        ApiClient.Response ended = event(moved, Map.of("type", "ENDED_EARLY", "on", TODAY.toString(),
                "dropoutReason", "HEALTH", "version", moved.path("version").asLong()));
        assertThat(ended.json().path("status").asString()).isEqualTo("ENDED_EARLY");
        assertThat(event(ended.json(), Map.of("type", "OUTCOME", "on", TODAY.toString(), "outcome", "STUDIES",
                "version", ended.json().path("version").asLong())).status()).isEqualTo(200);
    }

    @Test
    void advancingOnlyToANextStepAndEnrollingOnce() {
        JsonNode journey = enrol(TODAY.minusDays(10));
        String last = ladder.path("steps").get(ladder.path("steps").size() - 1).path("id").asString();
        boolean lastIsNext = firstStep().path("nextStepIds").valueStream().anyMatch(n -> n.asString().equals(last));
        if (!lastIsNext) {
            ApiClient.Response jump = event(journey, Map.of("type", "ADVANCED", "on", TODAY.toString(), "toStepId", last,
                    "version", journey.path("version").asLong()));
            assertThat(jump.status()).isEqualTo(400);
            assertThat(jump.fieldError("toStepId")).isEqualTo("Steget är inte ett nästa steg från deltagarens nuvarande steg");
        }
        ApiClient.Response again = coordinator.post("/api/v1/participants/" + participant + "/journeys",
                Map.of("ladderId", ladder.path("id").asString(), "on", TODAY.toString()));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void theListPerStepShowsWhoStandsThereToThoseWhoMaySeeThem() {
        enrol(TODAY.minusDays(3));
        String path = "/api/v1/ladders/" + ladder.path("id").asString() + "/steps/" + firstStep().path("id").asString()
                + "/participants";
        List<String> ids = coordinator.get(path).json().valueStream()
                .map(o -> o.path("participant").path("id").asString()).toList();
        assertThat(ids).contains(participant);
        assertThat(identity.user(identity.organisation().create(), Role.COORDINATOR).create().api(port).get(path).json().valueStream()
                .map(o -> o.path("participant").path("id").asString()).toList()).doesNotContain(participant);
    }

    @Test
    void mappingFeedsTheGapAnalysis() {
        enrol(TODAY.minusDays(3));
        JsonNode step = firstStep().path("profileVersionId").isNull() ? stepById(firstStep().path("nextStepIds").get(0)
                .asString()) : firstStep();
        String versionId = step.path("profileVersionId").asString();
        JsonNode profile = coordinator.get("/api/v1/profiles/versions/" + versionId).json();
        JsonNode items = profile.path("items");
        String gapsPath = "/api/v1/participants/" + participant + "/gaps?profileVersionId=" + versionId;

        JsonNode before = coordinator.get(gapsPath).json();
        assertThat(before.path("gaps").size()).isEqualTo(items.size());
        assertThat(before.path("gaps").get(0).path("unknown").asBoolean()).isTrue();
        assertThat(before.path("gaps").get(0).path("suggestions").get(0).asString()).isEqualTo("VALIDATION");

        JsonNode met = items.get(0);
        ApiClient.Response mapped = coordinator.post("/api/v1/participants/" + participant + "/mapping", Map.of(
                "profileVersionId", versionId, "levels", List.of(Map.of("itemKey", met.path("itemKey").asString(),
                        "level", met.path("targetLevel").asInt(), "source", "STAFF_ASSESSMENT",
                        "assessedOn", TODAY.toString()))));
        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);

        JsonNode after = coordinator.get(gapsPath).json();
        assertThat(after.path("itemsMet").asInt()).isEqualTo(before.path("itemsMet").asInt() + 1);
        assertThat(after.path("gaps").valueStream().map(g -> g.path("itemKey").asString()))
                .doesNotContain(met.path("itemKey").asString());
        boolean seenMeriting = false;
        for (JsonNode gap : after.path("gaps")) {
            seenMeriting |= !gap.path("mandatory").asBoolean();
            assertThat(seenMeriting && gap.path("mandatory").asBoolean()).as("mandatory gaps first").isFalse();
        }

        ApiClient.Response outOfScale = coordinator.post("/api/v1/participants/" + participant + "/mapping", Map.of(
                "profileVersionId", versionId, "levels", List.of(Map.of("itemKey", met.path("itemKey").asString(),
                        "level", 5, "source", "STAFF_ASSESSMENT", "assessedOn", TODAY.toString()))));
        assertThat(outOfScale.status()).isEqualTo(400);
        assertThat(outOfScale.fieldError("levels[0].level")).isEqualTo("Nivån ska vara 0, 1, 2 eller 3");
        ApiClient.Response unknownItem = coordinator.post("/api/v1/participants/" + participant + "/mapping", Map.of(
                "profileVersionId", versionId, "levels", List.of(Map.of("itemKey", java.util.UUID.randomUUID().toString(),
                        "level", 1, "source", "SELF_ASSESSMENT", "assessedOn", TODAY.toString()))));
        assertThat(unknownItem.fieldError("levels[0].itemKey")).isEqualTo("Kravet finns inte i kravprofilen");
    }

    @Test
    void aPlanIsRevisedAgreedAndEveryRevisionKept() {
        String versionId = ladder.path("steps").valueStream().filter(s -> !s.path("profileVersionId").isNull())
                .findFirst().orElseThrow().path("profileVersionId").asString();
        String item = coordinator.get("/api/v1/profiles/versions/" + versionId).json().path("items").get(0)
                .path("itemKey").asString();
        Map<String, Object> activity = Map.of("type", "LANGUAGE_TRAINING", "description", "SFI kurs C på förmiddagar",
                "responsible", "PARTICIPANT", "startsOn", TODAY.toString(), "dueOn", TODAY.plusMonths(3).toString(),
                "status", "AGREED", "itemKeys", List.of(item));
        Map<String, Object> plan = Map.of("targetProfileVersionId", versionId,
                "goals", List.of(Map.of("text", "Klara svenska för vård", "itemKeys", List.of(item))),
                "activities", List.of(activity), "consequences", "Om du inte kommer pratar vi om varför.",
                "reviewOn", TODAY.plusWeeks(6).toString());

        Map<String, Object> backwards = new java.util.HashMap<>(plan);
        backwards.put("activities", List.of(new java.util.HashMap<>(activity) {{
            put("dueOn", TODAY.minusDays(1).toString());
        }}));
        ApiClient.Response rejected = coordinator.post("/api/v1/participants/" + participant + "/plans", backwards);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.fieldError("activities[0].dueOn")).isEqualTo("Slutdatumet kan inte vara före startdatumet");
        assertThat(jdbc.sql("SELECT count(*) FROM plan WHERE participant_id = CAST(:p AS uuid)").param("p", participant)
                .query(Long.class).single()).isZero();

        ApiClient.Response created = coordinator.post("/api/v1/participants/" + participant + "/plans", plan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String planId = created.json().path("id").asString();
        long version = created.json().path("version").asLong();

        Map<String, Object> revised = new java.util.HashMap<>(plan);
        revised.put("activities", List.of(new java.util.HashMap<>(activity) {{
            put("status", "ONGOING");
        }}));
        revised.put("version", version);
        ApiClient.Response second = coordinator.put("/api/v1/participants/" + participant + "/plans/" + planId, revised);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("revision").asInt()).isEqualTo(2);
        assertThat(coordinator.put("/api/v1/participants/" + participant + "/plans/" + planId, revised).status())
                .as("stale version").isEqualTo(409);

        JsonNode first = coordinator.get("/api/v1/participants/" + participant + "/plans/" + planId + "/revisions/1").json();
        assertThat(first.path("activities").get(0).path("status").asString()).isEqualTo("AGREED");
        assertThat(second.json().path("revisions").size()).isEqualTo(2);

        assertThat(coordinator.post("/api/v1/participants/" + participant + "/plans/" + planId + "/revisions/1/agreement",
                null).status()).as("only the current revision").isEqualTo(409);
        JsonNode agreed = coordinator.post("/api/v1/participants/" + participant + "/plans/" + planId
                + "/revisions/2/agreement", null).json();
        assertThat(agreed.path("agreedAt").isNull()).isFalse();
        assertThat(agreed.path("agreedByParticipant").asBoolean()).isFalse();

        assertThat(jdbc.sql("""
                SELECT string_agg(action || ':' || detail, ',' ORDER BY id) FROM audit_entry
                 WHERE participant_id = CAST(:p AS uuid) AND detail LIKE 'plan%'""").param("p", participant)
                .query(String.class).single()).contains("CREATE:plan", "UPDATE:plan revision 2", "UPDATE:plan agreed");
    }

    @Test
    void theParticipantAgreesToTheirOwnPlanAndSeesOnlyTheirOwn() {
        // The demo region's participant account: the builders make no participant accounts (yet).
        ApiClient me = ApiClient.as(port, DemoUsers.PARTICIPANT);
        ApiClient coordinator = ApiClient.as(port, DemoUsers.COORDINATOR);
        String own = me.get("/api/v1/me").json().path("participantId").asString();
        String versionId = ladder.path("steps").valueStream().filter(s -> !s.path("profileVersionId").isNull())
                .findFirst().orElseThrow().path("profileVersionId").asString();
        ApiClient.Response created = coordinator.post("/api/v1/participants/" + own + "/plans", Map.of(
                "targetProfileVersionId", versionId, "goals", List.of(Map.of("text", "Mitt mål")), "activities", List.of(),
                "consequences", "Vi pratar om det."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String planId = created.json().path("id").asString();

        JsonNode agreed = me.post("/api/v1/participants/" + own + "/plans/" + planId + "/revisions/1/agreement", null).json();
        assertThat(agreed.path("agreedByParticipant").asBoolean()).isTrue();
        assertThat(me.get("/api/v1/participants/" + participant + "/plans").status()).isEqualTo(403);
        assertThat(me.post("/api/v1/participants/" + own + "/plans", Map.of("targetProfileVersionId", versionId,
                "goals", List.of(Map.of("text", "x")), "activities", List.of(), "consequences", "x")).status())
                .as("participants agree to plans; staff write them").isEqualTo(403);
    }

    @Test
    void onlyEditorsEnrolAndAnalystsSeeNothing() {
        assertThat(identity.user(municipality, Role.SUPERVISOR).create().api(port).post("/api/v1/participants/" + participant + "/journeys",
                Map.of("ladderId", ladder.path("id").asString(), "on", TODAY.toString())).status()).isEqualTo(403);
        assertThat(identity.user(municipality, Role.ANALYST).create().api(port).get("/api/v1/participants/" + participant + "/journeys").status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/participants/" + participant + "/plans").status()).isEqualTo(401);
    }
}
