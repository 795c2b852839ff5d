package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiResponses;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;

/**
 * Linking an account to the identity provider's subject: what an administrator may send and when it is refused. Who
 * may link whom is in AccessMatrixTests; signing in with a linked subject in BearerTokenTests.
 */
@ApiTest
class OidcSubjectLinkTests {

    @LocalServerPort
    int port;

    @Test
    void theSubjectMustBeWrittenAsInTheToken() {
        ApiClient admin = ApiClient.as(port, DemoUsers.ADMIN);
        String path = "/api/v1/users/" + userId(DemoUsers.COORDINATOR) + "/oidc-subject";
        for (Map<String, Object> body : new Map[] {Map.of(), Map.of("subject", "  "), Map.of("subject", "två ord"),
                Map.of("subject", "x".repeat(256)), Map.of("subject", "åäö")}) {
            ApiClient.Response response = admin.put(path, body);
            assertThat(response.status()).as("%s", body).isEqualTo(400);
            assertThat(response.fieldError("subject")).as("%s", body).startsWith("S");
        }
        String longest = "a1-_.|~" + "x".repeat(248);
        ApiClient.Response linked = admin.put(path, Map.of("subject", longest));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().path("subject").asString()).isEqualTo(longest);
    }

    @Test
    void aSubjectSignsInAsOneAccountOnly() {
        ApiClient platformAdmin = ApiClient.as(port, DemoUsers.PLATFORM_ADMIN);
        String subject = "idp-" + UUID.randomUUID();
        String first = "/api/v1/users/" + userId(DemoUsers.TEACHER) + "/oidc-subject";
        assertThat(platformAdmin.put(first, Map.of("subject", subject)).status()).isEqualTo(200);
        assertThat(platformAdmin.put(first, Map.of("subject", subject)).status()).as("again, same account").isEqualTo(200);

        ApiClient.Response taken = platformAdmin.put("/api/v1/users/" + userId(DemoUsers.ANALYST) + "/oidc-subject",
                Map.of("subject", subject));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("detail").asString()).isEqualTo("Subjektet är redan kopplat till ett annat konto");
        assertThat(platformAdmin.put("/api/v1/users/" + userId(DemoUsers.ANALYST) + "/oidc-subject",
                Map.of("subject", subject.toUpperCase())).status()).as("subjects are case-sensitive").isEqualTo(200);
    }

    @Test
    void participantAccountsAndUnknownAccountsAreNotLinked() {
        ApiClient admin = ApiClient.as(port, DemoUsers.ADMIN);
        ApiClient.Response participant = admin.put("/api/v1/users/" + userId(DemoUsers.PARTICIPANT) + "/oidc-subject",
                Map.of("subject", "idp-deltagare"));
        assertThat(participant.status()).isEqualTo(409);
        assertThat(participant.json().path("detail").asString()).contains("Deltagarkonton");
        assertThat(admin.put("/api/v1/users/" + UUID.randomUUID() + "/oidc-subject", Map.of("subject", "idp-x")).status())
                .isEqualTo(404);
        assertThat(admin.delete("/api/v1/users/" + UUID.randomUUID() + "/oidc-subject").status()).isEqualTo(404);
    }

    private String userId(String username) {
        return ApiResponses.uuid(ApiResponses.ok(ApiClient.as(port, username).get("/api/v1/me")).path("id")).toString();
    }
}
