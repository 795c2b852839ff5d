package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;

/**
 * Health probes, metrics and the API description, as an operator and an integrator see them. Here the actuator
 * shares the public port (MANAGEMENT_SERVER_PORT unset) and no proxy is configured (KK_TRUSTED_PROXIES unset); for
 * the other case see ProxyAndManagementPortTests.
 */
@ApiTest
class OperationsTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("KKSESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void livenessAndReadinessProbesAnswerUpWithoutDetails() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ApiClient.Response response = ApiClient.anonymous(port).get(probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asString()).isEqualTo("UP");
            assertThat(response.json().propertyNames()).as(probe).doesNotContain("components", "details");
        }
        ApiClient.Response asAdmin = signedIn(DemoUsers.PLATFORM_ADMIN).get("/actuator/health");
        assertThat(asAdmin.json().propertyNames()).contains("status").doesNotContain("components", "details");
    }

    @Test
    void metricsAndInfoAreNotServedToAnonymousCallers() {
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator", "/actuator/metrics"}) {
            ApiClient.Response response = ApiClient.anonymous(port).send("GET", endpoint, null, "text/plain");
            assertThat(response.status()).as(endpoint).isEqualTo(401);
            assertThat(response.body()).as(endpoint).doesNotContain("jvm_memory");
        }
        assertThat(ApiClient.as(port, DemoUsers.PLATFORM_ADMIN).send("GET", "/actuator/prometheus", null, "text/plain")
                .status()).as("HTTP Basic does not sign in outside the API").isEqualTo(401);
    }

    @Test
    void metricsAreForThePlatformAdministrators() {
        for (String user : new String[] {DemoUsers.ADMIN, DemoUsers.COORDINATOR, DemoUsers.PARTICIPANT}) {
            assertThat(signedIn(user).send("GET", "/actuator/prometheus", null, "text/plain").status()).as(user)
                    .isEqualTo(403);
            assertThat(signedIn(user).get("/actuator/info").status()).as(user).isEqualTo(403);
        }
        ApiClient admin = signedIn(DemoUsers.PLATFORM_ADMIN);
        admin.get("/actuator/health");
        ApiClient.Response metrics = admin.send("GET", "/actuator/prometheus", null, "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                .contains("http_server_requests_seconds_count");
        assertThat(admin.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void forwardedHeadersFromClientsAreIgnored() {
        ApiClient.Response response = ApiClient.anonymous(port)
                .withHeader("X-Forwarded-Host", "angripare.example").withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-Port", "8443").withHeader("X-Forwarded-For", "203.0.113.66")
                .send("GET", "/deltagare", null, "text/html");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("http://localhost:" + port + "/login");
        // Nothing reads X-Forwarded-For either: Tomcat's RemoteIpValve, which would, is not installed.
        Valve[] valves = ((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline().getValves();
        assertThat(Arrays.stream(valves).filter(RemoteIpValve.class::isInstance)).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/v1/participants",
                "/api/v1/participants/{id}", "/api/v1/participants/{id}/consents", "/api/v1/organisations",
                "/api/v1/organisations/{id}/units", "/api/v1/users", "/api/v1/audit-entries");
        assertThat(ApiClient.anonymous(port).send("GET", "/swagger-ui/index.html", null, "text/html").status())
                .isEqualTo(200);
    }

    /** Signs in through the login form, as a browser would, and returns a client that sends the session cookie. */
    private ApiClient signedIn(String username) {
        ApiClient.Response login = ApiClient.anonymous(port).send("GET", "/login", null, "text/html");
        Matcher csrf = CSRF_FIELD.matcher(login.body());
        assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        ApiClient.Response signedIn = ApiClient.anonymous(port).withHeader("Cookie", "KKSESSION=" + session(login))
                .send("POST", "/login", form, "application/x-www-form-urlencoded");
        assertThat(signedIn.header("Location")).as("signed in as %s", username).doesNotContain("error");
        return ApiClient.anonymous(port).withHeader("Cookie", "KKSESSION=" + session(signedIn));
    }

    private static String session(ApiClient.Response response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
