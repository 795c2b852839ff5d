package se.kompetenskedjan.language.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;
import static se.kompetenskedjan.support.PlacementJson.aPlacement;
import static se.kompetenskedjan.support.PlacementJson.aSupervisor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.language.CefrLevel;
import se.kompetenskedjan.language.LanguageAssessorRole;
import se.kompetenskedjan.language.SwedishLevelValidated;
import se.kompetenskedjan.participants.SwedishLevel;
import se.kompetenskedjan.participants.SwedishLevelRecorded;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Language validation through the API on the demo region: the catalogue, an assessment by the SFI teacher from draft
 * to signed with its computed levels and the progress series, bad input in Swedish, signed-is-final (API and
 * database) and who may assess; signing publishes SwedishLevelValidated, recording the level SwedishLevelRecorded.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class LanguageApiTests {

    /** Yonas: in a language internship supervised by "handledare", shared with the SFI school ("larare"). */
    static final UUID YONAS = PlacementJson.demoId("participant:14");
    /** Zahra: shared with Älvstad elder care only, not with the SFI school. */
    static final UUID ZAHRA = PlacementJson.demoId("participant:17");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LevelCaseSignals levelSignals;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static LocalDate today() {
        return TestDates.today();
    }

    @Test
    void theCatalogueHasFiveStatementsPerSkillAndLevelWithTheSfiCourses() {
        JsonNode all = ok(as(DemoUsers.ANALYST).get("/api/v1/language/can-do-statements"));
        assertThat(all.size()).isEqualTo(80);
        JsonNode writingB1 = ok(as(DemoUsers.TEACHER).get("/api/v1/language/can-do-statements?skill=WRITING&level=B1"));
        assertThat(writingB1.size()).isEqualTo(5);
        assertThat(writingB1.toString()).contains("Kan skriva en kort avvikelserapport").contains("\"SFI_D\"");
        assertThat(ok(as(DemoUsers.TEACHER).get("/api/v1/language/can-do-statements?skill=READING&level=A2")).toString())
                .contains("Kan läsa ett enkelt schema");
        assertThat(as(DemoUsers.TEACHER).get("/api/v1/language/can-do-statements?level=C1").status()).isEqualTo(400);
    }

    @Test
    void aTeacherAssessesSignsAndTheProgressShowsTheComputedLevels() {
        ApiClient larare = as(DemoUsers.TEACHER);
        JsonNode before = ok(larare.get("/api/v1/participants/" + YONAS + "/language-progress"));
        int pointsBefore = before.path("series").get(0).path("points").size();
        assertThat(pointsBefore).as("the demo's signed assessments").isGreaterThanOrEqualTo(3);

        // Listening: all of A1 and A2 achieved (A2 with one partly), B1 only partly → A2; speaking: A1 3 of 5 → none
        List<Map<String, Object>> answers = new ArrayList<>();
        answers.addAll(answers(larare, "LISTENING", "A1", "YES", "YES", "YES", "YES", "YES"));
        answers.addAll(answers(larare, "LISTENING", "A2", "YES", "YES", "YES", "YES", "PARTLY"));
        answers.addAll(answers(larare, "LISTENING", "B1", "YES", "PARTLY", "NO", "NO", "NO"));
        answers.addAll(answers(larare, "SPEAKING", "A1", "YES", "YES", "YES", "NO", "NO"));
        JsonNode draft = created(larare.post("/api/v1/participants/" + YONAS + "/language-assessments",
                body(today(), answers, null)));
        assertThat(draft.path("signed").asBoolean()).isFalse();
        assertThat(draft.path("assessorRole").asString()).isEqualTo("TEACHER");
        assertThat(level(draft, "LISTENING")).isEqualTo("A2");
        assertThat(level(draft, "SPEAKING")).isNull();
        assertThat(draft.path("levels").get(0).path("sfiCourses").toString()).contains("SFI_C");

        // change the draft: speaking now 4 of 5
        answers.removeIf(a -> answersOf(larare, "SPEAKING", "A1").contains(a.get("statementId")));
        answers.addAll(answers(larare, "SPEAKING", "A1", "YES", "YES", "YES", "YES", "NO"));
        String path = "/api/v1/language-assessments/" + draft.path("id").asString();
        JsonNode changed = ok(larare.put(path, body(today(), answers, draft.path("lockVersion").asLong())));
        assertThat(level(changed, "SPEAKING")).isEqualTo("A1");
        // a stale version is a conflict
        assertThat(larare.put(path, body(today(), answers, draft.path("lockVersion").asLong())).status()).isEqualTo(409);
        // the progress counts signed assessments only
        assertThat(ok(larare.get("/api/v1/participants/" + YONAS + "/language-progress")).path("series").get(0)
                .path("points").size()).isEqualTo(pointsBefore);
        // another assessor may not sign it
        assertThat(as(DemoUsers.SUPERVISOR).post(path + "/sign", Map.of()).status()).isEqualTo(403);

        JsonNode signed = ok(larare.post(path + "/sign", Map.of()));
        assertThat(signed.path("signed").asBoolean()).isTrue();
        assertThat(signed.path("signedAt").isNull()).isFalse();
        JsonNode progress = ok(larare.get("/api/v1/participants/" + YONAS + "/language-progress"));
        JsonNode listening = progress.path("series").get(0);
        assertThat(listening.path("skill").asString()).isEqualTo("LISTENING");
        JsonNode last = listening.path("points").get(listening.path("points").size() - 1);
        assertThat(last.path("date").asString()).isEqualTo(today().toString());
        assertThat(last.path("level").asString()).isEqualTo("A2");

        // signed is final: signing twice and changing are conflicts, and the database refuses it too
        ApiClient.Response again = larare.post(path + "/sign", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("redan signerad");
        assertThat(larare.put(path, body(today(), answers, signed.path("lockVersion").asLong())).status()).isEqualTo(409);
        UUID id = UUID.fromString(signed.path("id").asString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "UPDATE language_assessment SET comment = 'ändrad' WHERE id = :id").param("id", id).update())
                .hasMessageContaining("signed");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "DELETE FROM language_assessment_answer WHERE assessment_id = :id").param("id", id).update())
                .hasMessageContaining("signed");

        // every read is in the participant's access log
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p AND detail LIKE 'language%'")
                .param("p", YONAS).query(Long.class).single()).isGreaterThan(3);
    }

    @Test
    void badInputIsRefusedInSwedish() {
        ApiClient larare = as(DemoUsers.TEACHER);
        String path = "/api/v1/participants/" + YONAS + "/language-assessments";
        ApiClient.Response unknown = larare.post(path, body(today(),
                List.of(Map.of("statementId", UUID.randomUUID().toString(), "achievement", "YES")), null));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.fieldError("answers[0].statementId")).isEqualTo("Kan-påståendet finns inte i katalogen.");

        String statement = answersOf(larare, "READING", "A1").get(0);
        ApiClient.Response outOfRange = larare.post(path, body(today(),
                List.of(Map.of("statementId", statement, "achievement", "MAYBE")), null));
        assertThat(outOfRange.status()).isEqualTo(400);

        ApiClient.Response future = larare.post(path, body(today().plusDays(3),
                List.of(Map.of("statementId", statement, "achievement", "YES")), null));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fieldError("assessedOn")).contains("framtiden");

        ApiClient.Response twice = larare.post(path, body(today(), List.of(
                Map.of("statementId", statement, "achievement", "YES"),
                Map.of("statementId", statement, "achievement", "NO")), null));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.fieldError("answers[1].statementId")).contains("två gånger");

        ApiClient.Response empty = larare.post(path, body(today(), List.of(), null));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.fieldError("answers")).isEqualTo("Bedöm minst ett kan-påstående.");

        assertThat(larare.get("/api/v1/language-assessments/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void onlyThoseWhoMayReadTheParticipantAndAssessMay() {
        String statement = answersOf(as(DemoUsers.TEACHER), "READING", "A1").get(0);
        Map<String, Object> body = body(today(), List.of(Map.of("statementId", statement, "achievement", "YES")), null);
        // Zahra is not shared with the SFI school
        assertThat(as(DemoUsers.TEACHER).get("/api/v1/participants/" + ZAHRA + "/language-assessments").status())
                .isEqualTo(403);
        assertThat(as(DemoUsers.TEACHER).post("/api/v1/participants/" + ZAHRA + "/language-assessments", body).status())
                .isEqualTo(403);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get("/api/v1/participants/" + YONAS + "/language-progress")
                .status()).isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/participants/" + YONAS + "/language-assessments").status())
                .isEqualTo(403);
        // the employer manager may read (consent) but does not assess language
        assertThat(as(DemoUsers.EMPLOYER_MANAGER).post("/api/v1/participants/" + YONAS + "/language-assessments", body)
                .status()).isEqualTo(403);
        // the supervisor assesses the participant placed with them
        assertThat(created(as(DemoUsers.SUPERVISOR).post("/api/v1/participants/" + YONAS + "/language-assessments", body))
                .path("assessorRole").asString()).isEqualTo("SUPERVISOR");
    }

    @Test
    void theValidatedLevelBecomesTheSwedishLevelThatMatchingUses(AssertablePublishedEvents events) {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        String participant = created(koordinator.post("/api/v1/participants",
                aParticipant().with("swedishLevel", "SFI_B").build())).path("id").asString();
        created(koordinator.post("/api/v1/participants/" + participant + "/consents", Map.of(
                "purpose", "Praktik i äldreomsorgen", "organisationIds", List.of(PlacementJson.ALVSTAD_CARE.toString()),
                "givenOn", today().toString(), "validUntil", today().plusMonths(6).toString())));
        String supervisor = created(chef.post("/api/v1/supervisors", aSupervisor(PlacementJson.HEMTJANST_NORR, 2)))
                .path("id").asString();
        JsonNode draftPlace = created(chef.post("/api/v1/placements", aPlacement().with("minSwedishLevel", "SFI_C")
                .with("supervisorIds", List.of(supervisor)).build()));
        String place = draftPlace.path("id").asString();
        ok(chef.post("/api/v1/placements/" + place + "/status",
                Map.of("status", "OPEN", "lockVersion", draftPlace.path("lockVersion").asLong())));
        String levelPath = "/api/v1/participants/" + participant + "/language-progress/swedish-level";
        String matchPath = "/api/v1/participants/" + participant + "/placement-matches/" + place;
        assertThat(swedishCheckMet(koordinator, matchPath)).as("SFI B does not meet SFI C").isFalse();

        ApiClient.Response nothingValidated = koordinator.post(levelPath, Map.of("participantVersion", 0));
        assertThat(nothingValidated.status()).isEqualTo(409);
        assertThat(nothingValidated.json().path("detail").asString()).startsWith("Det finns ingen validerad svensknivå");

        // A2 in all four skills (B1 not reached in any) → validated A2, which stands for SFI C
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String skill : List.of("LISTENING", "SPEAKING", "READING", "WRITING")) {
            answers.addAll(answers(koordinator, skill, "A1", "YES", "YES", "YES", "YES", "YES"));
            answers.addAll(answers(koordinator, skill, "A2", "YES", "YES", "YES", "PARTLY", "YES"));
            answers.addAll(answers(koordinator, skill, "B1", "YES", "PARTLY", "NO", "NO", "NO"));
        }
        JsonNode draft = created(koordinator.post("/api/v1/participants/" + participant + "/language-assessments",
                body(today(), answers, null)));
        UUID participantId = UUID.fromString(participant);
        UUID organisation = UUID.fromString(ok(koordinator.get("/api/v1/participants/" + participant))
                .path("organisationId").asString());
        assertThat(events.ofType(SwedishLevelValidated.class).matching(e -> e.participantId().equals(participantId)))
                .as("a draft is not a validation").isEmpty();
        ok(koordinator.post("/api/v1/language-assessments/" + draft.path("id").asString() + "/sign", Map.of()));
        assertThat(events.ofType(SwedishLevelValidated.class).matching(e -> e.participantId().equals(participantId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.assessmentId()).hasToString(draft.path("id").asString());
                    assertThat(e.participantOrganisationId()).isEqualTo(organisation);
                    assertThat(e.assessorRole()).isEqualTo(LanguageAssessorRole.COORDINATOR);
                    assertThat(e.assessedOn()).isEqualTo(today());
                    assertThat(e.validatedLevel()).isEqualTo(CefrLevel.A2);
                    assertThat(e.swedishLevel()).isEqualTo(SwedishLevel.SFI_C);
                    assertThat(e.signedOn()).isEqualTo(today());
                });
        assertThat(events.ofType(SwedishLevelRecorded.class).matching(e -> e.participantId().equals(participantId)))
                .as("validated, not yet recorded in the register").isEmpty();
        assertThat(se.kompetenskedjan.support.SignedIn.as(DemoUsers.COORDINATOR,
                () -> levelSignals.signals(java.util.Set.of(participantId), today())))
                .as("the caseload is told the level waits to be recorded")
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(se.kompetenskedjan.shared.CaseSignalKind.LEVEL_TO_RECORD);
                    assertThat(s.dueOn()).isEqualTo(today());
                });
        JsonNode validated = ok(koordinator.get("/api/v1/participants/" + participant + "/language-progress"))
                .path("validated");
        assertThat(validated.path("level").asString()).isEqualTo("A2");
        assertThat(validated.path("swedishLevel").asString()).isEqualTo("SFI_C");
        assertThat(validated.path("assessedOn").asString()).isEqualTo(today().toString());

        long version = ok(koordinator.get("/api/v1/participants/" + participant)).path("version").asLong();
        ApiClient.Response stale = koordinator.post(levelPath, Map.of("participantVersion", version - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("detail").asString()).startsWith("Någon annan har ändrat uppgifterna");
        ApiClient.Response noVersion = koordinator.post(levelPath, Map.of());
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.fieldError("participantVersion")).isNotBlank();
        assertThat(as(DemoUsers.TEACHER).post("/api/v1/participants/" + YONAS + "/language-progress/swedish-level",
                Map.of("participantVersion", 0)).status()).as("the teacher validates but does not edit the register")
                .isEqualTo(403);

        JsonNode recorded = ok(koordinator.post(levelPath, Map.of("participantVersion", version)));
        assertThat(recorded.path("swedishLevel").asString()).isEqualTo("SFI_C");
        assertThat(se.kompetenskedjan.support.SignedIn.as(DemoUsers.COORDINATOR,
                () -> levelSignals.signals(java.util.Set.of(participantId), today())))
                .as("recorded: nothing waits").isEmpty();
        assertThat(recorded.path("version").asLong()).isGreaterThan(version);
        assertThat(swedishCheckMet(koordinator, matchPath)).as("matching uses the validated level").isTrue();
        assertThat(events.ofType(SwedishLevelRecorded.class).matching(e -> e.participantId().equals(participantId)))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo(SwedishLevel.SFI_B);
                    assertThat(e.to()).isEqualTo(SwedishLevel.SFI_C);
                    assertThat(e.recordedOn()).isEqualTo(today());
                });
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE participant_id = :p AND action = 'UPDATE'
                   AND detail = 'Swedish level from language validation A2 of ' || :d""")
                .param("p", UUID.fromString(participant)).param("d", today().toString()).query(Long.class).single())
                .isEqualTo(1);
    }

    private static boolean swedishCheckMet(ApiClient client, String matchPath) {
        JsonNode swedish = ok(client.get(matchPath)).path("hardChecks").get(0);
        assertThat(swedish.path("requirement").asString()).isEqualTo("SWEDISH_LEVEL");
        return swedish.path("met").asBoolean();
    }

    // --- helpers ---

    private static String level(JsonNode assessment, String skill) {
        for (JsonNode level : assessment.path("levels")) {
            if (skill.equals(level.path("skill").asString())) {
                return level.path("level").isNull() ? null : level.path("level").asString();
            }
        }
        throw new AssertionError("no level for " + skill);
    }

    private static List<String> answersOf(ApiClient client, String skill, String level) {
        List<String> ids = new ArrayList<>();
        ok(client.get("/api/v1/language/can-do-statements?skill=" + skill + "&level=" + level))
                .forEach(s -> ids.add(s.path("id").asString()));
        return ids;
    }

    private static List<Map<String, Object>> answers(ApiClient client, String skill, String level, String... values) {
        List<String> ids = answersOf(client, skill, level);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(Map.of("statementId", ids.get(i), "achievement", values[i]));
        }
        return answers;
    }

    private static Map<String, Object> body(LocalDate on, List<? extends Map<String, ?>> answers, Long lockVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessedOn", on.toString());
        body.put("comment", "Bedömd i arbetet");
        body.put("answers", answers);
        if (lockVersion != null) {
            body.put("lockVersion", lockVersion);
        }
        return body;
    }
}
