package se.kompetenskedjan.invitations.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public address of an invitation, from kk.public-base-url (default http://localhost:8080). */
@Component
class InvitationLinks {

    private final String base;

    InvitationLinks(@Value("${kk.public-base-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String invitation(String token) {
        return base + "/inbjudan/" + token;
    }
}
