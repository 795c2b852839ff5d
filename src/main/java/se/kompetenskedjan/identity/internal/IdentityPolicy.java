package se.kompetenskedjan.identity.internal;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;

/** Who may see and change organisations, units and accounts. Names of organisations and units are not personal data. */
@Component
class IdentityPolicy {

    void requireStaff(CurrentUser user) {
        if (!user.role().isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }

    void requirePlatformAdmin(CurrentUser user) {
        if (!(user.is(Role.ADMIN) && user.platformHost())) {
            throw new AccessDeniedException("platform admin only");
        }
    }

    /** Admins manage their own organisation; the host organisation's admins manage all of them. */
    void requireAdminOf(CurrentUser user, UUID organisationId) {
        boolean allowed = user.is(Role.ADMIN) && (user.platformHost() || user.organisationId().value().equals(organisationId));
        if (!allowed) {
            throw new AccessDeniedException("admin of organisation only");
        }
    }
}
