package se.kompetenskedjan.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiResponses;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;

/**
 * Every body-taking endpoint of the validation module answers broken input — not JSON, the wrong JSON shape, values
 * of the wrong type — with 400 and a Swedish problem+json, never a 500, and saves nothing.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationBadInputTests {

    static final UUID YONAS = PlacementJson.demoId("participant:14");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UUID placement;
    private UUID checklist;
    private UUID workAbilityForm;

    @BeforeAll
    void demoIds() {
        placement = jdbc.sql("SELECT id FROM placement WHERE title = 'Språkpraktik i hemtjänsten' AND organisation_id = :o")
                .param("o", PlacementJson.ALVSTAD_CARE).query(UUID.class).single();
        checklist = jdbc.sql("SELECT id FROM checklist WHERE placement_id = :p ORDER BY created_at LIMIT 1")
                .param("p", placement).query(UUID.class).single();
        workAbilityForm = jdbc.sql("SELECT id FROM work_ability_form ORDER BY created_at LIMIT 1").query(UUID.class).single();
    }

    List<String[]> endpoints() {
        return List.of(
                new String[] {"POST", "/api/v1/checklist-templates"},
                new String[] {"POST", "/api/v1/placements/" + placement + "/checklists"},
                new String[] {"PUT", "/api/v1/checklists/" + checklist + "/title"},
                new String[] {"POST", "/api/v1/checklists/" + checklist + "/items"},
                new String[] {"POST", "/api/v1/assessments"},
                new String[] {"POST", "/api/v1/participants/" + YONAS + "/language-assessments"},
                new String[] {"POST", "/api/v1/work-ability-forms"},
                new String[] {"PUT", "/api/v1/work-ability-forms/" + workAbilityForm},
                new String[] {"POST", "/api/v1/participants/" + YONAS + "/work-ability-assessments"},
                new String[] {"POST", "/api/v1/participants/" + YONAS + "/certificates"},
                new String[] {"POST", "/api/v1/certificates/verify"});
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void brokenBodiesAreRefusedWithASwedishProblem(String method, String path) {
        ApiClient coordinator = ApiClient.as(port, DemoUsers.COORDINATOR);
        long assessments = count("assessment") + count("language_assessment") + count("work_ability_assessment")
                + count("certificate") + count("checklist") + count("checklist_template") + count("work_ability_form_version");
        for (String body : List.of("{", "[1, 2]", "\"text\"", "{\"lockVersion\": \"zero\", \"assessedOn\": \"igår\","
                + " \"participantId\": \"inte-ett-id\", \"checklistId\": 7, \"industry\": \"BAGERI\", \"items\": {}}")) {
            ApiClient.Response response = coordinator.send(method, path, body, "application/json");
            assertThat(response.status()).as("%s %s with %s", method, path, body).isEqualTo(400);
            assertThat(response.contentType()).as("%s %s", method, path).contains("application/problem+json");
            assertThat(response.json().path("title").asString()).isEqualTo("Felaktig begäran");
            assertThat(response.json().path("detail").asString()).as("%s %s with %s", method, path, body).isNotBlank();
        }
        assertThat(count("assessment") + count("language_assessment") + count("work_ability_assessment")
                + count("certificate") + count("checklist") + count("checklist_template") + count("work_ability_form_version"))
                .as("nothing saved").isEqualTo(assessments);
    }

    @org.junit.jupiter.api.Test
    void evidenceWithAControlCharacterInItsNameOrNoteOrBytesOfAnotherKindIsRefused() {
        ApiClient supervisor = ApiClient.as(port, DemoUsers.SUPERVISOR);
        String path = "/api/v1/assessments/" + draft(supervisor) + "/evidence/files";
        long evidence = count("assessment_evidence");

        ApiClient.Response nul = ChecklistApiTests.upload(supervisor, path, "a\u0000<script>.pdf", "application/pdf",
                "%PDF-1.4\n");
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.contentType()).contains("application/problem+json");
        assertThat(nul.fieldError("file")).isEqualTo(
                "Filens namn innehåller ett otillåtet tecken (ett osynligt styrtecken, till exempel NUL)");

        ApiClient.Response escape = ChecklistApiTests.upload(supervisor, path, "intyg\u001b[2J.pdf", "application/pdf",
                "%PDF-1.4\n");
        assertThat(escape.status()).as(escape.body()).isEqualTo(400);
        assertThat(escape.fieldError("file")).isEqualTo(nul.fieldError("file"));

        ApiClient.Response note = supervisor.send("POST", path + "?note=" + "Bra%00", multipart("intyg.pdf", "%PDF-1.4\n"),
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(note.status()).as(note.body()).isEqualTo(400);
        assertThat(note.fieldError("note")).isEqualTo("Texten innehåller ett otillåtet tecken (ett osynligt styrtecken, till exempel NUL)");

        ApiClient.Response html = ChecklistApiTests.upload(supervisor, path, "intyg.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>");
        assertThat(html.status()).as(html.body()).isEqualTo(400);
        assertThat(html.fieldError("file")).isEqualTo("Bara foton (JPEG, PNG) och PDF-dokument kan laddas upp");

        assertThat(count("assessment_evidence")).as("nothing saved").isEqualTo(evidence);
    }

    private static final String BOUNDARY = "kk-bad-input";

    private static String multipart(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private String draft(ApiClient supervisor) {
        return ApiResponses.created(supervisor.post("/api/v1/assessments", java.util.Map.of("checklistId",
                checklist.toString(), "participantId", YONAS.toString(), "assessedOn",
                TestDates.today().toString()))).path("id").asString();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
