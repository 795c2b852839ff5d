package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PlacementJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads that cannot be read, over real HTTP (Tomcat parses multipart bodies, not MockMvc): larger than a file may be
 * (spring.servlet.multipart.max-file-size, 20 MB) or a whole request (max-request-size, 40 MB, also when the length is
 * declared up front or not at all), or with NUL in the file name. The API answers 413 or 400 as problem+json, the
 * pages with the Swedish error page and its error summary, never Tomcat's own page, and nothing is saved.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadLimitsTests {

    private static final int MB = 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("KKSESSION=[^;]+");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String assessment;

    @BeforeAll
    void draft() {
        ApiClient supervisor = ApiClient.as(port, DemoUsers.SUPERVISOR);
        UUID placement = jdbc.sql("SELECT id FROM placement WHERE title = 'Språkpraktik i hemtjänsten' AND organisation_id = :o")
                .param("o", PlacementJson.ALVSTAD_CARE).query(UUID.class).single();
        String checklist = ok(supervisor.get("/api/v1/placements/" + placement + "/checklists")).get(0).path("id")
                .asString();
        assessment = created(supervisor.post("/api/v1/assessments", Map.of("checklistId", checklist,
                "participantId", PlacementJson.demoId("participant:14").toString(),
                "assessedOn", TestDates.today().toString()))).path("id").asString();
    }

    // --- API ---

    @Test
    void aFileOverTheFileLimitIsAnswered413AsProblemJson() throws Exception {
        long before = evidence();
        HttpResponse<String> response = api(multipart(null, "stor.pdf", pdf(21 * MB)), false);
        assertTooLargeProblem(response);
        assertThat(evidence()).isEqualTo(before);
    }

    @Test
    void aRequestDeclaredLargerThanTheRequestLimitIsAnswered413AsProblemJson() throws Exception {
        long before = evidence();
        HttpResponse<String> response = api(multipart(null, "stor.pdf", pdf(41 * MB)), false);
        assertTooLargeProblem(response);
        assertThat(evidence()).isEqualTo(before);
    }

    @Test
    void aChunkedRequestLargerThanTheRequestLimitIsAnswered413AsProblemJson() throws Exception {
        long before = evidence();
        HttpResponse<String> response = api(multipart(null, "stor.pdf", pdf(41 * MB)), true);
        assertTooLargeProblem(response);
        assertThat(evidence()).isEqualTo(before);
    }

    @Test
    void theTaxonomyImportAnswers413AsProblemJsonToo() throws Exception {
        long imports = jdbc.sql("SELECT count(*) FROM taxonomy_import").query(Long.class).single();
        String boundary = "kk-" + UUID.randomUUID();
        byte[] body = concat(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"concepts\"; filename=\"c.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8), new byte[21 * MB],
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/taxonomy/imports"))
                .header("Authorization", basic(DemoUsers.PLATFORM_ADMIN)).header("X-Requested-With", "test")
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertTooLargeProblem(response);
        assertThat(jdbc.sql("SELECT count(*) FROM taxonomy_import").query(Long.class).single()).isEqualTo(imports);
    }

    @Test
    void aBodyThatIsNotTheMultipartItClaimsToBeIsA400ProblemNotA500() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        uri("/api/v1/assessments/" + assessment + "/evidence/files"))
                .header("Authorization", basic(DemoUsers.SUPERVISOR)).header("X-Requested-With", "test")
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=finns-inte")
                .POST(HttpRequest.BodyPublishers.ofString("--annan\r\nhej\r\n")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    // --- pages ---

    @Test
    void aTooLargeUploadOnThePageGetsTheSwedishErrorPageWithAnErrorSummary() throws Exception {
        String session = logIn(DemoUsers.SUPERVISOR);
        long before = evidence();
        for (int size : new int[] {21 * MB, 41 * MB}) {
            HttpResponse<String> response = pageUpload(session, "stor.pdf", pdf(size), "Bra");
            assertThat(response.statusCode()).as("%d bytes", size).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(response.body()).contains("<h1 class=\"govuk-heading-xl\">Filen är för stor</h1>")
                    .contains("govuk-error-summary").contains("foton och dokument får vara högst 5 MB")
                    .doesNotContain("Tomcat");
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        assertThat(evidence()).isEqualTo(before);
    }

    @Test
    void aNulInTheFileNameOrANoteOnThePageIsRefusedWithTheSwedishErrorPage() throws Exception {
        String session = logIn(DemoUsers.SUPERVISOR);
        long before = evidence();

        HttpResponse<String> name = pageUpload(session, "a\u0000<script>.pdf", pdf(100), "Bra");
        assertThat(name.statusCode()).isEqualTo(400);
        assertThat(name.body()).contains("govuk-error-summary")
                .contains("Filens namn innehåller ett otillåtet tecken").doesNotContain("<script>");

        HttpResponse<String> note = pageUpload(session, "intyg.pdf", pdf(100), "Bra\u0000");
        assertThat(note.statusCode()).isEqualTo(400);
        assertThat(note.body()).contains("govuk-error-summary").contains("En text du skickade innehåller ett otillåtet tecken");

        HttpResponse<String> escape = pageUpload(session, "intyg\u001b.pdf", pdf(100), "Bra");
        assertThat(escape.statusCode()).as("other control characters reach the form").isEqualTo(200);
        assertThat(escape.body()).contains("govuk-error-summary").contains("<a href=\"#file\">Filens namn innehåller");

        assertThat(evidence()).isEqualTo(before);
        HttpResponse<String> fine = pageUpload(session, "intyg.html", pdf(100), "Bra");
        assertThat(fine.statusCode()).as("a good upload still works").isEqualTo(302);
        assertThat(evidence()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT file_name FROM assessment_evidence WHERE assessment_id = CAST(:a AS uuid)"
                + " ORDER BY added_at DESC LIMIT 1").param("a", assessment).query(String.class).single())
                .isEqualTo("intyg.pdf");
    }

    // --- helpers ---

    private long evidence() {
        return jdbc.sql("SELECT count(*) FROM assessment_evidence WHERE assessment_id = CAST(:a AS uuid)")
                .param("a", assessment).query(Long.class).single();
    }

    private static void assertTooLargeProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("title").asString()).isEqualTo("För stor begäran");
        assertThat(problem.path("detail").asString()).isEqualTo("Begäran är för stor.");
    }

    private HttpResponse<String> api(byte[][] multipart, boolean chunked) throws Exception {
        byte[] body = multipart[1];
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(HttpRequest.newBuilder(uri("/api/v1/assessments/" + assessment + "/evidence/files"))
                .header("Authorization", basic(DemoUsers.SUPERVISOR)).header("X-Requested-With", "test")
                .header("Accept", "application/json")
                .header("Content-Type", new String(multipart[0], StandardCharsets.UTF_8)).POST(publisher));
    }

    private HttpResponse<String> pageUpload(String session, String fileName, byte[] content, String note)
            throws Exception {
        String path = "/bedomningar/" + assessment;
        String csrf = csrf(send(HttpRequest.newBuilder(uri(path)).header("Cookie", session).GET()).body());
        // As a browser sends the form: the note, the file, then the CSRF token Thymeleaf adds at the end.
        byte[][] multipart = multipart(Map.of("note", note), fileName, content, "_csrf", csrf);
        return send(HttpRequest.newBuilder(uri(path + "/bevis/fil")).header("Cookie", session)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", new String(multipart[0], StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart[1])));
    }

    private String logIn(String username) throws Exception {
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login")).GET());
        String anonymous = session(form);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).header("Cookie", anonymous)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(csrf(form.body()), StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(302);
        return session(login);
    }

    private static String session(HttpResponse<?> response) {
        Matcher m = SESSION.matcher(String.join(";", response.headers().allValues("Set-Cookie")));
        assertThat(m.find()).as("session cookie").isTrue();
        return m.group();
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    /** The content type (with boundary) and the body of a multipart form: fields, one file part, a last field. */
    private static byte[][] multipart(Map<String, String> fields, String fileName, byte[] content, String... last) {
        String boundary = "kk-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (fields != null) {
            fields.forEach((name, value) -> body.writeBytes(field(boundary, name, value)));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (last.length == 2) {
            body.writeBytes(field(boundary, last[0], last[1]));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new byte[][] {("multipart/form-data; boundary=" + boundary).getBytes(StandardCharsets.UTF_8),
                body.toByteArray()};
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
