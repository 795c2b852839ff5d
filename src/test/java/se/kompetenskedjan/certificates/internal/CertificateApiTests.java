package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.kompetenskedjan.support.ApiResponses.created;
import static se.kompetenskedjan.support.ApiResponses.ok;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import se.kompetenskedjan.certificates.CertificateIssued;
import se.kompetenskedjan.certificates.CertificateRevoked;
import se.kompetenskedjan.support.ApiClient.Response;
import se.kompetenskedjan.support.ApiClient;
import se.kompetenskedjan.support.ApiTest;
import se.kompetenskedjan.support.DemoUsers;
import se.kompetenskedjan.support.PdfText;
import se.kompetenskedjan.support.QrCodes;
import se.kompetenskedjan.support.TestDates;
import tools.jackson.databind.JsonNode;

/**
 * Certificates end to end on the demo region: issuing from signed assessments (drafts and self-assessments do not
 * count), the snapshot that later assessments do not change, the PDF's text in Swedish and English and its QR code
 * read back from the rendered page, the VC-JWT verified with an independent JOSE library (jose4j) against the
 * published JWKS, a tampered credential rejected, revocation flipping the public verification, bad input and access.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PublishedEventsExtension.class)
class CertificateApiTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final UUID zahra = CertificateFixtures.participant(17);
    private CertificateFixtures.Checklist kitchen;
    private String issuerName;
    private UUID issuerOrganisation;

    @BeforeAll
    void setUp() {
        LocalDate today = TestDates.today();
        UUID place = CertificateFixtures.activePlacementOf(jdbc, zahra);
        kitchen = CertificateFixtures.checklist(jdbc, place, "Kök – disk och hygien", "Diskar enligt hygienrutinen",
                "Skalar och förbereder grönsaker", "Packar mat till leverans", "Har gått kursen i livsmedelshygien?");
        CertificateFixtures.assess(jdbc, kitchen, zahra, "SUPERVISOR", CertificateFixtures.HANDLEDARE2, "Tomas Ekholm",
                today.minusDays(20), true, 1, 1, 0, 0);
        CertificateFixtures.assess(jdbc, kitchen, zahra, "COORDINATOR", CertificateFixtures.KOORDINATOR, "Sara Nyström",
                today.minusDays(5), true, 3, 2, 1, 3);
        // Neither a draft nor a self-assessment counts.
        CertificateFixtures.assess(jdbc, kitchen, zahra, "SUPERVISOR", CertificateFixtures.HANDLEDARE2, "Tomas Ekholm",
                today.minusDays(1), false, 0, 0, 0, 0);
        CertificateFixtures.assess(jdbc, kitchen, zahra, "SELF", CertificateFixtures.KOORDINATOR, "Zahra Hosseini",
                today.minusDays(2), true, 0, 0, 0, 0);
        JsonNode me = ok(as(DemoUsers.COORDINATOR).get("/api/v1/me"));
        issuerName = me.path("organisationName").asString();
        issuerOrganisation = se.kompetenskedjan.support.ApiResponses.uuid(me.path("organisationId"));
    }

    // --- issue and content --------------------------------------------------------------------------------------

    @Test
    void aCoordinatorIssuesACertificateFromTheLatestSignedLevels(AssertablePublishedEvents events) {
        JsonNode certificate = issue("sv");
        UUID id = UUID.fromString(certificate.path("id").asString());
        assertThat(events.ofType(CertificateIssued.class).matching(e -> e.certificateId().equals(id))).singleElement()
                .satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(zahra);
                    assertThat(e.participantOrganisationId()).hasToString(
                            ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + zahra)).path("organisationId")
                                    .asString());
                    assertThat(e.issuerOrganisationId()).isEqualTo(issuerOrganisation);
                    assertThat(e.placementId()).isEqualTo(kitchen.placementId());
                    assertThat(e.checklistId()).isEqualTo(kitchen.id());
                    assertThat(e.language()).isEqualTo("sv");
                    assertThat(e.issuedOn()).isEqualTo(TestDates.today());
                });
        assertThat(events.ofType(CertificateRevoked.class).matching(e -> e.certificateId().equals(id))).isEmpty();
        LocalDate today = TestDates.today();
        assertThat(certificate.path("participantName").asString()).isEqualTo("Zahra Hosseini");
        assertThat(certificate.path("issuerName").asString()).isEqualTo(issuerName);
        assertThat(certificate.path("revoked").asBoolean()).isFalse();
        assertThat(certificate.path("workplace").asString()).contains("Tillagningsköket Centrum");
        assertThat(certificate.path("periodFrom").asString()).isEqualTo(today.minusDays(20).toString());
        assertThat(certificate.path("periodTo").asString()).isEqualTo(today.minusDays(5).toString());
        assertThat(certificate.path("assessors").valueStream().map(JsonNode::asString))
                .containsExactly("Sara Nyström", "Tomas Ekholm");
        assertThat(certificate.path("items").valueStream().map(i -> i.path("text").asString() + "=" + i.path("levelLabel").asString()))
                .containsExactly("Diskar enligt hygienrutinen=Självständigt", "Skalar och förbereder grönsaker=Med visst stöd",
                        "Packar mat till leverans=Med mycket stöd", "Har gått kursen i livsmedelshygien=Ja");
        assertThat(certificate.path("verificationUrl").asString())
                .isEqualTo("http://localhost:8080/intyg/" + certificate.path("id").asString() + "/verifiera");

        JsonNode list = ok(as(DemoUsers.COORDINATOR).get("/api/v1/participants/" + zahra + "/certificates?size=100"));
        assertThat(list.path("items").valueStream().map(i -> i.path("id").asString()))
                .contains(certificate.path("id").asString());
        // The participant reads their own certificate.
        assertThat(as("deltagare").get("/api/v1/certificates/" + certificate.path("id").asString()).status())
                .as("deltagare is another participant").isEqualTo(403);
    }

    @Test
    void anIssuedCertificateKeepsItsContentWhenLaterAssessmentsAreSigned() {
        UUID place = CertificateFixtures.activePlacementOf(jdbc, zahra);
        CertificateFixtures.Checklist list = CertificateFixtures.checklist(jdbc, place, "Kök – packning", "Packar lådor");
        CertificateFixtures.assess(jdbc, list, zahra, "SUPERVISOR", CertificateFixtures.HANDLEDARE2, "Tomas Ekholm",
                TestDates.today().minusDays(3), true, 1);
        JsonNode before = created(as(DemoUsers.COORDINATOR).post("/api/v1/participants/" + zahra + "/certificates",
                Map.of("checklistId", list.id().toString(), "language", "sv")));
        CertificateFixtures.assess(jdbc, list, zahra, "SUPERVISOR", CertificateFixtures.HANDLEDARE2, "Tomas Ekholm",
                TestDates.today(), true, 3);

        JsonNode again = ok(as(DemoUsers.COORDINATOR).get("/api/v1/certificates/" + before.path("id").asString()));
        assertThat(again.path("items").get(0).path("level").asInt()).isEqualTo(1);
        JsonNode newer = created(as(DemoUsers.COORDINATOR).post("/api/v1/participants/" + zahra + "/certificates",
                Map.of("checklistId", list.id().toString(), "language", "sv")));
        assertThat(newer.path("items").get(0).path("level").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("UPDATE certificate SET title = 'x' WHERE id = :id")
                .param("id", UUID.fromString(before.path("id").asString())))
                .satisfies(update -> assertThat(org.assertj.core.api.Assertions.catchThrowable(update::update))
                        .as("the database refuses changes to an issued certificate").isNotNull());
    }

    @Test
    void theEmployerManagerOfThePlacementIssuesInTheirOrganisationsName() {
        JsonNode certificate = created(as(DemoUsers.EMPLOYER_MANAGER).post("/api/v1/participants/" + zahra
                + "/certificates", Map.of("placementId", kitchen.placementId().toString(), "language", "en")));
        assertThat(certificate.path("issuerName").asString()).isNotEqualTo(issuerName).isNotBlank();
        assertThat(certificate.path("title").asString()).startsWith("Validation certificate");
    }

    // --- PDF --------------------------------------------------------------------------------------------------------

    @Test
    void thePdfSaysWhatWasValidatedInSwedishAndEnglishWithAQrCodeToTheVerificationPage() throws Exception {
        JsonNode certificate = issue("sv");
        String id = certificate.path("id").asString();

        Binary sv = bytes(DemoUsers.COORDINATOR, "/api/v1/certificates/" + id + ".pdf");
        assertThat(sv.status()).isEqualTo(200);
        assertThat(sv.contentType()).startsWith("application/pdf");
        assertThat(PdfText.of(sv.body())).contains("Valideringsintyg", "Zahra Hosseini", "Diskar enligt hygienrutinen",
                "Självständigt", "Med visst stöd", "Med mycket stöd", "Har gått kursen i livsmedelshygien", "Ja",
                "Tillagningsköket Centrum", "Sara Nyström", "Tomas Ekholm", issuerName, id, "Utfärdat av");
        assertThat(QrCodes.read(sv.body(), PdfText.pages(sv.body()) - 1)).as("the QR code on the last page")
                .contains("http://localhost:8080/intyg/" + id + "/verifiera");

        Binary en = bytes(DemoUsers.COORDINATOR, "/api/v1/certificates/" + id + ".pdf?lang=en");
        assertThat(PdfText.of(en.body())).contains("Validation certificate", "Zahra Hosseini", "Independently",
                "With some support", "With much support", "Yes", "Issued by", issuerName)
                .doesNotContain("Valideringsintyg");
        assertThat(as(DemoUsers.COORDINATOR).send("GET", "/api/v1/certificates/" + id + ".pdf?lang=fr", null,
                "application/json").status()).isEqualTo(400);
    }

    // --- the credential -------------------------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void theCredentialIsAnOpenBadgeSignedWithTheIssuersPublishedKey() throws Exception {
        JsonNode certificate = issue("sv");
        String id = certificate.path("id").asString();
        Response credential = as(DemoUsers.COORDINATOR).send("GET", "/api/v1/certificates/" + id + "/credential", null,
                "application/vc+jwt");
        assertThat(credential.status()).isEqualTo(200);
        assertThat(credential.contentType()).startsWith("application/vc+jwt");
        String jwt = credential.body().strip();

        // jose4j, against the JWKS anyone can fetch.
        Response jwksResponse = ApiClient.anonymous(port).get("/api/v1/issuers/" + issuerOrganisation + "/jwks.json");
        assertThat(jwksResponse.status()).isEqualTo(200);
        JsonWebKeySet jwks = new JsonWebKeySet(jwksResponse.body());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256));
        jws.setCompactSerialization(jwt);
        assertThat(jws.getHeader("typ")).isEqualTo("vc+jwt");
        JsonWebKey key = jwks.findJsonWebKey(jws.getKeyIdHeaderValue(), "EC", "sig", "ES256");
        assertThat(key).as("the signing key is in the published JWKS").isNotNull();
        jws.setKey(key.getKey());
        assertThat(jws.verifySignature()).isTrue();

        Map<String, Object> vc = JsonUtil.parseJson(jws.getPayload());
        assertThat((List<Object>) vc.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat((List<Object>) vc.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(vc.get("id")).isEqualTo("urn:uuid:" + id);
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) vc.get("issuer");
        assertThat(issuer.get("name")).isEqualTo(issuerName);
        assertThat(issuer.get("id")).isEqualTo("http://localhost:8080/api/v1/issuers/" + issuerOrganisation);
        assertThat(vc.get("iss")).isEqualTo(issuer.get("id"));
        assertThat((String) vc.get("validFrom")).isNotBlank();
        JsonNode subject = tools.jackson.databind.json.JsonMapper.builder().build().readTree(jws.getPayload())
                .path("credentialSubject");
        assertThat(subject.path("type").get(0).asString()).isEqualTo("AchievementSubject");
        assertThat(subject.path("identifier").get(0).path("identityHash").asString()).isEqualTo("Zahra Hosseini");
        assertThat(subject.path("achievement").path("type").get(0).asString()).isEqualTo("Achievement");
        assertThat(subject.path("achievement").path("criteria").path("narrative").asString()).contains("Tomas Ekholm");
        assertThat(subject.path("achievement").path("resultDescription")).hasSize(4);
        assertThat(subject.path("result").valueStream().map(r -> r.path("value").asString()))
                .containsExactly("Självständigt", "Med visst stöd", "Med mycket stöd", "Ja");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(jws.getPayload())
                .path("credentialStatus").path("id").asString()).endsWith("/api/v1/certificates/" + id + "/status");

        // The issuer profile the credential names is published too.
        JsonNode profile = ok(ApiClient.anonymous(port).get("/api/v1/issuers/" + issuerOrganisation));
        assertThat(profile.path("id").asString()).isEqualTo(issuer.get("id"));
        assertThat(profile.path("name").asString()).isEqualTo(issuerName);

        // Our own verification says genuine.
        JsonNode verified = ok(ApiClient.anonymous(port).post("/api/v1/certificates/verify", Map.of("credential", jwt)));
        assertThat(verified.path("status").asString()).isEqualTo("GENUINE");
        assertThat(verified.path("participantName").asString()).isEqualTo("Zahra Hosseini");
    }

    @Test
    void aTamperedCredentialIsRejectedByJose4jAndByTheVerifyEndpoint() throws Exception {
        JsonNode certificate = issue("sv");
        String jwt = as(DemoUsers.COORDINATOR).send("GET", "/api/v1/certificates/" + certificate.path("id").asString()
                + "/credential", null, "application/vc+jwt").body().strip();
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("Med mycket stöd");
        String forged = payload.replace("Med mycket stöd", "Självständigt");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        JsonWebKeySet jwks = new JsonWebKeySet(ApiClient.anonymous(port)
                .get("/api/v1/issuers/" + issuerOrganisation + "/jwks.json").body());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(tampered);
        jws.setKey(jwks.findJsonWebKey(jws.getKeyIdHeaderValue(), "EC", "sig", "ES256").getKey());
        assertThat(jws.verifySignature()).isFalse();

        JsonNode verdict = ok(ApiClient.anonymous(port).post("/api/v1/certificates/verify", Map.of("credential", tampered)));
        assertThat(verdict.path("status").asString()).isEqualTo("TAMPERED");
        assertThat(verdict.path("participantName").isNull() || verdict.path("participantName").isMissingNode()).isTrue();

        Response garbage = ApiClient.anonymous(port).post("/api/v1/certificates/verify", Map.of("credential", "inte en jwt"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.fieldError("credential")).contains("kunde inte läsas");
    }

    // --- revocation and the public page ----------------------------------------------------------------------------

    @Test
    void revocationByTheIssuerFlipsThePublicVerification(AssertablePublishedEvents events) {
        JsonNode certificate = issue("sv");
        String id = certificate.path("id").asString();
        String jwt = as(DemoUsers.COORDINATOR).send("GET", "/api/v1/certificates/" + id + "/credential", null,
                "application/vc+jwt").body().strip();
        Response page = ApiClient.anonymous(port).send("GET", "/intyg/" + id + "/verifiera", null, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"GENUINE\"", "Intyget är äkta och giltigt", "Zahra Hosseini",
                "Diskar enligt hygienrutinen", issuerName);
        assertThat(ok(ApiClient.anonymous(port).get("/api/v1/certificates/" + id + "/status")).path("revoked")
                .asBoolean()).isFalse();

        Response noReason = as(DemoUsers.COORDINATOR).post("/api/v1/certificates/" + id + "/revoke", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fieldError("reason")).isEqualTo("Skriv varför intyget återkallas.");
        assertThat(as(DemoUsers.EMPLOYER_MANAGER).post("/api/v1/certificates/" + id + "/revoke",
                Map.of("reason", "Fel person")).status()).as("not the issuing organisation").isEqualTo(403);

        JsonNode revoked = ok(as(DemoUsers.COORDINATOR).post("/api/v1/certificates/" + id + "/revoke",
                Map.of("reason", "Utfärdat på fel checklista")));
        assertThat(revoked.path("revoked").asBoolean()).isTrue();
        assertThat(revoked.path("revocationReason").asString()).isEqualTo("Utfärdat på fel checklista");
        assertThat(as(DemoUsers.COORDINATOR).post("/api/v1/certificates/" + id + "/revoke",
                Map.of("reason", "Igen")).status()).isEqualTo(409);
        assertThat(events.ofType(CertificateRevoked.class).matching(e -> e.certificateId().toString().equals(id)))
                .as("once, by the issuer, not by the refused attempts").singleElement().satisfies(e -> {
                    assertThat(e.participantId()).isEqualTo(zahra);
                    assertThat(e.issuerOrganisationId()).isEqualTo(issuerOrganisation);
                    assertThat(e.revokedOn()).isEqualTo(TestDates.today());
                });

        Response after = ApiClient.anonymous(port).send("GET", "/intyg/" + id + "/verifiera", null, "text/html");
        assertThat(after.body()).contains("data-status=\"REVOKED\"", "Intyget är återkallat")
                .doesNotContain("Zahra Hosseini").doesNotContain("Utfärdat på fel checklista");
        assertThat(ok(ApiClient.anonymous(port).post("/api/v1/certificates/verify", Map.of("credential", jwt)))
                .path("status").asString()).isEqualTo("REVOKED");
        assertThat(ok(ApiClient.anonymous(port).get("/api/v1/certificates/" + id + "/status")).path("revoked")
                .asBoolean()).isTrue();
        String pdfText = PdfText.of(bytes(DemoUsers.COORDINATOR, "/api/v1/certificates/" + id + ".pdf").body());
        assertThat(pdfText).contains("återkallat");

        Response unknown = ApiClient.anonymous(port).send("GET", "/intyg/" + UUID.randomUUID() + "/verifiera", null,
                "text/html");
        assertThat(unknown.body()).contains("data-status=\"UNKNOWN\"");
    }

    @Test
    void issuingAndRevokingAreAudited() {
        JsonNode certificate = issue("sv");
        long entries = jdbc.sql("""
                SELECT count(*) FROM audit_entry WHERE participant_id = :p AND action = 'CREATE'
                  AND detail = :detail""")
                .param("p", zahra).param("detail", "certificate issued " + certificate.path("id").asString())
                .query(Long.class).single();
        assertThat(entries).isEqualTo(1);
    }

    // --- bad input and access -------------------------------------------------------------------------------------

    @Test
    void badInputIsRefusedWithASwedishMessage() {
        UUID place = CertificateFixtures.activePlacementOf(jdbc, zahra);
        CertificateFixtures.Checklist unsigned = CertificateFixtures.checklist(jdbc, place, "Osignerad", "Torkar bord");
        CertificateFixtures.assess(jdbc, unsigned, zahra, "SUPERVISOR", CertificateFixtures.HANDLEDARE2, "Tomas Ekholm",
                TestDates.today(), false, 2);
        CertificateFixtures.assess(jdbc, unsigned, zahra, "SELF", CertificateFixtures.KOORDINATOR, "Zahra Hosseini",
                TestDates.today(), true, 3);
        ApiClient koordinator = as(DemoUsers.COORDINATOR);
        String path = "/api/v1/participants/" + zahra + "/certificates";

        Response noSigned = koordinator.post(path, Map.of("checklistId", unsigned.id().toString(), "language", "sv"));
        assertThat(noSigned.status()).isEqualTo(400);
        assertThat(noSigned.fieldError("checklistId")).contains("ingen signerad bedömning");

        Response german = koordinator.post(path, Map.of("checklistId", kitchen.id().toString(), "language", "de"));
        assertThat(german.status()).isEqualTo(400);
        assertThat(german.fieldError("language")).isEqualTo("Språket måste vara sv (svenska) eller en (engelska).");

        Response both = koordinator.post(path, Map.of("checklistId", kitchen.id().toString(),
                "placementId", kitchen.placementId().toString(), "language", "sv"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.fieldError("checklistId")).isEqualTo("Välj en checklista eller en plats, inte båda.");

        Response unknown = koordinator.post(path, Map.of("checklistId", UUID.randomUUID().toString(), "language", "sv"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.fieldError("checklistId")).isEqualTo("Checklistan finns inte.");

        assertThat(koordinator.send("POST", path, "{\"language\":", "application/json").status()).isEqualTo(400);
        assertThat(koordinator.get("/api/v1/certificates/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM certificate WHERE checklist_id = :c").param("c", unsigned.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyThoseWhoMayEditOrHostThePlacementIssueAndOnlyReadersRead() {
        JsonNode certificate = issue("sv");
        String id = certificate.path("id").asString();
        Map<String, Object> body = Map.of("checklistId", kitchen.id().toString(), "language", "sv");
        String path = "/api/v1/participants/" + zahra + "/certificates";

        assertThat(as(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR).post(path, body).status()).isEqualTo(403);
        assertThat(as(DemoUsers.ANALYST).post(path, body).status()).isEqualTo(403);
        assertThat(as(DemoUsers.SUPERVISOR).post(path, body).status()).as("reads, may not issue").isEqualTo(403);
        assertThat(as(DemoUsers.PRIVATE_EMPLOYER_MANAGER).post(path, body).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).post(path, body).status()).isEqualTo(401);

        for (String reader : List.of(DemoUsers.OTHER_MUNICIPALITY_COORDINATOR, DemoUsers.ANALYST, DemoUsers.PARTICIPANT)) {
            assertThat(as(reader).get("/api/v1/certificates/" + id).status()).as(reader).isEqualTo(403);
            assertThat(as(reader).get(path).status()).as(reader).isEqualTo(403);
            assertThat(bytes(reader, "/api/v1/certificates/" + id + ".pdf").status()).as(reader).isEqualTo(403);
        }
        assertThat(as(DemoUsers.SUPERVISOR).get("/api/v1/certificates/" + id).status()).isEqualTo(200);
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() {
        JsonNode paths = ok(ApiClient.anonymous(port).get("/v3/api-docs")).path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/participants/{id}/certificates",
                "/api/v1/certificates/{id}", "/api/v1/certificates/{id}.pdf", "/api/v1/certificates/{id}/credential",
                "/api/v1/certificates/{id}/revoke", "/api/v1/certificates/{id}/status", "/api/v1/certificates/verify",
                "/api/v1/issuers/{orgId}", "/api/v1/issuers/{orgId}/jwks.json", "/api/v1/issuers/{orgId}/keys",
                "/api/v1/issuers/{orgId}/keys/rotate");
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private JsonNode issue(String language) {
        return created(as(DemoUsers.COORDINATOR).post("/api/v1/participants/" + zahra + "/certificates",
                Map.of("checklistId", kitchen.id().toString(), "language", language)));
    }

    private ApiClient as(String username) {
        return ApiClient.as(port, username);
    }

    record Binary(int status, String contentType, byte[] body) {
    }

    private Binary bytes(String username, String path) {
        String token = Base64.getEncoder().encodeToString((username + ":" + ApiClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).header("Accept", "*/*").GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


}
