package se.kompetenskedjan.progression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.PARTICIPANT_14;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.PARTICIPANT_17;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.daysAgo;
import static se.kompetenskedjan.progression.internal.ProgressionFixtures.levels;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * The progression API on fixture checklists and assessments of the demo region's two active placements: participant
 * 14 (Hemtjänst Norr, two checklists) and participant 17 (Tillagningsköket), all three checklists from one fixture
 * template, so filtering on it shows exactly the fixture data.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressionApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private ProgressionFixtures fixtures;
    private UUID template;
    private UUID checklistA;
    private UUID hygieneA;
    private UUID greet;
    private UUID removed;
    private UUID hygieneB;
    private Instant started;

    @BeforeAll
    void setUp() {
        started = clock.instant().minusSeconds(5);
        fixtures = new ProgressionFixtures(jdbc);
        UUID hygieneKey = UUID.randomUUID();
        template = fixtures.template("Progressionsmall " + System.nanoTime());
        checklistA = fixtures.checklist(fixtures.languageInternship(), template, "Hemtjänst, Yonas");
        hygieneA = fixtures.item(checklistA, 1, hygieneKey, "Följa hygienrutiner");
        greet = fixtures.item(checklistA, 2, null, "Hälsa på brukaren");
        removed = fixtures.item(checklistA, 3, null, "Bädda sängen");
        UUID checklistB = fixtures.checklist(fixtures.languageInternship(), template, "Hemtjänst, fördjupning");
        hygieneB = fixtures.item(checklistB, 1, hygieneKey, "Hygien vid besök");
        UUID checklistC = fixtures.checklist(fixtures.kitchen(), template, "Köket, Zahra");
        UUID hygieneC = fixtures.item(checklistC, 1, hygieneKey, "Hygien i köket");
        UUID dishes = fixtures.item(checklistC, 2, null, "Diska");

        fixtures.signed(checklistA, PARTICIPANT_14, "SUPERVISOR", daysAgo(60), levels(hygieneA, 1, greet, 0, removed, 2));
        fixtures.signed(checklistA, PARTICIPANT_14, "COORDINATOR", daysAgo(30), levels(hygieneA, 2, greet, 0));
        fixtures.signed(checklistA, PARTICIPANT_14, "SELF", daysAgo(10), levels(hygieneA, 3));
        fixtures.draft(checklistA, PARTICIPANT_14, "SUPERVISOR", daysAgo(5), levels(hygieneA, 0));
        fixtures.signed(checklistB, PARTICIPANT_14, "SUPERVISOR", daysAgo(5), levels(hygieneB, 3));
        fixtures.signed(checklistC, PARTICIPANT_17, "SUPERVISOR", daysAgo(20), levels(hygieneC, 2, dishes, 1));
        fixtures.signed(checklistC, PARTICIPANT_17, "SUPERVISOR", daysAgo(3), levels(hygieneC, 1, dishes, 1));
        fixtures.remove(removed);
    }

    // --- one participant ------------------------------------------------------------------------------------------

    @Test
    void participantMatrixShowsItemsBySignedStaffAssessmentWithLatestLevelTrendAndSelfMarker() {
        JsonNode view = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + PARTICIPANT_14 + "/progression"));
        List<String> columns = new ArrayList<>();
        view.path("assessments").forEach(a -> columns.add(a.path("assessedOn").asString()));
        // Later tests or demo data may add assessments of participant 14: look at the fixture's own columns and rows.
        assertThat(columns).contains(daysAgo(60).toString(), daysAgo(30).toString(), daysAgo(5).toString())
                .doesNotContain(daysAgo(10).toString());
        JsonNode hygiene = row(view, hygieneA);
        int at60 = columns.indexOf(daysAgo(60).toString());
        int at30 = columns.indexOf(daysAgo(30).toString());
        assertThat(hygiene.path("cells").get(at60).path("label").asString()).isEqualTo("Med mycket stöd");
        assertThat(hygiene.path("cells").get(at30).path("level").asInt()).isEqualTo(2);
        assertThat(hygiene.path("latest").path("label").asString()).as("the draft of 5 days ago does not count")
                .isEqualTo("Med visst stöd");
        assertThat(hygiene.path("trend").asString()).isEqualTo("UP");
        assertThat(hygiene.path("self").path("level").asInt()).isEqualTo(3);
        assertThat(row(view, greet).path("trend").asString()).isEqualTo("SAME");
        assertThat(row(view, removed).path("removed").asBoolean()).isTrue();
        assertThat(row(view, removed).path("trend").asString()).isEqualTo("NEW");
        JsonNode other = row(view, hygieneB);
        assertThat(other.path("cells").get(at60).path("level").isNull()).as("another checklist's column is empty").isTrue();
        assertThat(other.path("latest").path("label").asString()).isEqualTo("Självständigt");
    }

    @Test
    void participantSeesTheirOwnProgressionButNotAnothersAndAnalystsSeeNone() {
        UUID own = uuid(ok(as(DemoUsers.PARTICIPANT).get("/api/v1/me")).path("participantId"));
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/participants/" + own + "/progression").status()).isEqualTo(200);
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/participants/" + PARTICIPANT_14 + "/progression").status())
                .isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/participants/" + PARTICIPANT_14 + "/progression").status())
                .isEqualTo(403);
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/participants/" + PARTICIPANT_14
                + "/progression").status()).isEqualTo(403);
    }

    @Test
    void readingAParticipantsProgressionIsAudited() {
        Instant before = clock.instant().minusSeconds(1);
        ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + PARTICIPANT_17 + "/progression"));
        assertThat(fixtures.auditEntries(PARTICIPANT_17, "VIEW", before)).isGreaterThanOrEqualTo(1);
    }

    // --- cohort ---------------------------------------------------------------------------------------------------

    @Test
    void cohortMatrixGroupsItemsByRequirementItemAndShowsLatestLevelAndTrendMostRecentlyAssessedFirst() {
        JsonNode matrix = ok(as(DemoUsers.COORDINATOR).get("/api/v1/progression/matrix?templateId=" + template));
        assertThat(texts(matrix)).containsExactly("Hygien i köket", "Diska", "Hälsa på brukaren", "Bädda sängen");
        assertThat(matrix.path("columns").get(3).path("removed").asBoolean()).isTrue();
        JsonNode rows = matrix.path("rows");
        assertThat(rows.path("totalItems").asLong()).isEqualTo(2);
        JsonNode zahra = rows.path("items").get(0);
        assertThat(uuid(zahra.path("participantId"))).isEqualTo(PARTICIPANT_17);
        assertThat(zahra.path("lastAssessedOn").asString()).isEqualTo(daysAgo(3).toString());
        assertThat(zahra.path("cells").get(0).path("level").path("label").asString()).isEqualTo("Med mycket stöd");
        assertThat(zahra.path("cells").get(0).path("trend").asString()).isEqualTo("DOWN");
        assertThat(zahra.path("cells").get(1).path("trend").asString()).isEqualTo("SAME");
        assertThat(zahra.path("cells").get(2).path("level").path("level").isNull()).isTrue();
        JsonNode yonas = rows.path("items").get(1);
        assertThat(uuid(yonas.path("participantId"))).isEqualTo(PARTICIPANT_14);
        assertThat(yonas.path("cells").get(0).path("level").path("level").asInt())
                .as("one column for the requirement item across both checklists").isEqualTo(3);
        assertThat(yonas.path("cells").get(0).path("trend").asString()).isEqualTo("UP");
        assertThat(yonas.path("cells").get(1).path("level").path("label").isNull()).isTrue();
        assertThat(yonas.path("lastName").asString()).isNotBlank();
    }

    @Test
    void cohortMatrixPaginatesParticipants() {
        JsonNode first = ok(as(DemoUsers.COORDINATOR).get("/api/v1/progression/matrix?templateId=" + template + "&size=1"));
        assertThat(first.path("rows").path("totalPages").asInt()).isEqualTo(2);
        assertThat(uuid(first.path("rows").path("items").get(0).path("participantId"))).isEqualTo(PARTICIPANT_17);
        assertThat(texts(first)).containsExactly("Hygien i köket", "Diska");
        JsonNode second = ok(as(DemoUsers.COORDINATOR).get("/api/v1/progression/matrix?templateId=" + template
                + "&size=1&page=1"));
        assertThat(uuid(second.path("rows").path("items").get(0).path("participantId"))).isEqualTo(PARTICIPANT_14);
        JsonNode past = ok(as(DemoUsers.COORDINATOR).get("/api/v1/progression/matrix?templateId=" + template + "&page=9"));
        assertThat(past.path("rows").path("items").isEmpty()).isTrue();
    }

    @Test
    void cohortMatrixFiltersByUnitOccupationChecklistAndStep() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        assertThat(participants(ok(koordinator.get("/api/v1/progression/matrix?templateId=" + template + "&unitId="
                + ProgressionFixtures.TILLAGNINGSKOKET)))).containsExactly(PARTICIPANT_17);
        assertThat(participants(ok(koordinator.get("/api/v1/progression/matrix?templateId=" + template
                + "&occupation=5330")))).containsExactly(PARTICIPANT_14);
        assertThat(participants(ok(koordinator.get("/api/v1/progression/matrix?templateId=" + template
                + "&occupation=9412")))).containsExactly(PARTICIPANT_17);
        JsonNode byChecklist = ok(koordinator.get("/api/v1/progression/matrix?checklistId=" + checklistA));
        assertThat(participants(byChecklist)).containsExactly(PARTICIPANT_14);
        assertThat(texts(byChecklist)).containsExactly("Följa hygienrutiner", "Hälsa på brukaren", "Bädda sängen");
        assertThat(participants(ok(koordinator.get("/api/v1/progression/matrix?unitId="
                + ProgressionFixtures.HEMTJANST_NORR)))).contains(PARTICIPANT_14).doesNotContain(PARTICIPANT_17);

        // A ladder of koordinator's own, with participant 17 enrolled on its first step today.
        JsonNode templates = ok(koordinator.get("/api/v1/ladder-templates"));
        JsonNode ladder = created(koordinator.post("/api/v1/ladder-templates/" + templates.get(0).path("id").asString()
                + "/copies", Map.of("name", "Progressionskedja " + System.nanoTime())));
        JsonNode journey = created(koordinator.post("/api/v1/participants/" + PARTICIPANT_17 + "/journeys",
                Map.of("ladderId", ladder.path("id").asString(), "on", daysAgo(0).toString())));
        String step = journey.path("currentStepId").isMissingNode() || journey.path("currentStepId").isNull()
                ? ladder.path("steps").get(0).path("id").asString() : journey.path("currentStepId").asString();
        assertThat(participants(ok(koordinator.get("/api/v1/progression/matrix?templateId=" + template + "&ladderId="
                + ladder.path("id").asString() + "&stepId=" + step)))).containsExactly(PARTICIPANT_17);
    }

    @Test
    void badFilterValuesAreRefusedInSwedish() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        Response occupation = koordinator.get("/api/v1/progression/matrix?occupation=%3Cscript%3E");
        assertThat(occupation.status()).isEqualTo(400);
        assertThat(occupation.contentType()).startsWith("application/problem+json");
        assertThat(occupation.fieldError("occupation")).contains("SSYK-kod");
        Response step = koordinator.get("/api/v1/progression/matrix?stepId=" + UUID.randomUUID());
        assertThat(step.status()).isEqualTo(400);
        assertThat(step.fieldError("ladderId")).isEqualTo("Välj stegmodell när du väljer steg");
        Response ladder = koordinator.get("/api/v1/progression/matrix?ladderId=" + UUID.randomUUID()
                + "&stepId=" + UUID.randomUUID());
        assertThat(ladder.status()).isEqualTo(400);
        assertThat(ladder.fieldError("ladderId")).isEqualTo("Stegmodellen finns inte");
        Response checklist = koordinator.get("/api/v1/progression/matrix?checklistId=" + UUID.randomUUID());
        assertThat(checklist.fieldError("checklistId")).isEqualTo("Checklistan finns inte");
        Response page = koordinator.get("/api/v1/progression/matrix?page=-1&size=500");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.fieldError("page")).isEqualTo("Sidan måste vara 0 eller högre");
        assertThat(page.fieldError("size")).isEqualTo("Antal per sida måste vara mellan 1 och 100");
        Response unit = koordinator.get("/api/v1/progression/matrix?unitId=inte-ett-id");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.fieldError("unitId")).isNotBlank();
        assertThat(koordinator.get("/api/v1/progression/matrix.csv?occupation=%3F%3F").status()).isEqualTo(400);
    }

    @Test
    void onlyStaffWhoMaySeeTheParticipantsGetTheMatrix() {
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/progression/matrix").status()).isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/progression/matrix.xlsx").status()).isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/progression/matrix").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/progression/matrix").status()).isEqualTo(401);
        JsonNode bergsjo = ok(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/progression/matrix?templateId="
                + template));
        assertThat(bergsjo.path("rows").path("totalItems").asLong()).as("Älvstad's participants stay hidden").isZero();
        assertThat(bergsjo.path("columns").isEmpty()).isTrue();
    }

    // --- exports --------------------------------------------------------------------------------------------------

    @Test
    void xlsxExportHasSwedishHeadersLabelsAndNumericLevelsAndIsAuditedPerParticipant() throws Exception {
        Instant before = clock.instant().minusSeconds(1);
        HttpResponse<byte[]> response = download("/api/v1/progression/matrix.xlsx?templateId=" + template);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("progressionsmatris.xlsx");
        String zahra = lastName(PARTICIPANT_17);
        // read back with FastExcel, not with Apache POI that wrote it
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Progression");
            List<Row> rows = sheet.read();
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < rows.get(0).getCellCount(); i++) {
                headers.add(rows.get(0).getCellText(i));
            }
            assertThat(headers).startsWith("Efternamn", "Förnamn", "Senast bedömd", "Hygien i köket: nivå",
                    "Hygien i köket: nivå (0–3)", "Hygien i köket: trend", "Diska: nivå");
            assertThat(headers).contains("Bädda sängen (borttagen punkt): nivå");
            assertThat(rows).hasSize(3);
            Row first = rows.get(1);
            assertThat(first.getCellText(0)).isEqualTo(zahra);
            assertThat(first.getCellAsDate(2).orElseThrow().toLocalDate()).isEqualTo(daysAgo(3));
            assertThat(first.getCellText(3)).isEqualTo("Med mycket stöd");
            assertThat(first.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("1");
            assertThat(first.getCellText(5)).isEqualTo("Ned");
            assertThat(first.getOptionalCell(9).filter(c -> c.getType() != CellType.EMPTY))
                    .as("participant 17 has no rating of 'Hälsa på brukaren'").isEmpty();
            Row second = rows.get(2);
            assertThat(second.getCellText(3)).isEqualTo("Självständigt");
            assertThat(second.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("3");
            assertThat(second.getCellText(5)).isEqualTo("Upp");
        }
        assertThat(fixtures.auditEntries(PARTICIPANT_17, "EXPORT", before)).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.auditEntries(PARTICIPANT_14, "EXPORT", before)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void csvExportIsUtf8WithBomAndSemicolonsWithTheSameColumns() throws Exception {
        HttpResponse<byte[]> response = download("/api/v1/progression/matrix.csv?templateId=" + template);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = response.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        // read back with FastCSV, not with Commons CSV that wrote it
        List<NamedCsvRecord> records;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().fieldSeparator(';')
                .ofNamedCsvRecord(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))) {
            records = reader.stream().toList();
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getHeader()).startsWith("Efternamn", "Förnamn", "Senast bedömd",
                "Hygien i köket: nivå", "Hygien i köket: nivå (0–3)", "Hygien i köket: trend");
        NamedCsvRecord zahra = records.get(0);
        assertThat(zahra.getField("Efternamn")).isEqualTo(lastName(PARTICIPANT_17));
        assertThat(zahra.getField("Hygien i köket: nivå")).isEqualTo("Med mycket stöd");
        assertThat(zahra.getField("Hygien i köket: nivå (0–3)")).isEqualTo("1");
        assertThat(zahra.getField("Hygien i köket: trend")).isEqualTo("Ned");
        assertThat(zahra.getField("Hälsa på brukaren: nivå")).isEmpty();
        NamedCsvRecord yonas = records.get(1);
        assertThat(yonas.getField("Hälsa på brukaren: nivå")).isEqualTo("Inte påbörjat");
        assertThat(yonas.getField("Hälsa på brukaren: trend")).isEqualTo("Oförändrad");
        assertThat(yonas.getField("Senast bedömd")).isEqualTo(daysAgo(5).toString());
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        JsonNode docs = ok(ApiClient.anonymous(port).get("/v3/api-docs"));
        assertThat(docs.path("paths").propertyNames()).contains("/api/v1/participants/{id}/progression",
                "/api/v1/progression/matrix", "/api/v1/progression/matrix.xlsx", "/api/v1/progression/matrix.csv");
        assertThat(docs.path("tags").findValuesAsString("name")).contains("Progression");
        assertThat(docs.path("paths").path("/api/v1/progression/matrix.xlsx").path("get").path("responses").path("200")
                .path("content").propertyNames())
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(docs.path("paths").path("/api/v1/progression/matrix").path("get").path("parameters")
                .findValuesAsString("name")).contains("unitId", "ladderId", "stepId", "occupation", "checklistId",
                "templateId", "page", "size");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    private static JsonNode row(JsonNode view, UUID itemId) {
        return view.path("items").valueStream().filter(r -> itemId.equals(uuid(r.path("checklistItemId"))))
                .findFirst().orElseThrow(() -> new AssertionError("no row for item " + itemId));
    }

    private static List<String> texts(JsonNode matrix) {
        return matrix.path("columns").valueStream().map(c -> c.path("text").asString()).toList();
    }

    private static List<UUID> participants(JsonNode matrix) {
        return matrix.path("rows").path("items").valueStream().map(r -> uuid(r.path("participantId"))).toList();
    }

    private String lastName(UUID participant) {
        return ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + participant)).path("lastName").asString();
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        String token = Base64.getEncoder().encodeToString((DemoUsers.COORDINATOR + ":" + ApiClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
