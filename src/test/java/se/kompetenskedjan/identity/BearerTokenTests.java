package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.TestTokenIssuer.AUDIENCE;
import static se.kompetenskedjan.support.TestTokenIssuer.BOOTSTRAP_ADMIN_SUBJECT;
import static se.kompetenskedjan.support.TestTokenIssuer.ISSUER;
import static se.kompetenskedjan.support.TestTokenIssuer.STRANGER;
import static se.kompetenskedjan.support.TestTokenIssuer.token;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ProductionLikeTest;

/**
 * The API accepts OAuth2 bearer tokens from the configured issuer (here a key made in the test, in production
 * KK_OIDC_ISSUER_URI) only with the configured audience (KK_OIDC_AUDIENCE), and a token signs in as the local account
 * that an administrator linked to its subject (sub); the account's role decides. Name claims such as
 * preferred_username are never used. No demo profile, so HTTP Basic must be refused.
 */
@ProductionLikeTest
class BearerTokenTests {

    static final String COORDINATOR_ID = "00000000-0000-0000-0000-0000000000b2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anOrganisationWithACoordinator() {
        jdbc.sql("""
                INSERT INTO organisation (id, name, type) VALUES ('00000000-0000-0000-0000-0000000000b1', 'Token-kommunen', 'MUNICIPALITY')
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("""
                INSERT INTO user_account (id, organisation_id, username, display_name, role)
                VALUES ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000b1', 'token.koordinator',
                        'Tova Token', 'COORDINATOR')
                ON CONFLICT DO NOTHING""").update();
    }

    @Test
    void theFirstPlatformAdministratorIsCreatedFromSettingsAndSignsInByItsSubject() {
        assertThat(jdbc.sql("""
                SELECT u.role || ' ' || o.platform_host FROM user_account u JOIN organisation o ON o.id = u.organisation_id
                 WHERE u.username = 'forsta.admin'""").query(String.class).single()).isEqualTo("ADMIN true");
        ApiClient.Response me = admin().get("/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo("forsta.admin");
    }

    @Test
    void aTokenForALinkedSubjectWithTheRightAudienceIsAcceptedUntilTheLinkIsRemoved() {
        ApiClient tova = ApiClient.bearer(port, token("idp-7f3a-tova"));
        assertThat(tova.get("/api/v1/me").status()).as("not linked yet").isEqualTo(403);

        ApiClient.Response linked = admin().put("/api/v1/users/" + COORDINATOR_ID + "/oidc-subject",
                Map.of("subject", "idp-7f3a-tova"));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().path("username").asString()).isEqualTo("token.koordinator");
        assertThat(jdbc.sql("SELECT oidc_subject FROM user_account WHERE id = CAST(:id AS uuid)").param("id", COORDINATOR_ID)
                .query(String.class).single()).isEqualTo("idp-7f3a-tova");

        ApiClient.Response me = tova.get("/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo("token.koordinator");
        assertThat(me.json().path("role").asString()).isEqualTo("COORDINATOR");
        assertThat(tova.get("/api/v1/participants").status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/users/" + COORDINATOR_ID + "/oidc-subject").status()).isEqualTo(204);
        assertThat(tova.get("/api/v1/me").status()).as("link removed").isEqualTo(403);
    }

    @Test
    void aTokenForAnotherAudienceOrWithoutOneIsRejected() {
        for (List<String> audiences : List.of(List.of("en-annan-tjanst"), List.<String>of())) {
            ApiClient.Response response = ApiClient.bearer(port, token(ISSUER, BOOTSTRAP_ADMIN_SUBJECT, audiences, Map.of()))
                    .get("/api/v1/me");
            assertThat(response.status()).as("aud %s", audiences).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(ApiClient.bearer(port, token(ISSUER, BOOTSTRAP_ADMIN_SUBJECT, List.of("annan", AUDIENCE), Map.of()))
                .get("/api/v1/me").status()).as("one of several audiences is ours").isEqualTo(200);
    }

    @Test
    void aTokenSignedBySomeoneElseIsRejected() {
        ApiClient.Response response = ApiClient.bearer(port, token(STRANGER, BOOTSTRAP_ADMIN_SUBJECT, List.of(AUDIENCE), Map.of()))
                .get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("Basic");
    }

    @Test
    void aValidTokenWhoseSubjectIsLinkedToNoAccountGetsNoAccess() {
        assertThat(ApiClient.bearer(port, token("idp-okand-person")).get("/api/v1/participants").status()).isEqualTo(403);
    }

    @Test
    void aUsernameInTheTokenDoesNotSignIn() {
        String impersonation = token(ISSUER, "idp-mallory", List.of(AUDIENCE),
                Map.of("preferred_username", "forsta.admin", "email", "forsta.admin@example.se", "name", "forsta.admin"));
        assertThat(ApiClient.bearer(port, impersonation).get("/api/v1/me").status()).isEqualTo(403);
        assertThat(ApiClient.bearer(port, token("token.koordinator")).get("/api/v1/me").status())
                .as("a subject that equals a username").isEqualTo(403);
    }

    @Test
    void httpBasicIsOnlyForTheDemoProfile() {
        ApiClient.Response response = ApiClient.basic(port, "forsta.admin", "ett-langt-losenord-123").get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).doesNotContain("Basic");
    }

    private ApiClient admin() {
        return ApiClient.bearer(port, token(BOOTSTRAP_ADMIN_SUBJECT));
    }
}
