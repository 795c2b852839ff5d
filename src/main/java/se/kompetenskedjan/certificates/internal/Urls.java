package se.kompetenskedjan.certificates.internal;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Public URLs of certificates and issuers, from kk.public-base-url (default http://localhost:8080). */
@Component
class Urls {

    private final String base;

    Urls(@Value("${kk.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String verification(UUID certificateId) {
        return base + "/intyg/" + certificateId + "/verifiera";
    }

    String status(UUID certificateId) {
        return base + "/api/v1/certificates/" + certificateId + "/status";
    }

    String issuer(UUID organisationId) {
        return base + "/api/v1/issuers/" + organisationId;
    }

    String jwks(UUID organisationId) {
        return issuer(organisationId) + "/jwks.json";
    }
}
