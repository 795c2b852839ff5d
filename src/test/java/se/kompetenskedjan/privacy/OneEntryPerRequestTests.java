package se.kompetenskedjan.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ParticipantJson.aParticipant;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.kompetenskedjan.participants.ParticipantCommand;
import se.kompetenskedjan.participants.ParticipantRegister;
import se.kompetenskedjan.participants.ParticipantView;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Every request over HTTP, page or API, read or write, leaves exactly one audit row per participant it touched: a
 * page that asks several modules, a write that returns the view, a view read in a second call after the write, a list.
 */
@ApiTest
@Import(OneEntryPerRequestTests.TwoCallsInOneRequest.class)
class OneEntryPerRequestTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient coordinator;
    String id;

    @BeforeEach
    void aParticipantOfOurOwn() {
        coordinator = ApiClient.as(port, DemoUsers.COORDINATOR);
        long before = lastId();
        ApiClient.Response created = coordinator.post("/api/v1/participants", aParticipant().build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        id = created.json().path("id").asString();
        assertThat(rowsSince(before)).as("registering").containsExactly("CREATE");
    }

    @Test
    void apiReadsWritesAndListsWriteOneRowEach() {
        long before = lastId();
        JsonNode read = coordinator.get("/api/v1/participants/" + id).json();
        assertThat(rowsSince(before)).as("GET one participant").containsExactly("VIEW");

        before = lastId();
        ApiClient.Response updated = coordinator.put("/api/v1/participants/" + id, aParticipant()
                .with("firstName", read.path("firstName").asString()).with("lastName", read.path("lastName").asString())
                .with("version", read.path("version").asLong()).build());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(rowsSince(before)).as("PUT that returns the view").containsExactly("UPDATE");

        before = lastId();
        assertThat(coordinator.put("/api/v1/participants/" + id, aParticipant().with("version", 0).build()).status())
                .isEqualTo(409);
        assertThat(rowsSince(before)).as("a refused write changed and showed nothing").isEmpty();

        before = lastId();
        ApiClient.Response consent = coordinator.post("/api/v1/participants/" + id + "/consents", Map.of(
                "purpose", "Praktik", "organisationIds", List.of(coordinator.get("/api/v1/me").json()
                        .path("organisationId").path("value").asString()),
                "givenOn", TestDates.today().toString(), "validUntil", TestDates.today().plusMonths(6).toString()));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        assertThat(rowsSince(before)).as("POST consent that returns it").containsExactly("CONSENT_GIVEN:Praktik");

        before = lastId();
        JsonNode list = coordinator.get("/api/v1/participants?query=" + read.path("lastName").asString()).json();
        assertThat(list.path("totalItems").asInt()).isEqualTo(1);
        assertThat(rowsSince(before)).as("the list").containsExactly("LIST");

        before = lastId();
        coordinator.get("/api/v1/participants/" + id + "/access-log");
        assertThat(rowsSince(before)).as("the access log").containsExactly("VIEW:access log");
    }

    @Test
    void aViewReadInASecondCallAfterTheWriteAddsNoRow() {
        JsonNode read = coordinator.get("/api/v1/participants/" + id).json();
        long before = lastId();
        ApiClient.Response response = coordinator.post("/api/v1/test-only/write-then-read/" + id, aParticipant()
                .with("firstName", "Andra").with("version", read.path("version").asLong()).build());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(rowsSince(before)).as("update, then consents and the view in two more transactions")
                .containsExactly("UPDATE");

        read = coordinator.get("/api/v1/participants/" + id).json();
        before = lastId();
        response = coordinator.post("/api/v1/test-only/read-then-write/" + id, aParticipant()
                .with("firstName", "Tredje").with("version", read.path("version").asLong()).build());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(rowsSince(before)).as("the read before the write folds into the write's row")
                .containsExactly("UPDATE:register, consents, supervisors");
    }

    @Test
    void pagesThatAskSeveralModulesWriteOneRow() throws Exception {
        Session session = Session.signIn(port, DemoUsers.COORDINATOR);
        long before = lastId();
        HttpResponse<String> page = session.get("/deltagare/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(rowsSince(before)).as("the participant's page").containsExactly("VIEW:register, consents, supervisors");

        before = lastId();
        assertThat(session.get("/deltagare/" + id + "/logg").statusCode()).isEqualTo(200);
        assertThat(rowsSince(before)).as("the log page reads the participant and the log").containsExactly("VIEW:access log");

        before = lastId();
        HttpResponse<String> refused = session.post("/deltagare/" + id + "/samtycken", page.body(),
                Map.of("purpose", "", "givenOn", "", "validUntil", ""));
        assertThat(refused.statusCode()).as("the page again, with the errors").isEqualTo(200);
        assertThat(rowsSince(before)).as("a refused consent and the page shown again").containsExactly(
                "VIEW:register, consents, supervisors");
    }

    @Test
    void minSidaWritesOneRowForTheParticipant() throws Exception {
        Session session = Session.signIn(port, DemoUsers.PARTICIPANT);
        UUID amina = jdbc.sql("SELECT participant_id FROM user_account WHERE username = :u")
                .param("u", DemoUsers.PARTICIPANT).query(UUID.class).single();
        long before = lastId();
        assertThat(session.get("/min-sida").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT action || ':' || detail FROM audit_entry e JOIN user_account u ON u.id = e.actor_id
                 WHERE e.id > :before AND e.participant_id = :p AND u.username = :u""")
                .param("before", before).param("p", amina).param("u", DemoUsers.PARTICIPANT).query(String.class).list())
                .containsExactly("VIEW:register, consents, supervisors; access log");
    }

    private long lastId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    /** The rows written about our participant since the given id, as ACTION or ACTION:detail. */
    private List<String> rowsSince(long before) {
        return jdbc.sql("SELECT action, detail FROM audit_entry WHERE id > :before AND participant_id = :p ORDER BY id")
                .param("before", before).param("p", UUID.fromString(id))
                .query((rs, row) -> rs.getString("action") + (rs.getString("detail") == null ? "" : ":" + rs.getString("detail")))
                .list();
    }

    /** A request that writes and then reads the participant again in separate transactions, and the other way round. */
    @TestConfiguration
    @RestController
    static class TwoCallsInOneRequest {

        private final ParticipantRegister register;

        TwoCallsInOneRequest(ParticipantRegister register) {
            this.register = register;
        }

        @PostMapping("/api/v1/test-only/write-then-read/{id}")
        ParticipantView writeThenRead(@PathVariable UUID id, @RequestBody ParticipantCommand command) {
            register.update(id, command);
            register.consents(id);
            return register.get(id);
        }

        @PostMapping("/api/v1/test-only/read-then-write/{id}")
        ParticipantView readThenWrite(@PathVariable UUID id, @RequestBody ParticipantCommand command) {
            register.file(id);
            return register.update(id, command);
        }
    }

    /**
     * A signed-in browser session over HTTP: cookies kept by hand (the session cookie is marked Secure, which the JDK's
     * cookie handler will not send over plain http), forms posted with the page's CSRF token.
     */
    record Session(HttpClient http, String base, Map<String, String> cookies) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

        static Session signIn(int port, String username) throws IOException, InterruptedException {
            Session session = new Session(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10)).build(), "http://localhost:" + port, new LinkedHashMap<>());
            HttpResponse<String> login = session.get("/login");
            HttpResponse<String> signedIn = session.post("/login", login.body(),
                    Map.of("username", username, "password", ApiClient.DEMO_PASSWORD));
            assertThat(signedIn.statusCode()).as("signed in as %s", username).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, String pageWithForm, Map<String, String> fields)
                throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(pageWithForm);
            assertThat(token.find()).as("a CSRF token on the page").isTrue();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", token.group(1));
            String form = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        }
    }
}
