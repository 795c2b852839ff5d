package se.kompetenskedjan.indicators.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import se.kompetenskedjan.identity.CurrentUser;
import se.kompetenskedjan.identity.IdentityDirectory;
import se.kompetenskedjan.identity.OrganisationType;
import se.kompetenskedjan.identity.Role;
import se.kompetenskedjan.indicators.ReportScope;

/**
 * Who may see which figures (decision 93): admins, coordinators, employer managers and analysts their own
 * organisation's; the region's the analysts of the platform host or of a regional body and the platform host's admins.
 * Supervisors, teachers and participants none.
 */
@Component
class IndicatorAccess {

    private final IdentityDirectory identity;

    IndicatorAccess(IdentityDirectory identity) {
        this.identity = identity;
    }

    Set<ReportScope> scopes(CurrentUser user) {
        if (!user.isAnyOf(Role.ADMIN, Role.COORDINATOR, Role.EMPLOYER_MANAGER, Role.ANALYST)) {
            return Set.of();
        }
        Set<ReportScope> scopes = EnumSet.of(ReportScope.ORGANISATION);
        boolean regional = user.platformHost()
                || identity.organisation(user.organisationId().value()).type() == OrganisationType.REGION;
        if (user.is(Role.ANALYST) && regional || user.is(Role.ADMIN) && user.platformHost()) {
            scopes.add(ReportScope.REGION);
        }
        return scopes;
    }
}
