package se.kompetenskedjan.indicators.internal;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.Role;

/**
 * Who may do what with projects: the staff of its organisation who see figures (coordinators, admins, employer
 * managers, analysts) see it, the region's analysts (those of the platform host) see every project, and the
 * coordinators and admins of its organisation create and change it. Everyone else is refused outright (403).
 */
final class ProjectAccess {

    private ProjectAccess() {
    }

    static boolean seesFigures(CurrentUser user) {
        return user.isAnyOf(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYER_MANAGER, Role.ANALYST);
    }

    static void requireFigures(CurrentUser user) {
        if (!seesFigures(user)) {
            throw new AccessDeniedException("projects are for staff who see figures");
        }
    }

    /** The region's analysts see every project's figures, protected. */
    static boolean seesAll(CurrentUser user) {
        return user.is(Role.ANALYST) && user.platformHost();
    }

    static boolean sees(CurrentUser user, UUID organisationId) {
        return seesFigures(user) && (seesAll(user) || user.organisationId().value().equals(organisationId));
    }

    static boolean mayCreate(CurrentUser user) {
        return user.isAnyOf(Role.ADMIN, Role.COORDINATOR);
    }

    static boolean mayEdit(CurrentUser user, UUID organisationId) {
        return mayCreate(user) && user.organisationId().value().equals(organisationId);
    }

    /** Analysts see aggregates only: a count under the threshold is held back. */
    static boolean protectsCounts(CurrentUser user) {
        return user.is(Role.ANALYST);
    }
}
