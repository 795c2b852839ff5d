package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;
import static se.kompetenskedjan.support.ApiResponses.uuid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.Parallel;
import se.kompetenskedjan.support.ParticipantJson;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rotating and withdrawing an organisation's signing key through the API. Every test makes an organisation of its
 * own (a municipality with an admin and a coordinator, a participant of theirs and a signed assessment to certify), so
 * withdrawing a key never touches the demo organisations' certificates that other tests verify.
 * Concurrency: four rotations at once (HTTP) leave one active key; a rotation that loses the race is a 409.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningKeyRotationApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SigningKeys signingKeys;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRoutineRotationKeepsOldCertificatesVerifyingAndSignsNewOnesWithTheNewKey() throws Exception {
        Issuer issuer = newIssuer();
        JsonNode before = issuer.issue();
        String oldJwt = issuer.credential(before);
        String oldKid = kid(oldJwt);

        Response rotated = as(issuer.admin()).post(rotatePath(issuer), Map.of("reason", "ROUTINE", "note", "Årligt byte"));
        assertThat(rotated.status()).isEqualTo(200);
        String newKid = rotated.json().path("kid").asString();
        assertThat(newKid).isNotBlank().isNotEqualTo(oldKid);
        assertThat(rotated.json().path("createdAt").asString()).isNotBlank();
        assertThat(rotated.body()).doesNotContain("private", "\"d\"", "sealed");

        assertThat(verifyCredential(oldJwt).path("status").asString()).isEqualTo("GENUINE");
        assertThat(status(before).path("status").asString()).isEqualTo("GENUINE");
        assertThat(status(before).path("keyWithdrawn").asBoolean()).isFalse();

        JsonNode after = issuer.issue();
        String newJwt = issuer.credential(after);
        assertThat(kid(newJwt)).isEqualTo(newKid);
        assertThat(verifyCredential(newJwt).path("status").asString()).isEqualTo("GENUINE");

        String jwks = ApiClient.anonymous(port).get("/api/v1/issuers/" + issuer.organisationId() + "/jwks.json").body();
        JsonWebKeySet keySet = new JsonWebKeySet(jwks);
        assertThat(keySet.getJsonWebKeys()).extracting(k -> k.getKeyId()).containsExactlyInAnyOrder(oldKid, newKid);
        assertThat(jwks).doesNotContain("\"d\"");
        // An independent library verifies the old credential against the published JWKS after the rotation.
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(oldJwt);
        jws.setKey(keySet.findJsonWebKey(oldKid, "EC", "sig", "ES256").getKey());
        assertThat(jws.verifySignature()).isTrue();

        JsonNode keys = ok(as(issuer.admin()).get(keysPath(issuer)));
        assertThat(keys.valueStream().map(k -> k.path("kid").asString())).containsExactly(newKid, oldKid);
        JsonNode old = keys.get(1);
        assertThat(old.path("retireReason").asString()).isEqualTo("ROUTINE");
        assertThat(old.path("retireNote").asString()).isEqualTo("Årligt byte");
        assertThat(old.path("retiredByName").asString()).isEqualTo("Nyckel Admin");
        assertThat(old.path("retiredAt").isNull()).isFalse();
        assertThat(old.path("certificatesSigned").asLong()).isEqualTo(1);
        assertThat(keys.get(0).path("retiredAt").isNull()).isTrue();
        assertThat(keys.get(0).path("certificatesSigned").asLong()).isEqualTo(1);
    }

    @Test
    void aCompromisedKeyIsWithdrawnSoItsCertificatesNoLongerVerify() {
        Issuer issuer = newIssuer();
        JsonNode first = issuer.issue();
        JsonNode second = issuer.issue();
        String firstJwt = issuer.credential(first);
        String withdrawnKid = kid(firstJwt);
        assertThat(verifyCredential(firstJwt).path("status").asString()).isEqualTo("GENUINE");
        // A revoked certificate stays revoked: the issuer's decision is the stronger statement.
        ok(as(issuer.coordinator()).post("/api/v1/certificates/" + second.path("id").asString() + "/revoke",
                Map.of("reason", "Fel checklista")));

        ok(as(DemoUsers.PLATFORM_ADMIN).post(rotatePath(issuer), Map.of("reason", "COMPROMISED",
                "note", "Servern kan ha lästs av obehöriga")));

        JsonNode verdict = verifyCredential(firstJwt);
        assertThat(verdict.path("status").asString()).isEqualTo("KEY_WITHDRAWN");
        assertThat(verdict.path("message").asString()).isEqualTo("Intyget kan inte längre styrkas: utfärdarens "
                + "signeringsnyckel har dragits tillbaka. Be utfärdaren om ett nytt intyg.");
        assertThat(verdict.path("participantName").isNull() || verdict.path("participantName").isMissingNode()).isTrue();
        assertThat(verdict.path("items")).isEmpty();
        JsonNode status = status(first);
        assertThat(status.path("status").asString()).isEqualTo("KEY_WITHDRAWN");
        assertThat(status.path("keyWithdrawn").asBoolean()).isTrue();
        assertThat(status.path("revoked").asBoolean()).isFalse();
        assertThat(status.path("message").asString()).contains("kan inte längre styrkas");
        assertThat(status(second).path("status").asString()).isEqualTo("REVOKED");

        Response page = ApiClient.anonymous(port).send("GET", "/intyg/" + first.path("id").asString() + "/verifiera",
                null, "text/html");
        assertThat(page.body()).contains("data-status=\"KEY_WITHDRAWN\"", "Intyget kan inte längre styrkas",
                "Be utfärdaren om ett nytt intyg.").doesNotContain("Intyget är äkta och giltigt")
                .doesNotContain(issuer.participantName());

        JsonNode staffView = ok(as(issuer.coordinator()).get("/api/v1/certificates/" + first.path("id").asString()));
        assertThat(staffView.path("keyWithdrawn").asBoolean()).isTrue();
        assertThat(staffView.path("revoked").asBoolean()).isFalse();

        String jwks = ApiClient.anonymous(port).get("/api/v1/issuers/" + issuer.organisationId() + "/jwks.json").body();
        assertThat(jwks).as("a withdrawn key leaves the published JWKS").doesNotContain(withdrawnKid);

        JsonNode fresh = issuer.issue();
        String freshJwt = issuer.credential(fresh);
        assertThat(kid(freshJwt)).isNotEqualTo(withdrawnKid);
        assertThat(jwks(issuer)).contains(kid(freshJwt));
        assertThat(verifyCredential(freshJwt).path("status").asString()).isEqualTo("GENUINE");
        assertThat(status(fresh).path("status").asString()).isEqualTo("GENUINE");

        JsonNode keys = ok(as(issuer.admin()).get(keysPath(issuer)));
        assertThat(keys).hasSize(2);
        assertThat(keys.get(1).path("kid").asString()).isEqualTo(withdrawnKid);
        assertThat(keys.get(1).path("retireReason").asString()).isEqualTo("COMPROMISED");
        assertThat(keys.get(1).path("certificatesSigned").asLong()).isEqualTo(2);
        assertThat(keys.get(0).path("certificatesSigned").asLong()).isEqualTo(1);
    }

    @Test
    void theKeyListIsNewestFirstWithoutPrivateMaterialAndARotationWorksWithoutAKeyYet() {
        Issuer issuer = newIssuer();
        assertThat(ok(as(issuer.admin()).get(keysPath(issuer)))).isEmpty();

        String first = ok(as(issuer.admin()).post(rotatePath(issuer), Map.of("reason", "ROUTINE"))).path("kid").asString();
        String second = ok(as(DemoUsers.PLATFORM_ADMIN).post(rotatePath(issuer), Map.of("reason", "ROUTINE")))
                .path("kid").asString();
        Response list = as(issuer.admin()).get(keysPath(issuer));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(k -> k.path("kid").asString())).containsExactly(second, first);
        assertThat(list.json().get(0).path("retiredAt").isNull()).isTrue();
        assertThat(list.json().get(1).path("retireReason").asString()).isEqualTo("ROUTINE");
        assertThat(list.json().get(1).path("retiredByName").asString()).isNotBlank();
        assertThat(list.body()).doesNotContain("\"d\"", "private", "sealed", "public_jwk");
        assertThat(ok(as(DemoUsers.PLATFORM_ADMIN).get(keysPath(issuer)))).hasSize(2);
    }

    @Test
    void onlyTheOrganisationsAdminsAndThePlatformAdminsSeeAndRotateKeys() {
        Issuer issuer = newIssuer();
        Map<String, Object> body = Map.of("reason", "ROUTINE");
        for (String other : List.of(issuer.coordinator(), DemoUsers.ADMIN, DemoUsers.COORDINATOR,
                DemoUsers.EMPLOYER_MANAGER, DemoUsers.PARTICIPANT)) {
            assertThat(as(other).post(rotatePath(issuer), body).status()).as(other).isEqualTo(403);
            assertThat(as(other).get(keysPath(issuer)).status()).as(other).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).post(rotatePath(issuer), body).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get(keysPath(issuer)).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation_signing_key WHERE organisation_id = :o")
                .param("o", issuer.organisationId()).query(Long.class).single()).isZero();

        UUID unknown = UUID.randomUUID();
        Response notFound = as(DemoUsers.PLATFORM_ADMIN).post("/api/v1/issuers/" + unknown + "/keys/rotate", body);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
        assertThat(notFound.json().path("detail").asString()).isEqualTo("Organisationen finns inte.");
        assertThat(as(issuer.admin()).get("/api/v1/issuers/" + unknown + "/keys").status()).isEqualTo(404);
    }

    @Test
    void aBadReasonIsRefusedWithASwedishMessage() {
        Issuer issuer = newIssuer();
        Response sometimes = as(issuer.admin()).post(rotatePath(issuer), Map.of("reason", "SOMETIMES"));
        assertThat(sometimes.status()).isEqualTo(400);
        assertThat(sometimes.contentType()).startsWith("application/problem+json");
        assertThat(sometimes.fieldError("reason")).isEqualTo("Skälet måste vara ROUTINE (rutinbyte) eller COMPROMISED "
                + "(nyckeln kan ha kommit i orätta händer).");
        Response missing = as(issuer.admin()).post(rotatePath(issuer), Map.of("note", "Glömde skälet"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fieldError("reason")).isEqualTo("Välj varför nyckeln byts.");
        Response longNote = as(issuer.admin()).post(rotatePath(issuer), Map.of("reason", "ROUTINE", "note", "x".repeat(501)));
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.fieldError("note")).isNotBlank();
        assertThat(as(issuer.admin()).send("POST", rotatePath(issuer), "{\"reason\":", "application/json").status())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation_signing_key WHERE organisation_id = :o")
                .param("o", issuer.organisationId()).query(Long.class).single()).as("nothing was changed").isZero();
    }

    @Test
    void parallelRotationsLeaveExactlyOneActiveKey() throws Exception {
        Issuer issuer = newIssuer();
        issuer.issue();
        for (int round = 0; round < 3; round++) {
            long keysBefore = keyCount(issuer);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String user = i % 2 == 0 ? issuer.admin() : DemoUsers.PLATFORM_ADMIN;
                calls.add(() -> as(user).post(rotatePath(issuer), Map.of("reason", "ROUTINE")).status());
            }
            List<Integer> statuses = Parallel.run(calls);
            assertThat(statuses).as("round %d", round).isSubsetOf(200, 409).contains(200);
            long rotated = statuses.stream().filter(s -> s == 200).count();
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM organisation_signing_key WHERE organisation_id = :o AND retired_at IS NULL""")
                    .param("o", issuer.organisationId()).query(Long.class).single()).as("active keys").isEqualTo(1);
            assertThat(keyCount(issuer)).as("one new key per successful rotation").isEqualTo(keysBefore + rotated);
        }
        assertThat(verifyCredential(issuer.credential(issuer.issue())).path("status").asString()).isEqualTo("GENUINE");
    }

    /**
     * The race made certain: another rotation has retired and replaced the key but not committed yet when the API call
     * arrives. The call waits for the row lock, then finds no active key to retire and the other's new key in the
     * partial unique index, so it answers 409 and changes nothing.
     */
    @Test
    void aRotationThatLosesTheRaceIsAConflictAndChangesNothing() throws Exception {
        Issuer issuer = newIssuer();
        ok(as(issuer.admin()).post(rotatePath(issuer), Map.of("reason", "ROUTINE")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> loser = new TransactionTemplate(transactions).execute(tx -> {
                assertThat(signingKeys.rotate(issuer.organisationId(), "ROUTINE", null, null)).isPresent();
                Future<Response> call = pool.submit(() -> as(issuer.admin()).post(rotatePath(issuer),
                        Map.of("reason", "COMPROMISED")));
                awaitRotationWaitingForALock(pool);
                return call;
            });
            Response response = loser.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).isEqualTo("Signeringsnyckeln byttes samtidigt av "
                    + "någon annan. Ladda om sidan och se efter om ett nytt byte behövs.");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FILTER (WHERE retired_at IS NULL) || '/' || count(*) FILTER (WHERE retire_reason = 'COMPROMISED')
                FROM organisation_signing_key WHERE organisation_id = :o""")
                .param("o", issuer.organisationId()).query(String.class).single())
                .as("one active key, none withdrawn").isEqualTo("1/0");
    }

    /** Polls, on a connection of its own (statistics views are frozen inside a transaction), for the blocked UPDATE. */
    private void awaitRotationWaitingForALock(ExecutorService pool) {
        try {
            for (int i = 0; i < 600; i++) {
                long waiting = pool.submit(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock'
                          AND query LIKE '%UPDATE organisation_signing_key%'""").query(Long.class).single())
                        .get(10, TimeUnit.SECONDS);
                if (waiting > 0) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the API call never waited for the other rotation's lock");
    }

    // --- fixtures and helpers ---------------------------------------------------------------------------------------

    /** An organisation of this test's own: its admin and coordinator (demo password), a participant, a checklist. */
    record Issuer(UUID organisationId, String admin, String coordinator, UUID participant, String participantName,
            CertificateFixtures.Checklist checklist, SigningKeyRotationApiTests test) {

        JsonNode issue() {
            return created(test.as(coordinator).post("/api/v1/participants/" + participant + "/certificates",
                    Map.of("checklistId", checklist.id().toString(), "language", "sv")));
        }

        String credential(JsonNode certificate) {
            Response response = test.as(coordinator).send("GET", "/api/v1/certificates/" + certificate.path("id")
                    .asString() + "/credential", null, "application/vc+jwt");
            assertThat(response.status()).isEqualTo(200);
            return response.body().strip();
        }
    }

    private Issuer newIssuer() {
        ApiClient platform = as(DemoUsers.PLATFORM_ADMIN);
        String suffix = Long.toString(System.nanoTime());
        UUID organisation = uuid(created(platform.post("/api/v1/organisations", Map.of("name", "Nyckelkommunen " + suffix,
                "type", "MUNICIPALITY", "municipality", "Nyckelby"))).path("id"));
        String admin = "nyckeladmin." + suffix;
        String coordinator = "nyckelkoordinator." + suffix;
        created(platform.post("/api/v1/users", Map.of("organisationId", organisation, "username", admin,
                "displayName", "Nyckel Admin", "role", "ADMIN", "password", ApiClient.DEMO_PASSWORD)));
        created(platform.post("/api/v1/users", Map.of("organisationId", organisation, "username", coordinator,
                "displayName", "Nyckel Koordinator", "role", "COORDINATOR", "password", ApiClient.DEMO_PASSWORD)));
        JsonNode participant = created(as(coordinator).post("/api/v1/participants",
                ParticipantJson.aParticipant().with("firstName", "Nyckla").build()));
        UUID participantId = uuid(participant.path("id"));
        UUID place = CertificateFixtures.activePlacementOf(jdbc, CertificateFixtures.participant(17));
        CertificateFixtures.Checklist checklist = CertificateFixtures.checklist(jdbc, place, "Nyckelprov " + suffix,
                "Torkar av borden", "Sorterar disken");
        CertificateFixtures.assess(jdbc, checklist, participantId, "COORDINATOR", CertificateFixtures.KOORDINATOR,
                "Sara Nyström", TestDates.today().minusDays(1), true, 3, 2);
        String name = participant.path("firstName").asString() + " " + participant.path("lastName").asString();
        return new Issuer(organisation, admin, coordinator, participantId, name, checklist, this);
    }

    private static String rotatePath(Issuer issuer) {
        return "/api/v1/issuers/" + issuer.organisationId() + "/keys/rotate";
    }

    private static String keysPath(Issuer issuer) {
        return "/api/v1/issuers/" + issuer.organisationId() + "/keys";
    }

    private long keyCount(Issuer issuer) {
        return jdbc.sql("SELECT count(*) FROM organisation_signing_key WHERE organisation_id = :o")
                .param("o", issuer.organisationId()).query(Long.class).single();
    }

    private String jwks(Issuer issuer) {
        return ApiClient.anonymous(port).get("/api/v1/issuers/" + issuer.organisationId() + "/jwks.json").body();
    }

    private JsonNode verifyCredential(String jwt) {
        return ok(ApiClient.anonymous(port).post("/api/v1/certificates/verify", Map.of("credential", jwt)));
    }

    private JsonNode status(JsonNode certificate) {
        return ok(ApiClient.anonymous(port).get("/api/v1/certificates/" + certificate.path("id").asString() + "/status"));
    }

    /** The kid in the JWT's protected header. */
    private static String kid(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        return JSON.readTree(header).path("kid").asString();
    }

    ApiClient as(String username) {
        return ApiClient.as(port, username);
    }
}
