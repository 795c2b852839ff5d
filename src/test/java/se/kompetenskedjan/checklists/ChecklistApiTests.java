package se.kompetenskedjan.checklists;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Checklists and assessments through the API on the demo region: the ready templates, a checklist tailored for the
 * language internship in home care, assessments by its supervisor (draft, sign, sign again, bad ratings), the signed
 * levels in the gap analysis (source VALIDATION) and the AssessmentSigned event, evidence files, self-assessment, and
 * who is refused.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class ChecklistApiTests {

    static final UUID YONAS = PlacementJson.demoId("participant:14");
    static final UUID ZAHRA = PlacementJson.demoId("participant:17");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private UUID place(String title) {
        return jdbc.sql("SELECT id FROM placement WHERE title = :t AND organisation_id = :o").param("t", title)
                .param("o", PlacementJson.ALVSTAD_CARE).query(UUID.class).single();
    }

    private static LocalDate today() {
        return TestDates.today();
    }

    private JsonNode template(ApiClient client, String industry) {
        JsonNode list = ok(client.get("/api/v1/checklist-templates?industry=" + industry));
        assertThat(list.path("items")).as("platform template for " + industry).isNotEmpty();
        return ok(client.get("/api/v1/checklist-templates/" + list.path("items").get(0).path("id").asString()));
    }

    @Test
    void theReadyTemplatesCoverTheSevenIndustriesWithDescriptors() {
        ApiClient coordinator = as(DemoUsers.COORDINATOR);
        JsonNode all = ok(coordinator.get("/api/v1/checklist-templates?size=50"));
        List<String> industries = all.path("items").valueStream().filter(t -> t.path("organisationId").isNull())
                .map(t -> t.path("industry").asString()).toList();
        assertThat(industries).contains("HOME_CARE", "CLEANING", "KITCHEN", "PRESCHOOL", "PROPERTY_CARE", "WAREHOUSE",
                "FURNITURE_PRODUCTION");
        JsonNode warehouse = template(coordinator, "WAREHOUSE");
        assertThat(warehouse.path("items").size()).isBetween(6, 12);
        JsonNode truckLicence = warehouse.path("items").valueStream().filter(i -> i.path("yesNo").asBoolean())
                .findFirst().orElseThrow();
        assertThat(truckLicence.path("text").asString()).contains("truckkort");
        JsonNode driving = warehouse.path("items").valueStream().filter(i -> !i.path("yesNo").asBoolean()).findFirst()
                .orElseThrow();
        assertThat(driving.path("descriptors").get(3).asString()).contains("självständigt");
        assertThat(driving.path("easyText").asString()).isNotBlank();
        // Templates are for staff; the platform's are written by the platform's admins only.
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/checklist-templates").status()).isEqualTo(403);
        Map<String, Object> copy = templateBody(warehouse, "Lager i Älvstad " + System.nanoTime());
        assertThat(as(DemoUsers.EMPLOYER_MANAGER).put("/api/v1/checklist-templates/" + warehouse.path("id").asString(),
                copy).status()).isEqualTo(403);
        JsonNode own = created(as(DemoUsers.EMPLOYER_MANAGER).post("/api/v1/checklist-templates", copy));
        assertThat(own.path("organisationId").isNull()).isFalse();
        assertThat(own.path("mayEdit").asBoolean()).isTrue();
        Map<String, Object> bad = templateBody(warehouse, "Fel");
        bad.put("items", List.of(Map.of("itemKey", UUID.randomUUID().toString(), "text", "x", "easyText", "x")));
        ApiClient.Response refused = as(DemoUsers.EMPLOYER_MANAGER).post("/api/v1/checklist-templates", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldError("items[0].itemKey")).isEqualTo("Kravet finns inte i checklistans kravprofil");
    }

    private static Map<String, Object> templateBody(JsonNode template, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("industry", template.path("industry").asString());
        body.put("title", title);
        body.put("profileVersionId", template.path("profileVersionId").asString());
        body.put("items", template.path("items").valueStream().map(i -> Map.of("itemKey", i.path("itemKey").asString(),
                "text", i.path("text").asString(), "easyText", i.path("easyText").asString())).toList());
        body.put("lockVersion", template.path("lockVersion").asLong());
        return body;
    }

    @Test
    void tailorAssessSignAndTheLevelsReachTheGapAnalysis() {
        ApiClient supervisor = as(DemoUsers.SUPERVISOR);
        UUID placement = place("Språkpraktik i hemtjänsten");
        JsonNode template = template(supervisor, "HOME_CARE");

        // Tailor: a copy of the template, then add, reword, move and remove items; every change kept.
        JsonNode list = created(supervisor.post("/api/v1/placements/" + placement + "/checklists",
                Map.of("templateId", template.path("id").asString(), "title", "Testlista " + System.nanoTime())));
        String path = "/api/v1/checklists/" + list.path("id").asString();
        assertThat(list.path("templateId").asString()).isEqualTo(template.path("id").asString());
        assertThat(list.path("items").size()).isEqualTo(template.path("items").size());
        assertThat(list.path("items").get(0).path("originId").asString())
                .isEqualTo(template.path("items").get(0).path("id").asString());
        list = created(supervisor.post(path + "/items", Map.of("text", "Tar av skorna eller sätter på skoskydd",
                "easyText", "Jag tar av skorna.", "lockVersion", list.path("lockVersion").asLong())));
        JsonNode first = list.path("items").get(0);
        list = ok(supervisor.put(path + "/items/" + first.path("id").asString(), Map.of("text", "Följer hygienrutinerna hos brukaren",
                "easyText", "Jag spritar händerna.", "lockVersion", list.path("lockVersion").asLong())));
        JsonNode last = list.path("items").get(list.path("items").size() - 1);
        list = ok(supervisor.post(path + "/items/" + last.path("id").asString() + "/position",
                Map.of("position", 1, "lockVersion", list.path("lockVersion").asLong())));
        assertThat(list.path("items").get(0).path("text").asString()).isEqualTo("Tar av skorna eller sätter på skoskydd");
        JsonNode removed = list.path("items").get(2);
        list = ok(supervisor.post(path + "/items/" + removed.path("id").asString() + "/removal",
                Map.of("lockVersion", list.path("lockVersion").asLong())));
        ApiClient.Response stale = supervisor.post(path + "/items/" + first.path("id").asString() + "/position",
                Map.of("position", 2, "lockVersion", 0));
        assertThat(stale.status()).isEqualTo(409);
        JsonNode changes = ok(supervisor.get(path + "/changes"));
        assertThat(changes.valueStream().map(c -> c.path("change").asString()).toList())
                .containsExactly("CREATED", "ITEM_ADDED", "ITEM_REWORDED", "ITEM_MOVED", "ITEM_REMOVED");
        assertThat(changes.get(2).path("beforeText").asString()).isEqualTo(first.path("text").asString());
        assertThat(changes.get(1).path("changedByName").asString()).isEqualTo("Leila Mansour");

        // Assess: a draft, bad ratings refused with Swedish messages, then signed.
        JsonNode cleaning = item(list, "städar");
        JsonNode cycling = list.path("items").valueStream().filter(i -> i.path("yesNo").asBoolean()
                && !i.path("removed").asBoolean()).findFirst().orElseThrow();
        Map<String, Object> body = new HashMap<>(Map.of("checklistId", list.path("id").asString(),
                "participantId", YONAS.toString(), "assessedOn", today().toString(), "comment", "Testbedömning",
                "ratings", List.of(rating(cleaning, 1), rating(cycling, 3))));
        ApiClient.Response outOfScale = supervisor.post("/api/v1/assessments", withRatings(body, rating(cleaning, 4)));
        assertThat(outOfScale.status()).isEqualTo(400);
        assertThat(outOfScale.fieldError("ratings[0].level")).startsWith("Nivån måste vara 0, 1, 2 eller 3");
        ApiClient.Response yesNo = supervisor.post("/api/v1/assessments", withRatings(body, rating(cycling, 2)));
        assertThat(yesNo.status()).isEqualTo(400);
        assertThat(yesNo.fieldError("ratings[0].level")).contains("ja eller nej");
        ApiClient.Response notOnList = supervisor.post("/api/v1/assessments",
                withRatings(body, Map.of("itemId", UUID.randomUUID().toString(), "level", 2)));
        assertThat(notOnList.status()).isEqualTo(400);
        assertThat(notOnList.fieldError("ratings[0].itemId")).startsWith("Punkten finns inte på checklistan");
        ApiClient.Response removedItem = supervisor.post("/api/v1/assessments", withRatings(body, rating(removed, 2)));
        assertThat(removedItem.status()).isEqualTo(400);
        ApiClient.Response future = supervisor.post("/api/v1/assessments",
                withField(body, "assessedOn", today().plusDays(1).toString()));
        assertThat(future.fieldError("assessedOn")).isEqualTo("Datumet för bedömningen kan inte vara i framtiden");

        JsonNode draft = created(supervisor.post("/api/v1/assessments", body));
        assertThat(draft.path("assessorRole").asString()).isEqualTo("SUPERVISOR");
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        String assessment = "/api/v1/assessments/" + draft.path("id").asString();
        draft = ok(supervisor.put(assessment, Map.of("assessedOn", today().toString(), "comment", "Ändrad",
                "ratings", List.of(rating(cleaning, 1), rating(cycling, 3)), "lockVersion", draft.path("lockVersion").asLong())));
        created(supervisor.post(assessment + "/evidence", Map.of("itemId", cleaning.path("id").asString(),
                "note", "Städade badrummet med stöd")));
        JsonNode signed = ok(supervisor.post(assessment + "/signature", Map.of("lockVersion", draft.path("lockVersion").asLong())));
        assertThat(signed.path("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.path("evidence").get(0).path("note").asString()).isEqualTo("Städade badrummet med stöd");

        ApiClient.Response again = supervisor.post(assessment + "/signature", Map.of("lockVersion", signed.path("lockVersion").asLong()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("detail").asString()).isEqualTo(
                "Bedömningen är redan signerad och kan inte ändras. Gör en ny bedömning i stället.");
        ApiClient.Response change = supervisor.put(assessment, Map.of("assessedOn", today().toString(),
                "ratings", List.of(rating(cleaning, 3)), "lockVersion", signed.path("lockVersion").asLong()));
        assertThat(change.status()).isEqualTo(409);
        assertThat(supervisor.post(assessment + "/evidence", Map.of("note", "För sent")).status()).isEqualTo(409);

        // The signed level is the participant's current level in the gap analysis, from source VALIDATION.
        String profileVersion = list.path("profileVersionId").asString();
        JsonNode gaps = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + YONAS + "/gaps?profileVersionId="
                + profileVersion));
        JsonNode gap = gaps.path("gaps").valueStream().filter(g -> g.path("itemKey").asString()
                .equals(cleaning.path("itemKey").asString())).findFirst().orElseThrow();
        assertThat(gap.path("currentLevel").asInt()).isEqualTo(1);
        assertThat(gap.path("unknown").asBoolean()).isFalse();
        JsonNode mapping = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + YONAS + "/mapping"));
        JsonNode entry = mapping.valueStream().filter(m -> m.path("itemKey").asString()
                .equals(cleaning.path("itemKey").asString())).findFirst().orElseThrow();
        assertThat(entry.path("source").asString()).isEqualTo("VALIDATION");
        assertThat(entry.path("level").asInt()).isEqualTo(1);
        assertThat(entry.path("assessedOn").asString()).isEqualTo(today().toString());

        // The history lists it, and the audit trail holds the reads and writes.
        JsonNode history = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + YONAS + "/assessments?size=50"));
        assertThat(history.path("items").valueStream().map(a -> a.path("id").asString()))
                .contains(signed.path("id").asString());
        assertThat(history.path("totalItems").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE participant_id = :p AND detail LIKE 'assessment%'")
                .param("p", YONAS).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void whoMayAssessAndRead() {
        ApiClient supervisor = as(DemoUsers.SUPERVISOR);
        UUID placement = place("Språkpraktik i hemtjänsten");
        JsonNode list = ok(supervisor.get("/api/v1/placements/" + placement + "/checklists"));
        String checklist = list.get(list.size() - 1).path("id").asString();
        JsonNode full = ok(supervisor.get("/api/v1/checklists/" + checklist));
        JsonNode item = full.path("items").get(0);
        Map<String, Object> body = Map.of("checklistId", checklist, "participantId", YONAS.toString(),
                "assessedOn", today().toString(), "ratings", List.of(rating(item, item.path("yesNo").asBoolean() ? 3 : 2)));
        // The kitchen's supervisor supervises Yonas too, but is no supervisor of this place.
        assertThat(as("handledare2").post("/api/v1/assessments", body).status()).isEqualTo(403);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).post("/api/v1/assessments", body).status()).isEqualTo(403);
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).post("/api/v1/assessments", body).status()).isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).post("/api/v1/assessments", body).status()).isEqualTo(403);
        // Zahra has no placement at this place.
        ApiClient.Response notPlaced = as(DemoUsers.COORDINATOR).post("/api/v1/assessments",
                withField(new HashMap<>(body), "participantId", ZAHRA.toString()));
        assertThat(notPlaced.status()).isEqualTo(400);
        assertThat(notPlaced.fieldError("participantId")).startsWith("Deltagaren har ingen placering");

        String someAssessment = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + YONAS + "/assessments"))
                .path("items").get(0).path("id").asString();
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/assessments/" + someAssessment).status())
                .isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/assessments/" + someAssessment).status()).isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).get("/api/v1/participants/" + YONAS + "/assessments").status()).isEqualTo(403);
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).post("/api/v1/checklists/" + checklist + "/items",
                Map.of("text", "x", "easyText", "x", "lockVersion", full.path("lockVersion").asLong())).status())
                .isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/checklists/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void theParticipantAssessesThemselfOnlyAndItIsNotAValidation(AssertablePublishedEvents events) {
        ApiClient participant = as(DemoUsers.PARTICIPANT);
        UUID amina = uuid(ok(participant.get("/api/v1/me")).path("participantId"));
        JsonNode mine = ok(participant.get("/api/v1/participants/" + amina + "/checklists"));
        assertThat(mine).as("Amina's checklists (demo: the language internship)").isNotEmpty();
        // Other tests may have placed checklists of their own on the internship: take one with a requirement item.
        JsonNode list = mine.valueStream().map(c -> ok(participant.get("/api/v1/checklists/" + c.path("id").asString())))
                .filter(c -> c.path("items").valueStream().anyMatch(ChecklistApiTests::ratedOnTheScale))
                .findFirst().orElseThrow();
        assertThat(list.path("mayEdit").asBoolean()).isFalse();
        JsonNode item = list.path("items").valueStream().filter(ChecklistApiTests::ratedOnTheScale).findFirst()
                .orElseThrow();
        long validations = validationEntries(amina);
        JsonNode draft = created(participant.post("/api/v1/assessments", Map.of("checklistId", list.path("id").asString(),
                "participantId", amina.toString(), "assessedOn", today().toString(), "ratings", List.of(rating(item, 2)))));
        assertThat(draft.path("assessorRole").asString()).isEqualTo("SELF");
        ok(participant.post("/api/v1/assessments/" + draft.path("id").asString() + "/signature",
                Map.of("lockVersion", draft.path("lockVersion").asLong())));
        assertThat(validationEntries(amina)).as("a self-assessment is not recorded as validation").isEqualTo(validations);
        UUID selfAssessment = uuid(draft.path("id"));
        assertThat(events.ofType(AssessmentSigned.class).matching(e -> e.assessmentId().equals(selfAssessment)))
                .singleElement().satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(amina);
                    assertThat(e.checklistId()).isEqualTo(uuid(list.path("id")));
                    assertThat(e.assessorRole()).isEqualTo(AssessorRole.SELF);
                    assertThat(e.ratings()).isEqualTo(1);
                    assertThat(e.recordedAsLevels()).isFalse();
                });
        assertThat(participant.post("/api/v1/assessments", Map.of("checklistId", list.path("id").asString(),
                "participantId", YONAS.toString(), "assessedOn", today().toString())).status()).isEqualTo(403);
        assertThat(as(DemoUsers.SUPERVISOR).put("/api/v1/assessments/" + draft.path("id").asString(), Map.of(
                "assessedOn", today().toString(), "lockVersion", 0)).status()).isIn(403, 409);
    }

    @Test
    void evidenceFilesAreCappedCheckedAndDownloaded() {
        ApiClient supervisor = as(DemoUsers.SUPERVISOR);
        UUID placement = place("Språkpraktik i hemtjänsten");
        JsonNode list = ok(supervisor.get("/api/v1/placements/" + placement + "/checklists"));
        String checklist = list.get(0).path("id").asString();
        JsonNode item = ok(supervisor.get("/api/v1/checklists/" + checklist)).path("items").get(0);
        JsonNode draft = created(supervisor.post("/api/v1/assessments", Map.of("checklistId", checklist,
                "participantId", YONAS.toString(), "assessedOn", today().toString())));
        String path = "/api/v1/assessments/" + draft.path("id").asString() + "/evidence/files";
        ApiClient.Response pdf = upload(supervisor, path + "?itemId=" + item.path("id").asString(), "intyg.pdf",
                "application/pdf", "%PDF-1.4\n% testdokument\n");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(pdf.json().path("kind").asString()).isEqualTo("DOCUMENT");
        ApiClient.Response text = upload(supervisor, path, "anteckning.txt", "text/plain", "hej");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.fieldError("file")).isEqualTo("Bara foton (JPEG, PNG) och PDF-dokument kan laddas upp");
        ApiClient.Response disguised = upload(supervisor, path, "bild.png", "image/png", "inte en bild");
        assertThat(disguised.status()).isEqualTo(400);
        ApiClient.Response large = upload(supervisor, path, "stor.pdf", "application/pdf",
                "%PDF-1.4\n" + "x".repeat(5 * 1024 * 1024));
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.fieldError("file")).isEqualTo("Filen är för stor: högst 5 MB");
        ApiClient.Response download = supervisor.send("GET", "/api/v1/assessments/" + draft.path("id").asString()
                + "/evidence/" + pdf.json().path("id").asString() + "/file", null, "*/*");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.body()).startsWith("%PDF-1.4");
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).send("GET", "/api/v1/assessments/"
                + draft.path("id").asString() + "/evidence/" + pdf.json().path("id").asString() + "/file", null, "*/*")
                .status()).isEqualTo(403);
    }

    @Test
    void evidenceIsKeptUnderASafeNameForWhatItsBytesAreAndDownloadedAsAnAttachment() throws Exception {
        ApiClient supervisor = as(DemoUsers.SUPERVISOR);
        String assessment = newDraft(supervisor);
        String path = "/api/v1/assessments/" + assessment + "/evidence/files";

        ApiClient.Response html = upload(supervisor, path, "x.html", "text/html",
                "%PDF-1.4\n<html><script>alert(1)</script></html>");
        assertThat(html.status()).as(html.body()).isEqualTo(201);
        assertThat(html.json().path("fileName").asString()).isEqualTo("x.pdf");
        assertThat(html.json().path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(html.json().path("kind").asString()).isEqualTo("DOCUMENT");
        ApiClient.Response swedish = upload(supervisor, path, "städ intyg.html", "image/png", "%PDF-1.4\n% intyg\n");
        assertThat(swedish.status()).as(swedish.body()).isEqualTo(201);
        String evidence = swedish.json().path("id").asString();
        assertThat(jdbc.sql("SELECT file_name || ' ' || content_type FROM assessment_evidence WHERE id = CAST(:id AS uuid)")
                .param("id", evidence).query(String.class).single()).isEqualTo("städ intyg.pdf application/pdf");

        java.net.http.HttpResponse<String> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                + "/api/v1/assessments/" + assessment + "/evidence/" + evidence + "/file"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (DemoUsers.SUPERVISOR + ":" + ApiClient.DEMO_PASSWORD).getBytes()))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"stad intyg.pdf\"; filename*=UTF-8''st%C3%A4d%20intyg.pdf");
        assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.body()).isEqualTo("%PDF-1.4\n% intyg\n");
    }

    /** A new draft assessment of Yonas by the supervisor on the language internship's checklist; its id. */
    String newDraft(ApiClient supervisor) {
        String checklist = ok(supervisor.get("/api/v1/placements/" + place("Språkpraktik i hemtjänsten") + "/checklists"))
                .get(0).path("id").asString();
        return created(supervisor.post("/api/v1/assessments", Map.of("checklistId", checklist,
                "participantId", YONAS.toString(), "assessedOn", today().toString()))).path("id").asString();
    }

    private long validationEntries(UUID participant) {
        return jdbc.sql("SELECT count(*) FROM mapping_entry WHERE participant_id = :p AND source = 'VALIDATION'")
                .param("p", participant).query(Long.class).single();
    }

    static ApiClient.Response upload(ApiClient client, String path, String fileName, String contentType, String content) {
        String boundary = "kk-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return client.send("POST", path, body, "multipart/form-data; boundary=" + boundary);
    }

    @Test
    void aSignedLevelChangesHowReadyMatchingFindsTheParticipant(AssertablePublishedEvents events) {
        ApiClient supervisor = as(DemoUsers.SUPERVISOR);
        ApiClient chef = as(DemoUsers.EMPLOYER_MANAGER);
        JsonNode list = created(supervisor.post("/api/v1/placements/" + place("Språkpraktik i hemtjänsten") + "/checklists",
                Map.of("templateId", template(supervisor, "HOME_CARE").path("id").asString(),
                        "title", "Matchningslista " + System.nanoTime())));
        JsonNode cleaning = item(list, "städar");
        // a place whose only requirement is the item the checklist validates
        String placeSupervisor = created(chef.post("/api/v1/supervisors",
                PlacementJson.aSupervisor(PlacementJson.HEMTJANST_NORR, 1))).path("id").asString();
        JsonNode draftPlace = created(chef.post("/api/v1/placements", PlacementJson.aPlacement()
                .with("profileVersionId", list.path("profileVersionId").asString())
                .with("itemKeys", List.of(cleaning.path("itemKey").asString()))
                .with("supervisorIds", List.of(placeSupervisor)).build()));
        ok(chef.post("/api/v1/placements/" + draftPlace.path("id").asString() + "/status",
                Map.of("status", "OPEN", "lockVersion", draftPlace.path("lockVersion").asLong())));
        String matchPath = "/api/v1/participants/" + YONAS + "/placement-matches/" + draftPlace.path("id").asString();

        signAssessment(supervisor, list, cleaning, 0);
        UUID checklist = uuid(list.path("id"));
        UUID yonasOrganisation = uuid(ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + YONAS))
                .path("organisationId"));
        assertThat(events.ofType(AssessmentSigned.class).matching(e -> e.checklistId().equals(checklist)))
                .singleElement().satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(YONAS);
                    assertThat(e.participantOrganisationId()).isEqualTo(yonasOrganisation);
                    assertThat(e.placementId()).isEqualTo(place("Språkpraktik i hemtjänsten"));
                    assertThat(e.assessorRole()).isEqualTo(AssessorRole.SUPERVISOR);
                    assertThat(e.assessedOn()).isEqualTo(today());
                    assertThat(e.signedOn()).isEqualTo(today());
                    assertThat(e.ratings()).isEqualTo(1);
                    assertThat(e.recordedAsLevels()).as("the item is linked to a requirement item").isTrue();
                });
        JsonNode notYet = readiness(matchPath);
        assertThat(notYet.path("explanation").asString()).startsWith("Deltagaren klarar redan 0 av de 1 saker");
        signAssessment(supervisor, list, cleaning, 3);
        JsonNode ready = readiness(matchPath);
        assertThat(ready.path("explanation").asString()).startsWith("Deltagaren klarar redan 1 av de 1 saker");
        assertThat(ready.path("points").asDouble()).isEqualTo(ready.path("weight").asDouble())
                .isGreaterThan(notYet.path("points").asDouble());
    }

    private void signAssessment(ApiClient assessor, JsonNode list, JsonNode item, int level) {
        JsonNode draft = created(assessor.post("/api/v1/assessments", Map.of("checklistId", list.path("id").asString(),
                "participantId", YONAS.toString(), "assessedOn", today().toString(), "ratings", List.of(rating(item, level)))));
        ok(assessor.post("/api/v1/assessments/" + draft.path("id").asString() + "/signature",
                Map.of("lockVersion", draft.path("lockVersion").asLong())));
    }

    private JsonNode readiness(String matchPath) {
        return ok(as(DemoUsers.COORDINATOR).get(matchPath)).path("criteria").valueStream()
                .filter(c -> c.path("criterion").asString().equals("READINESS")).findFirst().orElseThrow();
    }

    private static JsonNode item(JsonNode list, String textPart) {
        return list.path("items").valueStream().filter(i -> !i.path("removed").asBoolean()
                && i.path("text").asString().toLowerCase().contains(textPart) && i.path("itemKey").isString())
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> rating(JsonNode item, int level) {
        return Map.of("itemId", item.path("id").asString(), "level", level);
    }

    private static Map<String, Object> withRatings(Map<String, Object> body, Map<String, Object> rating) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("ratings", new ArrayList<>(List.of(rating)));
        return copy;
    }

    private static Map<String, Object> withField(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static boolean ratedOnTheScale(JsonNode item) {
        return item.path("itemKey").isString() && !item.path("yesNo").asBoolean();
    }

    @Test
    void theChecklistAndAssessmentEndpointsAreInTheOpenApiDocument() {
        JsonNode paths = ok(ApiClient.anonymous(port).get("/v3/api-docs")).path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/checklist-templates", "/api/v1/checklist-templates/{id}",
                "/api/v1/placements/{id}/checklists", "/api/v1/checklists/{id}", "/api/v1/checklists/{id}/title",
                "/api/v1/checklists/{id}/items", "/api/v1/checklists/{id}/items/{itemId}",
                "/api/v1/checklists/{id}/changes", "/api/v1/participants/{id}/checklists",
                "/api/v1/participants/{id}/assessments", "/api/v1/assessments", "/api/v1/assessments/{id}",
                "/api/v1/assessments/{id}/signature", "/api/v1/assessments/{id}/evidence",
                "/api/v1/assessments/{id}/evidence/files");
        assertThat(paths.path("/api/v1/assessments/{id}/signature").path("post").path("summary").asString()).isNotBlank();
    }
}
