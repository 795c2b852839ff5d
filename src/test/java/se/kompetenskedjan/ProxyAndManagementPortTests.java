package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ProductionLikeTest;
import se.kompetenskedjan.support.TestTokenIssuer;

/**
 * Installed behind a reverse proxy (KK_TRUSTED_PROXIES names the loopback addresses the test connects from) and with
 * the actuator on its own port (MANAGEMENT_SERVER_PORT). OperationsTests shows the defaults.
 */
@ProductionLikeTest
class ProxyAndManagementPortTests {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void forwardedHeadersFromATrustedProxyAreHonoured() {
        ApiClient.Response response = ApiClient.anonymous(port)
                .withHeader("X-Forwarded-Host", "kompetens.kommun.example").withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-For", "203.0.113.7, 198.51.100.23").withHeader("X-Test-Probe", "proxied")
                .send("GET", "/deltagare", null, "text/html");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("https://kompetens.kommun.example/login");
        // Read right to left: the address the proxy added, not the one the client itself wrote in front of it.
        assertThat(TestTokenIssuer.REMOTE_ADDRESSES.get("proxied")).isEqualTo("198.51.100.23");
    }

    @Test
    void withoutForwardedHeadersTheConnectionsOwnAddressCounts() {
        ApiClient.Response response = ApiClient.anonymous(port).withHeader("X-Test-Probe", "direct")
                .send("GET", "/deltagare", null, "text/html");
        assertThat(response.header("Location")).isEqualTo("http://localhost:" + port + "/login");
        assertThat(TestTokenIssuer.REMOTE_ADDRESSES.get("direct")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void theSeparateManagementPortServesMetricsAndHealthWithoutSignIn() {
        ApiClient.Response metrics = ApiClient.anonymous(managementPort).send("GET", "/actuator/prometheus", null, "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        ApiClient.Response health = ApiClient.anonymous(managementPort).get("/actuator/health/readiness");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().propertyNames()).contains("status").doesNotContain("components", "details");
    }

    @Test
    void thePublicPortDoesNotServeMetricsWhenThereIsAManagementPort() {
        assertThat(ApiClient.anonymous(port).send("GET", "/actuator/prometheus", null, "text/plain").status())
                .isEqualTo(401);
        assertThat(ApiClient.bearer(port, TestTokenIssuer.token(TestTokenIssuer.BOOTSTRAP_ADMIN_SUBJECT))
                .send("GET", "/actuator/prometheus", null, "text/plain").status())
                .as("a bearer token does not sign in outside the API").isEqualTo(401);
    }
}
