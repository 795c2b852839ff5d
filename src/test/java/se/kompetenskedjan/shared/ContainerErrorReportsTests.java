package se.kompetenskedjan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;

/**
 * Tomcat refuses some addresses before any filter or servlet runs (an encoded slash, backslash or NUL in the path);
 * in the API the answer is still a problem+json document in Swedish, elsewhere Tomcat's page without details.
 */
@ApiTest
class ContainerErrorReportsTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fhemligt", "x%5Cy", "abc%00"})
    void anApiAddressTomcatRefusesIsAnsweredWithAProblem(String id) {
        ApiClient.Response response = ApiClient.as(port, DemoUsers.COORDINATOR).get("/api/v1/participants/" + id);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asString()).isEqualTo("Felaktig begäran");
        assertThat(response.json().path("detail").asString()).isEqualTo("Begäran är felaktig.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fhemligt", "abc%00"})
    void aPageAddressTomcatRefusesGetsTomcatsPageWithoutDetails(String id) {
        ApiClient.Response response = ApiClient.anonymous(port).send("GET", "/deltagare/" + id, null, "text/html");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body()).doesNotContain("Tomcat").doesNotContain("Exception");
    }
}
