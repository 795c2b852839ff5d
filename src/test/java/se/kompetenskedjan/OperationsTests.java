package se.kompetenskedjan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;

/** Health probes, metrics and the API description, as an operator and an integrator see them. */
@ApiTest
class OperationsTests {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessProbesAnswerUp() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ApiClient.Response response = ApiClient.anonymous(port).get(probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void prometheusMetricsIncludeHttpAndDatabasePool() {
        ApiClient.anonymous(port).get("/actuator/health");
        ApiClient.Response metrics = ApiClient.anonymous(port).send("GET", "/actuator/prometheus", null, "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                .contains("http_server_requests_seconds_count");
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
}
