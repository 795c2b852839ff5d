package se.kompetenskedjan.certificates;

import java.time.Instant;

/**
 * One of an organisation's certificate signing keys, public information only: its kid (the JWK thumbprint), when it
 * was created and retired, why and by whom, and how many certificates it signed. The active key has no retiredAt.
 */
public record SigningKeyView(String kid, Instant createdAt, Instant retiredAt, RetireReason retireReason,
        String retireNote, String retiredByName, long certificatesSigned) {

    public enum RetireReason { ROUTINE, COMPROMISED }

    public boolean active() {
        return retiredAt == null;
    }
}
