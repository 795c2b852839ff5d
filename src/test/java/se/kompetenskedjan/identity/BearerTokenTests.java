package se.kompetenskedjan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import se.kompetenskedjan.support.ApiClient;

/**
 * The API accepts OAuth2 bearer tokens when a token issuer is configured. Here the issuer is a key made in the test
 * (in production: KK_OIDC_ISSUER_URI); the token's preferred_username names the local account, whose role decides.
 * No demo profile, so HTTP Basic must be refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kk.bootstrap.admin-username=forsta.admin", "kk.bootstrap.admin-password=ett-langt-losenord-123"})
@Tag("db")
class BearerTokenTests {

    static final KeyPair ISSUER = rsaKeys();
    static final KeyPair STRANGER = rsaKeys();

    @TestConfiguration
    static class TokenIssuer {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
        }
    }

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
    void aSignedTokenForALocalAccountIsAccepted() throws Exception {
        ApiClient.Response me = ApiClient.bearer(port, token(ISSUER, "token.koordinator")).get("/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("role").asString()).isEqualTo("COORDINATOR");
        assertThat(ApiClient.bearer(port, token(ISSUER, "token.koordinator")).get("/api/v1/participants").status()).isEqualTo(200);
    }

    @Test
    void aTokenSignedBySomeoneElseIsRejected() throws Exception {
        ApiClient.Response response = ApiClient.bearer(port, token(STRANGER, "token.koordinator")).get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aValidTokenWithoutALocalAccountGetsNoAccess() throws Exception {
        assertThat(ApiClient.bearer(port, token(ISSUER, "okand.person")).get("/api/v1/participants").status()).isEqualTo(403);
    }

    @Test
    void theFirstPlatformAdministratorIsCreatedFromSettings() {
        assertThat(jdbc.sql("""
                SELECT u.role || ' ' || o.platform_host FROM user_account u JOIN organisation o ON o.id = u.organisation_id
                 WHERE u.username = 'forsta.admin'""").query(String.class).single()).isEqualTo("ADMIN true");
    }

    @Test
    void httpBasicIsOnlyForTheDemoProfile() {
        assertThat(ApiClient.as(port, "koordinator").get("/api/v1/me").status()).isEqualTo(401);
    }

    static String token(KeyPair keys, String username) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("sub-" + username).claim("preferred_username", username)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner(keys.getPrivate()));
        return jwt.serialize();
    }

    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
