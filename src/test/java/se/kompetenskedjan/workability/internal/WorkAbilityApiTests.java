package se.kompetenskedjan.workability.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PdfText;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import se.kompetenskedjan.workability.WorkAbilityAssessmentSigned;
import se.kompetenskedjan.workability.WorkAbilityRequester;
import tools.jackson.databind.JsonNode;

/**
 * Work-ability assessments through the API on the demo region: forms and their versions (a used version never
 * changes), an assessment asked for by Försäkringskassan from draft to signed report (JSON and PDF, whose text is read
 * back with PDFBox, and announced as WorkAbilityAssessmentSigned), bad input, signed-is-final and access.
 */
@ApiTest
@ExtendWith(PublishedEventsExtension.class)
class WorkAbilityApiTests {

    static final UUID ZAHRA = PlacementJson.demoId("participant:17");
    static final UUID LENA = PlacementJson.demoId("participant:05");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String user) {
        return ApiClient.as(port, user);
    }

    private static LocalDate today() {
        return TestDates.today();
    }

    private JsonNode defaultForm(ApiClient client) {
        return ok(client.get("/api/v1/work-ability-forms")).path("items").get(0);
    }

    @Test
    void theDefaultFormCoversTheAreasAndTheDemoHasASignedReport() {
        JsonNode form = defaultForm(as(DemoUsers.COORDINATOR));
        assertThat(form.path("organisationId").isNull()).isTrue();
        assertThat(form.path("questions").toString()).contains("PUNCTUALITY").contains("FOLLOWING_INSTRUCTIONS")
                .contains("PACE").contains("COOPERATION").contains("ENDURANCE").contains("ADAPTATION_NEEDS");
        JsonNode zahra = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + ZAHRA + "/work-ability-assessments"));
        assertThat(zahra.path("items").get(0).path("requester").asString()).isEqualTo("ARBETSFORMEDLINGEN");
        assertThat(zahra.path("items").get(0).path("signed").asBoolean()).isTrue();
    }

    @Test
    void aFormEditSavesANewVersionAndTheUsedVersionStays() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        JsonNode form = created(koordinator.post("/api/v1/work-ability-forms", formBody("Kökets formulär", "Håller tempot", null)));
        assertThat(form.path("version").asInt()).isEqualTo(1);
        assertThat(form.path("editable").asBoolean()).isTrue();
        String firstVersion = form.path("versionId").asString();
        JsonNode assessment = created(koordinator.post("/api/v1/participants/" + LENA + "/work-ability-assessments",
                assessmentBody(firstVersion, List.of(), null)));

        JsonNode revised = ok(koordinator.put("/api/v1/work-ability-forms/" + form.path("id").asString(),
                formBody("Kökets formulär 2", "Håller tempot vid disken", form.path("lockVersion").asLong())));
        assertThat(revised.path("version").asInt()).isEqualTo(2);
        assertThat(revised.path("name").asString()).isEqualTo("Kökets formulär 2");
        // the stale version is a conflict
        assertThat(koordinator.put("/api/v1/work-ability-forms/" + form.path("id").asString(),
                formBody("Kökets formulär 3", "Fråga", form.path("lockVersion").asLong())).status()).isEqualTo(409);
        assertThat(revised.path("versionId").asString()).isNotEqualTo(firstVersion);
        JsonNode first = ok(koordinator.get("/api/v1/work-ability-form-versions/" + firstVersion));
        assertThat(first.path("questions").get(0).path("text").asString()).isEqualTo("Håller tempot");
        assertThat(first.path("name").asString()).isEqualTo("Kökets formulär");
        assertThat(ok(koordinator.get("/api/v1/work-ability-assessments/" + assessment.path("id").asString()))
                .path("items").get(0).path("text").asString()).isEqualTo("Håller tempot");
        // the database refuses to change a question
        assertThatThrownBy(() -> jdbc.sql("UPDATE work_ability_question SET text = 'x' WHERE form_version_id = :v")
                .param("v", UUID.fromString(firstVersion)).update()).hasMessageContaining("never change");
        // other organisations neither see nor edit it; the default form is the platform's
        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).get("/api/v1/work-ability-forms/"
                + form.path("id").asString()).status()).isEqualTo(404);
        assertThat(defaultForm(koordinator).path("editable").asBoolean()).isFalse();
        assertThat(koordinator.put("/api/v1/work-ability-forms/" + defaultForm(koordinator).path("id").asString(),
                formBody("Ändrad", "Fråga", 0L)).status()).isEqualTo(403);
        // a form without questions is refused
        ApiClient.Response empty = koordinator.post("/api/v1/work-ability-forms",
                Map.of("name", "Tomt", "questions", List.of()));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.fieldError("questions")).isEqualTo("Formuläret behöver minst en fråga.");
        ApiClient.Response scale = koordinator.post("/api/v1/work-ability-forms", Map.of("name", "Skala",
                "questions", List.of(Map.of("area", "PACE", "text", "Tempo", "scaleMax", 9, "lowLabel", "a",
                        "highLabel", "b"))));
        assertThat(scale.status()).isEqualTo(400);
        assertThat(scale.body()).contains("mellan 2 och 7");
    }

    @Test
    void anAssessmentRequestedByFkEndsInASignedReportAndPdf(AssertablePublishedEvents events) throws Exception {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        JsonNode form = defaultForm(koordinator);
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode q : form.path("questions")) {
            answers.add(Map.of("questionId", q.path("id").asString(), "score", 3, "note", "Anteckning " + q.path("position").asInt()));
        }
        JsonNode draft = created(koordinator.post("/api/v1/participants/" + LENA + "/work-ability-assessments",
                assessmentBody(form.path("versionId").asString(), answers, null)));
        String path = "/api/v1/work-ability-assessments/" + draft.path("id").asString();
        assertThat(draft.path("items").get(0).path("score").asInt()).isEqualTo(3);
        assertThat(koordinator.get(path + "/report").status()).isEqualTo(409);

        Map<String, Object> body = assessmentBody(form.path("versionId").asString(), answers, draft.path("lockVersion").asLong());
        body.put("summary", "Lena klarar arbete i förskola 25 procent med anpassad arbetstid.");
        ok(koordinator.put(path, body));
        JsonNode signed = ok(koordinator.post(path + "/sign", Map.of()));
        assertThat(signed.path("signed").asBoolean()).isTrue();
        UUID assessment = UUID.fromString(draft.path("id").asString());
        assertThat(events.ofType(WorkAbilityAssessmentSigned.class).matching(e -> e.assessmentId().equals(assessment)))
                .singleElement().satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(LENA);
                    assertThat(e.participantOrganisationId()).hasToString(
                            ok(koordinator.get("/api/v1/participants/" + LENA)).path("organisationId").asString());
                    assertThat(e.formVersionId()).hasToString(form.path("versionId").asString());
                    assertThat(e.requester()).isEqualTo(WorkAbilityRequester.FORSAKRINGSKASSAN);
                    assertThat(e.periodFrom()).isEqualTo(today().minusWeeks(4));
                    assertThat(e.periodTo()).isEqualTo(today());
                    assertThat(e.signedOn()).isEqualTo(today());
                });

        JsonNode report = ok(koordinator.get(path + "/report"));
        assertThat(report.path("participantName").asString()).isEqualTo("Lena Karlsson");
        assertThat(report.path("reportDate").asString()).isEqualTo(today().toString());

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path + "/report.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("koordinator:" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(PdfText.of(pdf.body())).contains("Arbetsförmågebedömning").contains("Lena Karlsson")
                .contains("Försäkringskassan").contains("FK-4711").contains("Kommer i tid och meddelar frånvaro")
                .contains("3 av 4").contains("Anteckning 2").contains("25 procent").contains("Rapportdatum: " + today());

        // signed is final
        ApiClient.Response again = koordinator.post(path + "/sign", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(events.ofType(WorkAbilityAssessmentSigned.class).matching(e -> e.assessmentId().equals(assessment)))
                .as("a refused second signing announces nothing").hasSize(1);
        assertThat(koordinator.put(path, assessmentBody(form.path("versionId").asString(), answers,
                signed.path("lockVersion").asLong())).status()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("UPDATE work_ability_assessment SET summary = 'x' WHERE id = :id")
                .param("id", UUID.fromString(signed.path("id").asString())).update()).hasMessageContaining("signed");
    }

    @Test
    void badInputAndAccess() {
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        JsonNode form = defaultForm(koordinator);
        String version = form.path("versionId").asString();
        String question = form.path("questions").get(0).path("id").asString();
        String path = "/api/v1/participants/" + LENA + "/work-ability-assessments";

        ApiClient.Response range = koordinator.post(path, assessmentBody(version,
                List.of(Map.of("questionId", question, "score", 5)), null));
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.fieldError("answers[0].score")).isEqualTo("Värdet ligger utanför frågans skala.");
        ApiClient.Response unknown = koordinator.post(path, assessmentBody(version,
                List.of(Map.of("questionId", UUID.randomUUID().toString(), "score", 2)), null));
        assertThat(unknown.fieldError("answers[0].questionId")).isEqualTo("Frågan finns inte i bedömningens formulär.");
        Map<String, Object> reversed = assessmentBody(version, List.of(), null);
        reversed.put("periodTo", today().minusMonths(2).toString());
        assertThat(koordinator.post(path, reversed).fieldError("periodTo")).contains("före den första");
        Map<String, Object> noRequester = assessmentBody(version, List.of(), null);
        noRequester.put("requester", "KOMMUNEN");
        assertThat(koordinator.post(path, noRequester).status()).isEqualTo(400);
        assertThat(koordinator.post(path, assessmentBody(UUID.randomUUID().toString(), List.of(), null))
                .fieldError("formVersionId")).contains("finns inte");

        // Lena is not shared with the private company nor the SFI school; the analyst sees no personal data
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).get(path).status()).isEqualTo(403);
        assertThat(as(DemoUsers.TEACHER).get(path).status()).isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).post(path, assessmentBody(version, List.of(), null)).status()).isEqualTo(403);
        assertThat(as(DemoUsers.PARTICIPANT).get("/api/v1/work-ability-forms").status()).isEqualTo(403);
        assertThat(koordinator.get("/api/v1/work-ability-assessments/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void everyEndpointIsInTheOpenApiDocumentUnderASwedishTag() {
        JsonNode docs = ok(ApiClient.anonymous(port).get("/v3/api-docs"));
        assertThat(docs.path("paths").propertyNames()).contains("/api/v1/language/can-do-statements",
                "/api/v1/participants/{id}/language-assessments", "/api/v1/language-assessments/{id}",
                "/api/v1/language-assessments/{id}/sign", "/api/v1/participants/{id}/language-progress",
                "/api/v1/participants/{id}/language-progress/swedish-level",
                "/api/v1/work-ability-forms", "/api/v1/work-ability-forms/{id}",
                "/api/v1/work-ability-form-versions/{versionId}", "/api/v1/participants/{id}/work-ability-assessments",
                "/api/v1/work-ability-assessments/{id}", "/api/v1/work-ability-assessments/{id}/sign",
                "/api/v1/work-ability-assessments/{id}/report", "/api/v1/work-ability-assessments/{id}/report.pdf");
        assertThat(docs.path("tags").findValuesAsString("name")).contains("Språkvalidering", "Arbetsförmågebedömning");
        // Records with the same simple name (Answer, Question) each keep their own schema, not the first one's.
        JsonNode schemas = docs.path("components").path("schemas");
        assertThat(schemas.path("LanguageAssessmentAnswer").path("properties").propertyNames())
                .containsExactlyInAnyOrder("statementId", "achievement");
        assertThat(schemas.path("Answer").path("properties").propertyNames()).contains("questionId", "score");
        assertThat(schemas.path("WorkAbilityQuestionView").path("properties").propertyNames()).contains("id", "position");
        assertThat(schemas.path("Question").path("properties").propertyNames()).doesNotContain("id", "position");
    }

    private static Map<String, Object> formBody(String name, String question, Long lockVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "Provformulär");
        body.put("questions", List.of(Map.of("area", "PACE", "text", question, "scaleMax", 5, "lowLabel", "Lågt",
                "highLabel", "Högt")));
        if (lockVersion != null) {
            body.put("lockVersion", lockVersion);
        }
        return body;
    }

    private static Map<String, Object> assessmentBody(String version, List<? extends Map<String, ?>> answers,
            Long lockVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("formVersionId", version);
        body.put("requester", "FORSAKRINGSKASSAN");
        body.put("requesterReference", "FK-4711");
        body.put("periodFrom", today().minusWeeks(4).toString());
        body.put("periodTo", today().toString());
        body.put("answers", answers);
        if (lockVersion != null) {
            body.put("lockVersion", lockVersion);
        }
        return body;
    }
}
