package se.kompetenskedjan.certificates.internal;

import java.text.ParseException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the Open Badges 3.0 credential of a certificate (an OpenBadgeCredential in the W3C VC 2.0 data model) and
 * secures it as a VC-JWT (VC-JOSE-COSE: the JWT payload is the credential itself, with iss, jti, iat and nbf added
 * for JWT tooling; header typ vc+jwt, cty vc, alg ES256, kid of the organisation's key).
 */
@Component
class Credentials {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private final MessageSource messages;
    private final Urls urls;

    Credentials(MessageSource messages, Urls urls) {
        this.messages = messages;
        this.urls = urls;
    }

    Map<String, Object> issuerProfile(UUID organisationId, String name) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", urls.issuer(organisationId));
        profile.put("type", List.of("Profile"));
        profile.put("name", name);
        return profile;
    }

    Map<String, Object> credential(UUID id, UUID organisationId, CertificateContent content, String language,
            Instant issuedAt) {
        Locale locale = Locale.forLanguageTag(language);
        String title = text("certificate.pdf.title", locale);
        List<Map<String, Object>> resultDescriptions = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (CertificateContent.Item item : content.items()) {
            String descriptionId = "urn:uuid:" + item.itemId();
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int level : item.yesNo() ? List.of(0, 3) : List.of(0, 1, 2, 3)) {
                levels.add(Map.of("id", descriptionId + "#level-" + level, "type", List.of("RubricCriterionLevel"),
                        "name", label(item.yesNo(), level, locale), "level", Integer.toString(level)));
            }
            Map<String, Object> description = new LinkedHashMap<>();
            description.put("id", descriptionId);
            description.put("type", List.of("ResultDescription"));
            description.put("name", item.checklistTitle() + ": " + item.text());
            description.put("resultType", "RubricCriterionLevel");
            description.put("rubricCriterionLevel", levels);
            resultDescriptions.add(description);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("type", List.of("Result"));
            result.put("resultDescription", descriptionId);
            result.put("achievedLevel", descriptionId + "#level-" + item.level());
            result.put("value", label(item.yesNo(), item.level(), locale));
            results.add(result);
        }
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", "urn:uuid:" + id + "#achievement");
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Competency");
        achievement.put("name", title + ": " + String.join(", ", content.checklistTitles()));
        achievement.put("description", text("certificate.credential.description", locale, content.workplace(),
                content.periodFrom(), content.periodTo()));
        achievement.put("criteria", Map.of("narrative", text("certificate.credential.criteria", locale,
                String.join(", ", content.assessors()))));
        achievement.put("inLanguage", language);
        achievement.put("resultDescription", resultDescriptions);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
                "identityHash", content.participantName())));
        subject.put("achievement", achievement);
        subject.put("result", results);

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", "urn:uuid:" + id);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", issuerProfile(organisationId, content.issuerName()));
        credential.put("validFrom", issuedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("name", title);
        credential.put("credentialSubject", subject);
        credential.put("credentialStatus", Map.of("id", urls.status(id), "type", "KompetenskedjanCertificateStatus"));
        return credential;
    }

    String sign(Map<String, Object> credential, ECKey key, UUID id, Instant issuedAt) {
        Map<String, Object> payload = new LinkedHashMap<>(credential);
        @SuppressWarnings("unchecked")
        Map<String, Object> issuer = (Map<String, Object>) credential.get("issuer");
        payload.put("iss", issuer.get("id"));
        payload.put("jti", credential.get("id"));
        payload.put("iat", issuedAt.getEpochSecond());
        payload.put("nbf", issuedAt.getEpochSecond());
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(new JOSEObjectType("vc+jwt")).contentType("vc").build();
        JWSObject jws = new JWSObject(header, new Payload(payload));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the credential", e);
        }
        return jws.serialize();
    }

    /** A parsed compact JWS, or null when the text is not one. */
    static JWSObject parse(String compact) {
        try {
            return JWSObject.parse(compact.strip());
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    static boolean signatureHolds(JWSObject jws, ECKey publicKey) {
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            return jws.verify(new ECDSAVerifier(publicKey.toECPublicKey()));
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    private String label(boolean yesNo, int level, Locale locale) {
        String key = yesNo ? (level >= 3 ? "level.yesNo.3" : "level.yesNo.0") : "level." + level;
        return messages.getMessage(key, null, key, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
